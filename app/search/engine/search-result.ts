/**
 * One search, evaluated lazily: candidates are verified in reading order only as far as the page
 * asked for needs, so the first page never waits for every hit. `summary()` finishes the job
 * (total, occurrences, facets); snippets are only ever made for the hits being shown.
 */
import type { QueryPlan } from '../query/compile-query';
import type { SearchRecord } from '../records/search-record';
import { pageAt } from '../records/search-record';
import type { CandidateStream } from './candidates';
import type { FilterSet } from './facets';
import { countFacets } from './facets';
import { highlightIdentity, highlightRanges } from './highlight';
import { makeSnippet } from './snippet';
import type { GlossaryEquivalent } from '../records/glossary';
import type {
  RecordOccurrences,
  ResultOrder,
  ResultPage,
  ResultSummary,
  SearchHit,
  SearchResultInfo,
} from './types';
import { verifyRecord } from './verify';

/** What a result needs from the engine. */
export interface ResultContext {
  records: readonly SearchRecord[];
  /** The record's text normalised under the plan's folds. */
  normalized: (id: number) => string;
  /** Whether that normalised text maps one-to-one onto the original (no offset map needed). */
  identity: (id: number) => boolean;
}

export class SearchResult {
  readonly info: SearchResultInfo;
  private readonly ids: number[] = [];
  private readonly counts: number[] = [];
  /** Positions in `ids` of the hits that pass the filters, in reading order. */
  private readonly shown: number[] = [];
  private exhausted = false;
  private verified = 0;
  private ranked: number[] | null = null;

  constructor(
    private readonly context: ResultContext,
    private readonly plan: QueryPlan,
    private readonly stream: CandidateStream,
    private readonly filters: FilterSet,
    private readonly order: ResultOrder,
    readonly pageSize: number,
    equivalents: GlossaryEquivalent[],
  ) {
    this.info = {
      query: plan.parsed.raw,
      folds: plan.folds,
      problems: plan.problems,
      equivalents,
    };
  }

  /** Page `index` (0-based) of the hits, with snippets; finds only as many hits as it needs. */
  page(index: number): ResultPage {
    const from = Math.max(0, Math.floor(index)) * this.pageSize;
    const hits = this.hits(from, from + this.pageSize);
    return {
      index,
      pageSize: this.pageSize,
      hits,
      complete: this.exhausted,
      total: this.exhausted ? this.shown.length : null,
    };
  }

  /** Hits `from` (inclusive) to `to` (exclusive) in the chosen order, with snippets. */
  hits(from: number, to: number): SearchHit[] {
    const positions = this.positions(from, to);
    return positions.map((p) => this.materialize(p));
  }

  /** Finds every hit: total, occurrences and facet counts. */
  summary(): ResultSummary {
    this.advance(Infinity);
    let occurrences = 0;
    for (const p of this.shown) occurrences += this.counts[p] as number;
    return {
      total: this.shown.length,
      occurrences,
      facets: countFacets(this.context.records as SearchRecord[], this.ids, this.filters),
      plan: this.stream.plan,
      verified: this.verified,
    };
  }

  /** Record ids and occurrence counts of every hit that passes the filters, in reading order. */
  all(): { ids: number[]; matches: number[] } {
    this.advance(Infinity);
    return {
      ids: this.shown.map((p) => this.ids[p] as number),
      matches: this.shown.map((p) => this.counts[p] as number),
    };
  }

  /**
   * Every occurrence in every hit that passes the filters, in reading order, without snippets:
   * what the reader highlights in the text (ranges are code points of each record's text).
   */
  occurrences(): RecordOccurrences[] {
    this.advance(Infinity);
    return this.shown.map((p) => {
      const id = this.ids[p] as number;
      const record = this.context.records[id] as SearchRecord;
      return { recordId: record.id, blockId: record.blockId, ranges: this.rangesOf(id) };
    });
  }

  private rangesOf(id: number) {
    const record = this.context.records[id] as SearchRecord;
    return this.context.identity(id)
      ? highlightIdentity(this.context.normalized(id), this.plan.include)
      : highlightRanges(record.text, this.plan.include, this.plan.folds);
  }

  private positions(from: number, to: number): number[] {
    if (this.order === 'relevance') {
      this.ranked ??= this.rank();
      return this.ranked.slice(from, to);
    }
    this.advance(to);
    return this.shown.slice(from, to);
  }

  /** Verifies candidates until `wanted` hits pass the filters, or none are left. */
  private advance(wanted: number): void {
    const { records, normalized } = this.context;
    const { include, exclude } = this.plan;
    while (!this.exhausted && this.shown.length < wanted) {
      const id = this.stream.next();
      if (id < 0) {
        this.exhausted = true;
        break;
      }
      this.verified++;
      const matches = verifyRecord(normalized(id), include, exclude);
      if (matches === 0) continue;
      this.ids.push(id);
      this.counts.push(matches);
      if (this.filters.passes(records[id] as SearchRecord)) this.shown.push(this.ids.length - 1);
    }
  }

  private rank(): number[] {
    this.advance(Infinity);
    const { normalized } = this.context;
    const scores = new Map<number, number>();
    for (const p of this.shown) {
      const length = Math.max(1, normalized(this.ids[p] as number).length);
      scores.set(p, (this.counts[p] as number) / Math.sqrt(length));
    }
    const score = (p: number) => scores.get(p) as number;
    return [...this.shown].sort((a, b) => score(b) - score(a) || a - b);
  }

  private materialize(position: number): SearchHit {
    const id = this.ids[position] as number;
    const record = this.context.records[id] as SearchRecord;
    const ranges = this.rangesOf(id);
    const first = ranges[0]?.start ?? 0;
    return {
      recordId: record.id,
      docId: record.docId,
      blockId: record.blockId,
      kind: record.kind,
      lang: record.lang,
      layer: record.layer,
      section: record.section,
      sectionTitle: record.sectionTitle,
      pages: record.pages ? [record.pages[0], record.pages[1]] : null,
      page: pageAt(record, first),
      matches: this.counts[position] as number,
      ranges,
      snippet: makeSnippet(record.text, ranges),
      ...(record.anchor ? { anchor: { ...record.anchor } } : {}),
    };
  }
}
