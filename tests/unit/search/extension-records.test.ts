// The extension point: annotation bodies and glossary entries as search records with a `layer`,
// and the cross-language hook. The annotation and glossary entries below are TEST FIXTURES written
// for this file (anchored on real blocks; the glossary forms are the article's own: 「避險」
// （hedging）and 軟制衡 / "Soft Balancing" in its titles) — not curated project data.
import { describe, expect, it } from 'vitest';
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import { annotationIri } from '../../../annotations/model/iris';
import { describe as describeSpan } from '../../../annotations/anchoring/describe';
import { SearchEngine } from '../../../app/search/engine/search-engine';
import { buildRecords } from '../../../app/search/records/build-records';
import type { GlossaryEntryLike } from '../../../app/search/records/glossary';
import { glossaryLookup } from '../../../app/search/records/glossary-lookup';
import { blockContaining, codePointIndexOf, realDocument } from '../../helpers/real-document';

const block = blockContaining('Hoảng Sa');
const start = codePointIndexOf(block.text, 'Hoảng Sa');
const editorial: EditorialAnnotation = {
  id: annotationIri('nguyen-2020', 'editorial', 'test-fixture-hoang-sa'),
  layer: 'editorial',
  target: describeSpan(block, start, start + 8),
  correction: 'Hoàng Sa',
  note: 'Test fixture: the article prints the hỏi tone where the name has the huyền tone.',
  sources: [],
  confidence: 'high',
};
const glossary: GlossaryEntryLike[] = [
  { id: 'hedging', zh: ['避險'], en: 'hedging', enForms: ['hedging'] },
  { id: 'soft-balancing', zh: ['軟制衡'], en: 'soft balancing' },
];
const records = buildRecords({ document: realDocument(), annotations: [editorial], glossary });
const engine = SearchEngine.build(records, { glossary: glossaryLookup(glossary) });

describe('annotation bodies as records', () => {
  it('puts each body right after the block it annotates, and glossary entries last', () => {
    const at = records.findIndex((r) => r.id === editorial.id);
    expect(records[at - 1]?.blockId).toBe(block.id);
    expect(records[at]?.layer).toBe('editorial');
    expect(records.slice(-2).map((r) => r.layer)).toEqual(['glossary', 'glossary']);
    expect(records).toHaveLength(realDocument().blocks.length + 3);
  });

  it('finds the body under its layer and opens the annotated passage', () => {
    const result = engine.search({ query: 'Hoang Sa' });
    const hits = result.hits(0, 10);
    expect(hits.map((h) => [h.blockId, h.layer])).toEqual([
      [block.id, 'text'],
      [block.id, 'editorial'],
    ]);
    const body = hits[1];
    expect(body?.anchor).toEqual({ start, end: start + 8 });
    expect(body?.kind).toBe('annotation');
    expect(body?.page).toBe(block.pages[0]);
    expect(result.summary().facets.layer).toEqual([
      { value: 'text', count: 1 },
      { value: 'editorial', count: 1 },
    ]);
    const only = engine.search({ query: 'Hoang Sa', filters: { layer: ['editorial'] } });
    expect(only.hits(0, 10).map((h) => h.recordId)).toEqual([editorial.id]);
  });
});

describe('glossary entries and equivalents', () => {
  it('offers the other language when a query equals a term', () => {
    const equivalents = (query: string) => engine.search({ query }).info.equivalents;
    expect(equivalents('hedging')).toEqual([
      { termId: 'hedging', matched: 'en', zh: ['避險'], en: 'hedging' },
    ]);
    expect(equivalents('HEDGING')[0]?.zh).toEqual(['避險']);
    expect(equivalents('软制衡')).toEqual([
      { termId: 'soft-balancing', matched: 'zh', zh: ['軟制衡'], en: 'soft balancing' },
    ]);
    expect(equivalents('"soft balancing"')[0]?.termId).toBe('soft-balancing');
    expect(equivalents('hedge')).toEqual([]);
    expect(equivalents('hedging -避險')).toEqual([]);
  });

  it('makes entries searchable, with no page', () => {
    const hits = engine.search({ query: 'soft balancing', filters: { layer: ['glossary'] } });
    const [hit] = hits.hits(0, 10);
    expect(hit?.blockId).toBe('glossary:soft-balancing');
    expect(hit?.pages).toBeNull();
    expect(hit?.page).toBeNull();
  });
});
