/**
 * The search engine shared by the web reader (inside a Web Worker) and the command line: records
 * normalised once with every fold on, indexed by flexsearch for candidates, and every candidate
 * verified against the normalised text, so a hit is a hit exactly when the normalised query occurs
 * in the normalised text (SPEC, "Search").
 */
import type { Span } from '../../../corpus/model/document';
import { CandidateIndex } from '../index/candidate-index';
import type { WordKeyMode } from '../index/index-keys';
import type { Folds } from '../normalize/folds';
import { DEFAULT_FOLDS, resolveFolds, sameFolds } from '../normalize/folds';
import { normalizeText, normalizeTextChecked } from '../normalize/normalize';
import type { QueryPlan } from '../query/compile-query';
import { compileQuery } from '../query/compile-query';
import { parseQuery } from '../query/parse-query';
import type { GlossaryLookup } from '../records/glossary-lookup';
import type { SearchRecord } from '../records/search-record';
import type { CandidateStream } from './candidates';
import { allRecordsStream, candidateStream } from './candidates';
import { FilterSet } from './facets';
import { highlightRanges } from './highlight';
import { SearchResult } from './search-result';
import type { SearchRequest } from './types';

export interface EngineOptions {
  /**
   * Rebuild flexsearch's posting arrays at their exact size after indexing. Default: only for
   * large corpora (≥ COMPACT_FROM records), where it saves ~30 % of the heap; for one article it
   * would only add to the build time.
   */
  compact?: boolean;
  /** How words of space-separated scripts are keyed (default `bigrams`; see index-keys.ts). */
  wordKeys?: WordKeyMode;
  /** Glossary entries for cross-language help (a query equal to a term offers its equivalents). */
  glossary?: GlossaryLookup;
}

export interface EngineStats {
  records: number;
  /** UTF-16 units of all record texts. */
  textUnits: number;
  /** Time to normalise every record (after which the engine can answer, by verifying them all). */
  normalizeMs: number;
  /** Time spent adding records to flexsearch (and compacting), so far. */
  indexMs: number;
  /** normalizeMs + indexMs. */
  buildMs: number;
  /** Whether the candidate index is complete (until then every record is a candidate). */
  indexComplete: boolean;
}

/** From this many records on, the index is compacted after building (see EngineOptions). */
export const COMPACT_FROM = 5_000;

/** Records whose text normalised under non-default folds one search remembers. */
const FOLDED_CACHE_LIMIT = 20_000;

/** The largest growth of a text under NFKC (U+FDFA becomes 18 characters). */
const MAX_EXPANSION = 18;

export class SearchEngine {
  /** Every record's fully folded text, joined (one string: no per-record string headers). */
  private normalizedAll = '';
  /** Where record `i`'s normalised text starts in `normalizedAll` (and `[n]` = its length). */
  private normalizedStarts = new Int32Array(1);
  /** 1 where a record's normalised text maps one-to-one onto its original text. */
  private identity = new Uint8Array(0);
  private index: CandidateIndex;
  private indexed = 0;
  private recordsById: Map<string, SearchRecord> | null = null;
  private maxNormalizedLength = 0;
  private maxTextLength = 0;
  private textUnits = 0;
  private normalizeMs = 0;
  private indexMs = 0;

  private constructor(
    readonly records: readonly SearchRecord[],
    private readonly options: EngineOptions,
  ) {
    this.index = new CandidateIndex(options.wordKeys ?? 'bigrams');
  }

  /** Normalises and indexes `records` (in reading order: results come back in this order). */
  static build(records: readonly SearchRecord[], options: EngineOptions = {}): SearchEngine {
    const engine = SearchEngine.prepare(records, options);
    engine.indexSome(Infinity);
    return engine;
  }

  /**
   * Normalises `records` without indexing them yet: the engine answers at once (every record is
   * verified, which for one article is as fast as the index), and `indexSome` builds the index in
   * slices — the worker does so between messages, so search is usable before the index is done.
   */
  static prepare(records: readonly SearchRecord[], options: EngineOptions = {}): SearchEngine {
    const engine = new SearchEngine(records, options);
    const started = performance.now();
    const parts: string[] = [];
    const starts = new Int32Array(records.length + 1);
    const identity = new Uint8Array(records.length);
    let at = 0;
    records.forEach((record, id) => {
      const checked = normalizeTextChecked(record.text, DEFAULT_FOLDS);
      const normalized = checked.text;
      identity[id] = checked.identity ? 1 : 0;
      parts.push(normalized);
      starts[id] = at;
      at += normalized.length;
      engine.maxNormalizedLength = Math.max(engine.maxNormalizedLength, normalized.length);
      engine.maxTextLength = Math.max(engine.maxTextLength, record.text.length);
      engine.textUnits += record.text.length;
    });
    starts[records.length] = at;
    engine.normalizedAll = parts.join('');
    engine.normalizedStarts = starts;
    engine.identity = identity;
    engine.normalizeMs = performance.now() - started;
    return engine;
  }

  /** Adds records to the index until `budgetMs` has passed; true once the index is complete. */
  indexSome(budgetMs: number): boolean {
    if (this.indexComplete) return true;
    const started = performance.now();
    const deadline = started + budgetMs;
    const n = this.records.length;
    while (this.indexed < n) {
      const id = this.indexed++;
      this.index.add(id, this.normalized(id));
      // Checking the clock every 32 records keeps its cost negligible.
      if ((id & 31) === 31 && performance.now() >= deadline) break;
    }
    if (this.indexed === n && (this.options.compact ?? n >= COMPACT_FROM)) {
      this.index = this.index.compacted();
    }
    this.indexMs += performance.now() - started;
    return this.indexComplete;
  }

  /** Whether every record is in the candidate index. */
  get indexComplete(): boolean {
    return this.indexed === this.records.length;
  }

  /** Size and build time. */
  stats(): EngineStats {
    return {
      records: this.records.length,
      textUnits: this.textUnits,
      normalizeMs: this.normalizeMs,
      indexMs: this.indexMs,
      buildMs: this.normalizeMs + this.indexMs,
      indexComplete: this.indexComplete,
    };
  }

  /** Starts a search; pages and the summary are computed when asked for. */
  search(request: SearchRequest): SearchResult {
    const folds = resolveFolds(request.folds);
    const plan = compileQuery(parseQuery(request.query), folds, this.index.mode);
    const defaultFolds = sameFolds(folds, DEFAULT_FOLDS);
    const context = {
      records: this.records,
      normalized: this.normalizerFor(folds),
      identity: (id: number) => defaultFolds && this.identity[id] === 1,
    };
    const pageSize = Math.max(1, Math.floor(request.pageSize ?? 20));
    const equivalents = this.options.glossary?.equivalents(plan) ?? [];
    return new SearchResult(
      context,
      plan,
      this.candidates(plan),
      new FilterSet(request.filters),
      request.order ?? 'reading',
      pageSize,
      equivalents,
    );
  }

  /** Every occurrence of `query` in one record, in code points of its text (for the reader). */
  occurrences(recordId: string, query: string, folds?: Partial<Folds>): Span[] {
    this.recordsById ??= new Map(this.records.map((r) => [r.id, r]));
    const record = this.recordsById.get(recordId);
    if (!record) return [];
    const plan = compileQuery(parseQuery(query), resolveFolds(folds), this.index.mode);
    return highlightRanges(record.text, plan.include, plan.folds);
  }

  private candidates(plan: QueryPlan): CandidateStream {
    const limit = sameFolds(plan.folds, DEFAULT_FOLDS)
      ? this.maxNormalizedLength
      : this.maxTextLength * MAX_EXPANSION;
    // A needle longer than every record cannot occur: answer at once, whatever its size.
    if (plan.include.some((term) => term.needle.length > limit)) {
      return { next: () => -1, bound: 0, plan: 'none (a term is longer than every record)' };
    }
    if (!this.indexComplete)
      return allRecordsStream(this.records.length, 'the index is still being built');
    return candidateStream(plan, this.index, this.records.length);
  }

  /** Record `id`'s fully folded text (a slice of the joined string). */
  private normalized(id: number): string {
    return this.normalizedAll.slice(this.normalizedStarts[id], this.normalizedStarts[id + 1]);
  }

  private normalizerFor(folds: Folds): (id: number) => string {
    if (sameFolds(folds, DEFAULT_FOLDS)) return (id) => this.normalized(id);
    // Other folds: normalise candidates as they are verified, remembering a bounded number of them
    // for the ranking and the pages of this one search.
    const cache = new Map<number, string>();
    return (id) => {
      let text = cache.get(id);
      if (text === undefined) {
        text = normalizeText((this.records[id] as SearchRecord).text, folds);
        if (cache.size < FOLDED_CACHE_LIMIT) cache.set(id, text);
      }
      return text;
    };
  }
}
