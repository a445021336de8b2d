/**
 * The annotation data indexed the ways the reader asks for it: by layer in reading order, by
 * block (for highlights), claim → evidence and evidence → claims, term → occurrences, and the
 * orphans. Pure; built once per document's data and memoised on it.
 */
import type { Document } from '../../../corpus/model/document';
import type {
  ClaimAnnotation,
  EvidenceAnnotation,
  Layer,
  TermAnnotation,
  TriglotAnnotation,
} from '../../../annotations/model/annotation';
import type { Anchored, AnchorResult } from '../../../annotations/model/anchor';
import type { DocumentAnnotationData } from '../data/annotation-data';

/** An annotation with where it lands (or why it cannot be placed). */
export interface Entry<A extends TriglotAnnotation = TriglotAnnotation> {
  annotation: A;
  anchor: AnchorResult;
}

/** A highlight of one annotation in one block, in code points. */
export interface BlockSpan {
  id: string;
  start: number;
  end: number;
}

export interface AnnotationIndex {
  byId: Map<string, Entry>;
  /** Each layer's annotations in reading order (placed ones by block and offset, orphans last). */
  claims: Entry<ClaimAnnotation>[];
  evidence: Entry<EvidenceAnnotation>[];
  terms: Entry<TermAnnotation>[];
  /** Placed spans per layer and block, for the highlights. */
  spans: Map<Layer, Map<string, BlockSpan[]>>;
  /** The evidence supporting each claim (by claim id), in reading order. */
  evidenceOf: Map<string, Entry<EvidenceAnnotation>[]>;
  /** The term annotations of each glossary term (by term id), in reading order. */
  occurrencesOf: Map<string, Entry<TermAnnotation>[]>;
  /** Every annotation that could not be placed, in any layer. */
  orphans: Entry[];
}

const cache = new WeakMap<DocumentAnnotationData, AnnotationIndex>();

/** The index of a document's annotation data (memoised on the data object). */
export function indexAnnotations(
  document: Document,
  data: DocumentAnnotationData,
): AnnotationIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const blockOrder = new Map(document.blocks.map((block, i) => [block.id, i]));
  const sorted = [...data.annotations].sort((a, b) =>
    compareAnchors(a.anchor, b.anchor, blockOrder),
  );
  const index: AnnotationIndex = {
    byId: new Map(),
    claims: [],
    evidence: [],
    terms: [],
    spans: new Map(),
    evidenceOf: new Map(),
    occurrencesOf: new Map(),
    orphans: [],
  };
  for (const entry of sorted) {
    const { annotation, anchor } = entry;
    index.byId.set(annotation.id, entry);
    if (anchor.status === 'orphan') index.orphans.push(entry);
    else addSpan(index.spans, annotation.layer, anchor, annotation.id);
    if (annotation.layer === 'claim') index.claims.push({ annotation, anchor });
    else if (annotation.layer === 'evidence') {
      index.evidence.push({ annotation, anchor });
      for (const claimId of annotation.supports)
        push(index.evidenceOf, claimId, { annotation, anchor });
    } else if (annotation.layer === 'term') {
      index.terms.push({ annotation, anchor });
      push(index.occurrencesOf, annotation.termId, { annotation, anchor });
    }
  }
  cache.set(data, index);
  return index;
}

/** The claims an evidence annotation supports, in reading order (links that resolve nowhere are left out). */
export function claimsSupportedBy(
  index: AnnotationIndex,
  evidence: EvidenceAnnotation,
): Entry<ClaimAnnotation>[] {
  const ids = new Set(evidence.supports);
  return index.claims.filter((c) => ids.has(c.annotation.id));
}

/** The placed position of an entry, or null for an orphan. */
export function placeOf(entry: Entry): Anchored | null {
  return entry.anchor.status === 'anchored' ? entry.anchor : null;
}

function compareAnchors(a: AnchorResult, b: AnchorResult, order: Map<string, number>): number {
  if (a.status === 'orphan' || b.status === 'orphan')
    return Number(a.status === 'orphan') - Number(b.status === 'orphan');
  const byBlock = (order.get(a.blockId) ?? Infinity) - (order.get(b.blockId) ?? Infinity);
  return byBlock !== 0 ? byBlock : a.start - b.start || a.end - b.end;
}

function addSpan(
  spans: AnnotationIndex['spans'],
  layer: Layer,
  anchor: Anchored,
  id: string,
): void {
  const byBlock = spans.get(layer) ?? new Map<string, BlockSpan[]>();
  spans.set(layer, byBlock);
  push(byBlock, anchor.blockId, { id, start: anchor.start, end: anchor.end });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
