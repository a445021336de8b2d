/**
 * The floor to beat: every record normalised with the same normaliser, joined into ONE string, and
 * each query term found with `indexOf` over all of it; positions are mapped to records by binary
 * search. Same query semantics as the engine (the unquoted words as one phrase, each quoted phrase
 * also required, exclusions, non-overlapping counts), so the two can be compared hit for hit.
 */
import { highlightRanges } from '../../app/search/engine/highlight';
import { makeSnippet } from '../../app/search/engine/snippet';
import type { Snippet } from '../../app/search/engine/snippet';
import { DEFAULT_FOLDS } from '../../app/search/normalize/folds';
import { normalizeText } from '../../app/search/normalize/normalize';
import type { QueryPlan } from '../../app/search/query/compile-query';
import { compileQuery } from '../../app/search/query/compile-query';
import { parseQuery } from '../../app/search/query/parse-query';
import type { SearchRecord } from '../../app/search/records/search-record';

export interface ScanHits {
  ids: number[];
  matches: number[];
}

export class NaiveScan {
  private readonly joined: string;
  private readonly starts: Int32Array;

  constructor(private readonly records: readonly SearchRecord[]) {
    const parts = records.map((r) => normalizeText(r.text, DEFAULT_FOLDS));
    this.starts = new Int32Array(parts.length + 1);
    let at = 0;
    parts.forEach((p, i) => {
      this.starts[i] = at;
      at += p.length + 1;
    });
    this.starts[parts.length] = at;
    // A newline never occurs in a normalised needle (whitespace folds to a space), so no match
    // can run from one record into the next.
    this.joined = parts.join('\n');
  }

  /** Every hit (reading order) with its occurrence count. */
  all(query: string): ScanHits {
    const plan = this.plan(query);
    if (plan.include.length === 0) return { ids: [], matches: [] };
    let counts: Map<number, number> | null = null;
    for (const term of plan.include) {
      const found = this.countPerRecord(term.needle, Infinity);
      if (counts === null) counts = found;
      else {
        const both = new Map<number, number>();
        for (const [id, n] of counts) {
          const m = found.get(id);
          if (m) both.set(id, n + m);
        }
        counts = both;
      }
      if (counts.size === 0) break;
    }
    for (const term of plan.exclude) {
      if (!counts || counts.size === 0) break;
      for (const id of this.countPerRecord(term.needle, Infinity).keys()) counts.delete(id);
    }
    const ids = [...(counts ?? new Map<number, number>()).keys()].sort((a, b) => a - b);
    return { ids, matches: ids.map((id) => counts?.get(id) ?? 0) };
  }

  /**
   * The first `size` hits with snippets. With one term and no exclusion the scan stops as soon as
   * it has passed the end of the `size`-th hit record; otherwise it needs the full scan first.
   */
  firstPage(query: string, size = 20): { ids: number[]; matches: number[]; snippets: Snippet[] } {
    const plan = this.plan(query);
    let ids: number[];
    let matches: number[];
    if (plan.include.length === 1 && plan.exclude.length === 0) {
      const found = this.countPerRecord((plan.include[0] as { needle: string }).needle, size);
      ids = [...found.keys()];
      matches = [...found.values()];
    } else {
      const hits = this.all(query);
      ids = hits.ids.slice(0, size);
      matches = hits.matches.slice(0, size);
    }
    const snippets = ids.map((id) => {
      const text = (this.records[id] as SearchRecord).text;
      return makeSnippet(text, highlightRanges(text, plan.include, plan.folds));
    });
    return { ids, matches, snippets };
  }

  private plan(query: string): QueryPlan {
    return compileQuery(parseQuery(query), DEFAULT_FOLDS, 'bigrams');
  }

  /** record → occurrences of `needle`, for the first `maxRecords` records holding it. */
  private countPerRecord(needle: string, maxRecords: number): Map<number, number> {
    const counts = new Map<number, number>();
    let record = 0;
    let recordEnd = this.starts[1] as number;
    let at = this.joined.indexOf(needle);
    while (at >= 0) {
      if (at >= recordEnd) {
        if (counts.size >= maxRecords) break;
        record = this.recordAt(at);
        recordEnd = this.starts[record + 1] as number;
      }
      counts.set(record, (counts.get(record) ?? 0) + 1);
      at = this.joined.indexOf(needle, at + needle.length);
    }
    return counts;
  }

  private recordAt(position: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
