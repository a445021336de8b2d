// Result behaviour on the real article: pages and lazy evaluation, print pages, sections, order,
// filters and facet counts. Expected values come from the Document, not from the engine.
import { describe, expect, it } from 'vitest';
import { realDocument, blockById, codePointIndexOf, pageAt } from '../../helpers/real-document';
import { SearchEngine } from '../../../app/search/engine/search-engine';
import { recordsFromDocument } from '../../../app/search/records/search-record';
import { plainCount, realEngine, scanBlocks } from '../../helpers/search';

describe('pages of results', () => {
  it('gives the first page before every hit is found', () => {
    const result = realEngine().search({ query: '越南', pageSize: 20 });
    const first = result.page(0);
    expect(first.hits).toHaveLength(20);
    expect(first.complete).toBe(false);
    expect(first.total).toBeNull();
    const { total, verified } = result.summary();
    expect(total).toBe(scanBlocks((t) => plainCount(t, '越南')).size);
    expect(verified).toBeGreaterThan(20);
  });

  it('returns hits in reading order, page after page, with nothing lost or repeated', () => {
    const result = realEngine().search({ query: '美國', pageSize: 7 });
    const { total } = result.summary();
    const pages = Array.from({ length: Math.ceil(total / 7) }, (_, i) => result.page(i).hits);
    const ids = pages.flat().map((h) => h.blockId);
    const order = realDocument().blocks.map((b) => b.id);
    expect(ids).toEqual(order.filter((id) => scanBlocks((t) => plainCount(t, '美國')).has(id)));
    expect(result.page(pages.length).hits).toEqual([]);
  });

  it('has ranges for every occurrence it counts', () => {
    for (const query of ['Kuik 2008', 'Kuik "2008"', '越南']) {
      const hits = realEngine().search({ query }).hits(0, 500);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.ranges).toHaveLength(hit.matches);
    }
  });
});

describe('where a hit is', () => {
  it('gives the print page of the first occurrence, using the block’s page breaks', () => {
    // s2.3.2-p5 runs from page 155 to 156; 「路」項目」 is the first text of page 156.
    const block = blockById('s2.3.2-p5');
    expect(block.pages).toEqual([155, 156]);
    const after = codePointIndexOf(block.text, '項目較任何一個東南亞國家');
    const [hit] = realEngine().search({ query: '項目較任何一個東南亞國家' }).page(0).hits;
    expect(hit?.blockId).toBe(block.id);
    expect(hit?.page).toBe(pageAt(block, after));
    expect(hit?.page).toBe(156);
    const [early] = realEngine()
      .search({ query: block.text.slice(0, 12) })
      .page(0).hits;
    expect(early?.page).toBe(155);
  });

  it('names the section and its printed heading', () => {
    const [hit] = realEngine().search({ query: '項目較任何一個東南亞國家' }).page(0).hits;
    const section = realDocument().sections.find((s) => s.id === hit?.section);
    expect(section).toBeDefined();
    expect(hit?.sectionTitle).toBe(`${section?.label}${section?.title}`);
  });

  it('searches every kind of block: footnotes, tables, captions, appendix, both abstracts', () => {
    const kinds = (query: string) =>
      new Set(
        realEngine()
          .search({ query })
          .hits(0, 500)
          .map((h) => h.kind),
      );
    expect(kinds('越南')).toEqual(
      new Set(
        realDocument()
          .blocks.filter((b) => b.text.includes('越南'))
          .map((b) => b.kind),
      ),
    );
    expect([...kinds('Soft Balancing')]).toContain('heading');
    expect([...kinds('hedging')]).toEqual(expect.arrayContaining(['abstract', 'paragraph']));
  });
});

describe('order', () => {
  it('ranks by occurrences per √length when asked, with the same hits', () => {
    const reading = realEngine().search({ query: '避險' });
    const ranked = realEngine().search({ query: '避險', order: 'relevance' });
    const all = (r: typeof reading) => r.hits(0, 1000);
    expect(new Set(all(ranked).map((h) => h.blockId))).toEqual(
      new Set(all(reading).map((h) => h.blockId)),
    );
    const score = (id: string) => {
      const text = blockById(id).text;
      return plainCount(text, '避險') / Math.sqrt(text.length);
    };
    const scores = all(ranked).map((h) => score(h.blockId));
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i - 1]).toBeGreaterThanOrEqual((scores[i] as number) - 1e-9);
    }
  });
});

describe('filters and facet counts', () => {
  it('narrows by kind and language', () => {
    const footnotes = realEngine().search({ query: '越南', filters: { kind: ['footnote'] } });
    const hits = footnotes.hits(0, 100);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'footnote')).toBe(true);
    expect(hits.map((h) => h.blockId)).toEqual(
      realDocument()
        .blocks.filter((b) => b.kind === 'footnote' && b.text.includes('越南'))
        .map((b) => b.id),
    );
    const english = realEngine().search({ query: 'Vietnam', filters: { lang: ['en'] } });
    expect(english.hits(0, 100).every((h) => h.lang === 'en')).toBe(true);
  });

  it('keeps sub-sections under a section filter', () => {
    const result = realEngine().search({ query: '避險', filters: { section: ['s2'] } });
    const sections = new Set(result.hits(0, 100).map((h) => h.section));
    expect([...sections].every((s) => s === 's2' || s.startsWith('s2.'))).toBe(true);
    expect(sections.has('s2.1')).toBe(true);
  });

  it('counts every value of a dimension with only the other dimensions’ filters applied', () => {
    const unfiltered = realEngine().search({ query: '越南' }).summary();
    const filtered = realEngine()
      .search({ query: '越南', filters: { kind: ['footnote'] } })
      .summary();
    // The kind counts do not change when a kind is chosen; the others narrow to footnotes.
    expect(filtered.facets.kind).toEqual(unfiltered.facets.kind);
    const footnotes = unfiltered.facets.kind.find((k) => k.value === 'footnote')?.count;
    expect(filtered.total).toBe(footnotes);
    expect(filtered.facets.lang.reduce((n, v) => n + v.count, 0)).toBe(footnotes);
    const expectedKinds = new Map<string, number>();
    for (const b of realDocument().blocks) {
      if (b.text.includes('越南')) expectedKinds.set(b.kind, (expectedKinds.get(b.kind) ?? 0) + 1);
    }
    expect(new Map(unfiltered.facets.kind.map((k) => [k.value, k.count]))).toEqual(expectedKinds);
    expect(unfiltered.facets.layer).toEqual([{ value: 'text', count: unfiltered.total }]);
  });
});

describe('before the index is built', () => {
  it('answers the same, by verifying every record', () => {
    const records = recordsFromDocument(realDocument());
    const prepared = SearchEngine.prepare(records);
    expect(prepared.indexComplete).toBe(false);
    for (const query of [
      '越南',
      'Bien Dong',
      '软制衡',
      'Kuik 2008',
      '"HD-981事件"',
      '避險 -軟制衡',
    ]) {
      const early = prepared.search({ query });
      expect(early.summary().plan).toMatch(/still being built/u);
      expect(early.all()).toEqual(realEngine().search({ query }).all());
    }
    while (!prepared.indexSome(1));
    expect(prepared.stats().indexComplete).toBe(true);
    expect(prepared.search({ query: '越南' }).summary().plan).toMatch(/^driver/u);
  });
});

describe('occurrences for the reader', () => {
  it('lists every occurrence in the opened block', () => {
    const block = blockById('s1-p2');
    const ranges = realEngine().occurrences(`nguyen-2020#${block.id}`, 'Bien Dong');
    const at = codePointIndexOf(block.text, 'Biển Đông');
    expect(ranges).toEqual([{ start: at, end: at + [...'Biển Đông'].length }]);
    const footnote = blockById('fn-6');
    const couplet = realEngine().occurrences(`nguyen-2020#${footnote.id}`, 'nam quoc son ha');
    expect(couplet).toHaveLength(plainCount(footnote.text, 'Nam quốc sơn hà'));
    expect(couplet.length).toBeGreaterThan(1);
    expect(realEngine().occurrences('no#such', 'Bien Dong')).toEqual([]);
  });
});
