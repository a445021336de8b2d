/**
 * The candidate index: flexsearch 0.8 over the normalised text of every record. Keys come from
 * `indexKeys` through a custom Encoder that does no normalising, numeric splitting or letter
 * deduplication of its own (the text is already normalised by our normaliser): one Index of
 * bigrams (tokenize "strict", resolution 1: a key is looked up as itself) and, in `full` word mode,
 * a second Index of whole words with tokenize "full" (every substring of every word).
 *
 * The index only proposes candidates; the engine verifies every candidate against the text.
 * Record ids are consecutive integers added in reading order, and flexsearch appends ids to a
 * posting list in insertion order, so every posting list is sorted ascending — which the engine's
 * streaming intersection relies on.
 */
import { Encoder, Index } from 'flexsearch';
import type { WordKeyMode } from './index-keys';
import { indexKeys } from './index-keys';

export type KeyKind = 'bigram' | 'word';

/** One key of a query and its posting list (record ids, ascending; read-only). */
export interface Posting {
  key: string;
  kind: KeyKind;
  ids: readonly number[];
}

const ALL = Number.MAX_SAFE_INTEGER;
const EMPTY: readonly number[] = Object.freeze([]);

function keyEncoder(kind: KeyKind, mode: WordKeyMode): Encoder {
  return new Encoder({
    normalize: false,
    numeric: false,
    dedupe: false,
    cache: false,
    // Keys never contain a space: `prepare` joins them with one and flexsearch splits there.
    split: ' ',
    minlength: 1,
    maxlength: ALL,
    prepare: (text: string) => {
      const keys = indexKeys(text, mode);
      return (kind === 'bigram' ? keys.bigrams : keys.words).join(' ');
    },
  });
}

/** Bigram (and optionally word) postings over records numbered 0, 1, 2… in reading order. */
export class CandidateIndex {
  private readonly bigrams: Index;
  private readonly words: Index | null;
  private nextId = 0;
  private sealed = false;

  constructor(readonly mode: WordKeyMode = 'bigrams') {
    this.bigrams = new Index({
      tokenize: 'strict',
      resolution: 1,
      encoder: keyEncoder('bigram', mode),
    });
    this.words =
      mode === 'full'
        ? new Index({ tokenize: 'full', resolution: 1, encoder: keyEncoder('word', mode) })
        : null;
  }

  /** Adds the next record's normalised text; ids must come in order 0, 1, 2… */
  add(id: number, normalized: string): void {
    if (this.sealed) throw new Error('this index was restored from an export and is read-only');
    if (id !== this.nextId) {
      throw new Error(`record ${id} added out of order (expected ${this.nextId})`);
    }
    this.nextId++;
    this.bigrams.add(id, normalized);
    this.words?.add(id, normalized);
  }

  /** Number of records indexed. */
  get size(): number {
    return this.nextId;
  }

  /** The index as flexsearch's export chunks `[name, JSON]`: what a prebuilt index would ship. */
  exportChunks(): [string, string][] {
    const chunks: [string, string][] = [];
    void this.bigrams.export((key, data) => {
      chunks.push([`bigram:${key}`, data]);
    });
    void this.words?.export((key, data) => {
      chunks.push([`word:${key}`, data]);
    });
    chunks.push(['size', String(this.nextId)]);
    return chunks;
  }

  /**
   * A read-only index restored from `exportChunks` (same word-key mode). flexsearch's register of
   * ids (`reg`) is not restored: it only serves adding and removing, and a restored index is
   * sealed (adding to it throws).
   */
  static fromChunks(chunks: [string, string][], mode: WordKeyMode = 'bigrams'): CandidateIndex {
    const index = new CandidateIndex(mode);
    for (const [name, data] of chunks) {
      if (name === 'size') index.nextId = Number(data);
      else if (/\.reg$/u.test(name)) continue;
      else if (name.startsWith('bigram:')) index.bigrams.import(name.slice(7), data);
      else if (name.startsWith('word:')) index.words?.import(name.slice(5), data);
    }
    index.sealed = true;
    return index;
  }

  /**
   * The same index with its posting arrays at their exact size. flexsearch grows each posting list
   * by `push` (at least 16 slots, then +50 %); a round trip through its own export and import
   * rebuilds them with JSON.parse, which allocates exactly. At 1000× the article this takes the
   * index from ~265 MB to ~190 MB of heap (docs/bench/).
   */
  compacted(): CandidateIndex {
    return CandidateIndex.fromChunks(this.exportChunks(), this.mode);
  }

  /** The posting list of one key (the records whose text contains it), ascending. */
  postings(key: string, kind: KeyKind): Posting {
    const index = kind === 'word' ? this.words : this.bigrams;
    if (!index) return { key, kind, ids: EMPTY };
    // A one-key search with an unbounded limit hands back flexsearch's own posting array (no copy,
    // no intersection): choosing and intersecting lists is the engine's job.
    const ids = index.search(key, { limit: ALL }) as number[];
    return { key, kind, ids: ids.length ? ids : EMPTY };
  }
}
