/**
 * The Sources panel's view of the real article's index: URL parameters, filters, sort and the
 * summary of Vietnamese-language news media by outlet, checked against counts read directly from
 * source.txt and sources.json.
 */
import { describe, expect, it } from 'vitest';
import { citationIndexOf } from '../../../../app/web/citations/citation-data';
import {
  optionCounts,
  readSourceView,
  summariseByOutlet,
  viewSources,
} from '../../../../app/web/citations/source-list';
import type { SourceView } from '../../../../app/web/citations/source-list';
import { loadCitationIndex } from '../../../../corpus/load/node-citation-index';
import sourcesJson from '../../../../corpus/nguyen-2020/sources.json';
import { rawSource, realDocument } from '../../../helpers/real-document';

const document = realDocument();
const index = citationIndexOf(document);
const DEFAULT: SourceView = { selected: null, kind: null, language: null, sort: 'name' };

/** Occurrences of an author–year key in the raw source, ignoring line breaks and spaces. */
function citedInSource(author: string): number {
  const flat = rawSource().replace(/\s+/gu, '');
  return flat.match(new RegExp(`${author}(?:（|\\()?20\\d\\d[a-z]?`, 'giu'))?.length ?? 0;
}

describe('the reader’s citation index', () => {
  it('is the index the command line builds, citations in document order', () => {
    const cli = loadCitationIndex(document);
    expect(index.sources).toEqual(cli.sources);
    expect(index.citations).toEqual(cli.citations);
    expect(index.problems).toEqual([]);
    expect(index.citations.length).toBe(151);
    expect(index.sources).toHaveLength(104);
    // s2.1-p10: 「（Pape 2005, 10）」, 「（Pape 2005, 17; Schweller and Pu 2011; Friedman and Long
    // 2015）」 and 「（Pape 2005, 17）」, in that order.
    expect(index.byBlock.get('s2.1-p10')?.map((c) => c.raw)).toEqual([
      'Pape 2005, 10',
      'Pape 2005, 17',
      'Schweller and Pu 2011',
      'Friedman and Long 2015',
      'Pape 2005, 17',
    ]);
  });
});

describe('the Sources panel’s URL parameters', () => {
  it('reads the selection, filters and sort, and ignores values it does not know', () => {
    expect(
      readSourceView({
        source: 'kuik-2008',
        'source-kind': 'news-media',
        'source-lang': 'vi',
        'source-sort': 'count',
      }),
    ).toEqual({ selected: 'kuik-2008', kind: 'news-media', language: 'vi', sort: 'count' });
    expect(
      readSourceView({ 'source-kind': 'blogs', 'source-lang': 'fr', 'source-sort': 'year' }),
    ).toEqual(DEFAULT);
  });
});

describe('filters and sort', () => {
  it('keeps exactly the works classified as Vietnamese-language news media', () => {
    const shown = viewSources(index.sources, { ...DEFAULT, kind: 'news-media', language: 'vi' });
    const classified = Object.entries(sourcesJson.sources)
      .filter(([, c]) => c.kind === 'news-media' && c.language === 'vi')
      .map(([key]) => key)
      .sort();
    expect(shown.map((s) => s.key).sort()).toEqual(classified);
    expect(shown.some((s) => s.label === 'VnExpress 2015')).toBe(true);
  });

  it('sorts by number of citations, most cited first, ties by name', () => {
    const shown = viewSources(index.sources, { ...DEFAULT, sort: 'count' });
    // source.txt cites Le 2013 nine times, Kuik 2008 seven, Pape 2005 six.
    expect(citedInSource('Le')).toBeGreaterThanOrEqual(9);
    expect(shown.slice(0, 3).map((s) => [s.label, s.citations.length])).toEqual([
      ['Le 2013', 9],
      ['Kuik 2008', 7],
      ['Pape 2005', 6],
    ]);
    for (let i = 1; i < shown.length; i++) {
      const [a, b] = [shown[i - 1], shown[i]];
      expect(a && b && a.citations.length >= b.citations.length).toBe(true);
    }
    expect(viewSources(index.sources, DEFAULT)).toEqual(index.sources);
  });

  it('counts each filter option given the other filter', () => {
    const all = optionCounts(index.sources, DEFAULT);
    expect([...all.kind.values()].reduce((a, b) => a + b, 0)).toBe(104);
    expect([...all.language.values()].reduce((a, b) => a + b, 0)).toBe(104);
    const vietnamese = optionCounts(index.sources, { ...DEFAULT, language: 'vi' });
    expect(vietnamese.kind.get('news-media')).toBe(
      viewSources(index.sources, { ...DEFAULT, kind: 'news-media', language: 'vi' }).length,
    );
    expect(vietnamese.kind.get('scholarship')).toBeUndefined();
  });
});

describe('which Vietnamese outlets the article relies on, and how often', () => {
  const summary = summariseByOutlet(index.sources);

  it('gives each outlet its citations and works, checked against the raw source', () => {
    const outlet = (name: string) => summary.outlets.find((o) => o.outlet === name);
    expect(citedInSource('VnExpress')).toBe(8);
    expect(citedInSource('DanTri')).toBe(6);
    expect(citedInSource('VietnamNet')).toBe(5);
    expect(outlet('VnExpress')).toEqual({ outlet: 'VnExpress', works: 7, citations: 8 });
    expect(outlet('Dân Trí')).toEqual({ outlet: 'Dân Trí', works: 5, citations: 6 });
    expect(outlet('VietNamNet')).toEqual({ outlet: 'VietNamNet', works: 5, citations: 5 });
    expect(summary.outlets.slice(0, 3).map((o) => o.outlet)).toEqual([
      'VnExpress',
      'Dân Trí',
      'VietNamNet',
    ]);
  });

  it('adds up to the works and citations of the filtered list', () => {
    const shown = viewSources(index.sources, { ...DEFAULT, kind: 'news-media', language: 'vi' });
    expect(summary.works).toBe(shown.length);
    expect(summary.citations).toBe(shown.reduce((n, s) => n + s.citations.length, 0));
    expect(summary.outlets.reduce((n, o) => n + o.works, 0)).toBe(summary.works);
    expect(summary.outlets.reduce((n, o) => n + o.citations, 0)).toBe(summary.citations);
  });
});
