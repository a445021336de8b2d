/**
 * The source index on the real article: every distinct work with the pages that cite it, the
 * classification file, and the questions SPEC says a user must be able to answer.
 */
import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../../corpus/citations/citation-index';
import { matchSources } from '../../../corpus/citations/match-sources';
import { loadCitationIndex } from '../../../corpus/load/node-citation-index';
import { realDocument } from '../../helpers/real-document';
import sourcesJson from '../../../corpus/nguyen-2020/sources.json';

const document = realDocument();
const index = loadCitationIndex(document);
const byLabel = new Map(index.sources.map((s) => [s.label, s]));

// Each work as the article writes it, and the print page of each of its citations (repeated when
// a page cites it twice). Read off the source: the pages were checked by the independent reading
// in extraction.test.ts (tests/helpers/independent-citations.ts), which counts pages on its own.
const PAGES_CITING: [string, number[]][] = [
  ['ABS CBN News 2018', [168]],
  ['Bao Moi 2018', [166]],
  ['BBC News 2018', [155]],
  ['Brooks and Wohlforth 2016', [158]],
  ['Chan 2010', [144, 151]],
  ['Chang-Liao 2016', [154]],
  ['Chung 2009', [151]],
  ['CNN News 2016', [164]],
  ['Copeland 1996', [156]],
  ['Dan Tri 2015', [163]],
  ['Dan Tri 2018a', [173]],
  ['Dan Tri 2018b', [167]],
  ['Dan Tri 2018c', [155, 170]],
  ['Dan Tri 2019', [170]],
  ['David 1991', [173]],
  ['Friedman and Long 2015', [150]],
  ['Goldstein 2012', [154, 156]],
  ['HCM Academy 2017', [166]],
  ['HQVN 2019', [169, 171]],
  ['Huang 2015', [149]],
  ['Huang 2017', [147]],
  ['Ikenberry 2016', [158]],
  ['IMF 2019', [158, 158]],
  ['Johnston 2013', [154]],
  ['Kang 2003', [144, 147, 147]],
  ['Kuik 2008', [144, 149, 149, 150, 153, 154, 154]],
  ['Kuik 2016', [144]],
  ['Le 2013', [144, 150, 151, 151, 151, 151, 151, 152, 153]],
  ['Le 2016', [166]],
  ['Le 2017', [169]],
  ['Lebow and Valentino 2009', [158]],
  ['Liang 2018', [172, 173]],
  ['Liberthal 2011', [159]],
  ['Liff 2016', [154, 156]],
  ['Manning 2015', [158]],
  ['Mearsheimer 2001', [148, 159]],
  ['Miller and Toritsyn 2005', [173]],
  ['MPI Vietnam 2018', [170]],
  ['MPI Vietnam 2019', [169]],
  ['Nguyen 2014', [163]],
  ['Nguyen 2016', [159]],
  ['Nguyen 2019', [146, 163]],
  ['Nhan Dan 2018', [168]],
  ['NLD 2014', [170]],
  ['NLD 2018', [167]],
  ['NY Times 2014', [165]],
  ['Pape 2005', [150, 150, 150, 150, 150, 174]],
  ['Pham and Grant 2018', [167]],
  ['Reuters 2014', [163]],
  ['Reuters 2016', [167]],
  ['Reuters 2019', [167]],
  ['Rosato 2015', [148]],
  ['Ross 2006', [147, 147]],
  ['Sands 2018', [168]],
  ['Schweller 1994', [148, 148, 149]],
  ['Schweller 2004', [172, 172]],
  ['Schweller and Pu 2011', [150]],
  ['Shambaugh 2012', [145]],
  ['SIPRI 2018', [164]],
  ['Sweeny and Fritz 2004', [148]],
  ['TCCS 2015', [146]],
  ['Thanh Nien 2014', [146]],
  ['Thanh Nien 2018', [164]],
  ['The Obama White House 2015', [159]],
  ['The Trump White House 2017', [160]],
  ['Tran 2015', [163]],
  ['Tran 2017', [160]],
  ['Tran and Sato 2018', [151, 151, 152, 152, 152, 153]],
  ['Tran, Vieira, and Ferreira-Pereira 2013', [151, 152]],
  ['Tuoi Tre 2018a', [167]],
  ['Tuoi Tre 2018b', [165]],
  ['VASI 2014', [164]],
  ['Viet Times 2016', [163]],
  ['Vietnam MOFA 2004', [144]],
  ['Vietnam MOFA 2015', [162]],
  ['Vietnam MOFA 2018', [167]],
  ['Vietnam Net 2014', [162]],
  ['Vietnam Net 2016a', [168]],
  ['Vietnam Net 2016b', [170]],
  ['Vietnam Net 2018', [165]],
  ['Vietnam Net 2019', [165]],
  ['Vietnam Plus 2016', [160]],
  ['VnExpress 2010', [166]],
  ['VnExpress 2014', [166]],
  ['VnExpress 2015', [164, 167]],
  ['VnExpress 2018', [155]],
  ['VnExpress 2019a', [171]],
  ['VnExpress 2019b', [173]],
  ['VnExpress 2019c', [165]],
  ['VOA Vietnamese 2018', [165]],
  ['VOV Vietnam 2015', [161]],
  ['VOV Vietnam 2017', [168]],
  ['Vu 2019', [175]],
  ['Vuving 2006', [156]],
  ['Vuving 2015', [162]],
  ['Vuving 2017', [159, 159]],
  ['Walt 1985', [148, 148]],
  ['White House 2017', [160]],
  ['Womack 2006', [147, 148]],
  ['World Bank 2019', [157]],
  ['Zing 2014', [164]],
  ['吳玉山 2009', [154, 154]],
  ['楊三億 2018', [172, 173]],
  ['薛健吾 2016', [172, 172]],
];

describe('the source index of the real article', () => {
  it('has one entry per distinct work, each with every page that cites it', () => {
    expect(index.sources.map((s) => s.label).sort()).toEqual(
      PAGES_CITING.map(([label]) => label).sort(),
    );
    for (const [label, pages] of PAGES_CITING) {
      expect(
        [
          byLabel
            .get(label)
            ?.citations.map((c) => c.page)
            .sort(),
        ],
        label,
      ).toEqual([pages]);
    }
  });

  it('answers "where does the article cite Pape 2005, on which pages, for which of Pape\'s pages?"', () => {
    const [pape] = matchSources(index.sources, 'Pape 2005');
    expect(
      pape?.citations.map(({ blockId, page, locator, narrative }) => ({
        blockId,
        page,
        locator,
        narrative,
      })),
    ).toEqual([
      { blockId: 's2.1-p10', page: 150, locator: '10', narrative: false },
      { blockId: 's2.1-p10', page: 150, locator: '17', narrative: false },
      { blockId: 's2.1-p10', page: 150, locator: '17', narrative: false },
      { blockId: 's2.1-p11', page: 150, locator: '36-38', narrative: true },
      { blockId: 's2.1-p12', page: 150, locator: '43', narrative: true },
      { blockId: 's4.4-p9', page: 174, locator: '38', narrative: true },
    ]);
  });

  it('answers "which Vietnamese outlets does it rely on, and how often?"', () => {
    const counts = new Map<string, number>();
    for (const source of index.sources) {
      const c = source.classification;
      if (c?.kind !== 'news-media' || c.language !== 'vi') continue;
      const outlet = c.publisher ?? source.label;
      counts.set(outlet, (counts.get(outlet) ?? 0) + source.citations.length);
    }
    // Counted by hand from the article's brackets: VnExpress 2010, 2014, 2015 (twice), 2018,
    // 2019a, 2019b, 2019c; Dan Tri 2015, 2018a, 2018b, 2018c (twice), 2019; Vietnam Net 2014,
    // 2016a, 2016b, 2018, 2019; …
    expect(Object.fromEntries(counts)).toEqual({
      VnExpress: 8,
      'Dân Trí': 6,
      VietNamNet: 5,
      'Thanh Niên': 2,
      'Tuổi Trẻ': 2,
      'VOV (Đài Tiếng nói Việt Nam)': 2,
      'Người Lao Động': 2,
      'Nhân Dân': 1,
      'Báo Mới': 1,
      VietTimes: 1,
      VietnamPlus: 1,
      Zing: 1,
      'VOA Tiếng Việt': 1,
    });
  });

  it('classifies every cited work, and classifies nothing the article does not cite', () => {
    expect(index.problems).toEqual([]);
    expect(Object.keys(sourcesJson.sources).sort()).toEqual(index.sources.map((s) => s.key).sort());
    const kinds = new Map<string, number>();
    for (const s of index.sources)
      kinds.set(s.classification?.kind ?? '', (kinds.get(s.classification?.kind ?? '') ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      scholarship: 51,
      'news-media': 38,
      'government-or-party': 12,
      'international-organisation-or-data': 3,
    });
  });

  it("says what each classification rests on: the key alone, or the article's quoted words", () => {
    for (const s of index.sources) {
      const c = s.classification;
      if (c?.basis === 'article-context') expect(c.evidence?.length, s.key).toBeGreaterThan(0);
    }
    expect(byLabel.get('SIPRI 2018')?.classification).toMatchObject({
      basis: 'article-context',
      kind: 'international-organisation-or-data',
    });
    expect(byLabel.get('Kuik 2008')?.classification).toMatchObject({
      basis: 'inferred-from-key',
      language: 'en',
    });
    expect(byLabel.get('吳玉山 2009')?.classification?.language).toBe('zh-Hant');
    expect(byLabel.get('Nguyen 2019')?.classification?.language).toBe('und');
  });

  it('keeps suspicious spellings as printed, with a labelled project note', () => {
    expect(byLabel.get('Sweeny and Fritz 2004')?.classification?.projectNote).toMatch(
      /as printed/u,
    );
    expect(byLabel.get('Liberthal 2011')?.classification?.projectNote).toMatch(/as printed/u);
  });

  it('reports a damaged classification file, naming the key, and still indexes every citation', () => {
    const damaged = structuredClone(sourcesJson) as {
      sources: Record<string, Record<string, unknown>>;
    };
    delete damaged.sources['pape-2005'];
    damaged.sources['nobody-1999'] = {
      kind: 'scholarship',
      language: 'en',
      basis: 'inferred-from-key',
    };
    damaged.sources['kuik-2008'] = { kind: 'blog', language: 'en', basis: 'inferred-from-key' };
    damaged.sources['sipri-2018'] = {
      ...damaged.sources['sipri-2018'],
      evidence: [{ blockId: 's4.2-p1', quote: '不在文中' }],
    };
    const result = buildCitationIndex(document, damaged, 'sources.json');
    expect(result.citations).toHaveLength(151);
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'sources.json: kuik-2008: kind: expected one of scholarship, news-media, government-or-party, international-organisation-or-data',
      'sources.json: no classification for the cited work "kuik-2008" (Kuik 2008)',
      'sources.json: no classification for the cited work "pape-2005" (Pape 2005)',
      'sources.json: sipri-2018: evidence quote not found in s4.2-p1: 「不在文中」',
      'sources.json: nobody-1999: the article cites no work with this key',
    ]);
  });
});

describe('finding works by a query', () => {
  const labels = (query: string) => matchSources(index.sources, query).map((s) => s.label);

  it('by key, by "Author Year", by author alone', () => {
    expect(labels('pape-2005')).toEqual(['Pape 2005']);
    expect(labels('Dan Tri 2018c')).toEqual(['Dan Tri 2018c']);
    expect(labels('Dan Tri 2018')).toEqual(['Dan Tri 2018a', 'Dan Tri 2018b', 'Dan Tri 2018c']);
    expect(labels('Tran')).toEqual([
      'Tran 2015',
      'Tran 2017',
      'Tran and Sato 2018',
      'Tran, Vieira, and Ferreira-Pereira 2013',
    ]);
    expect(labels('Sato 2018')).toEqual(['Tran and Sato 2018']);
    expect(labels('Vietnam MOFA')).toEqual([
      'Vietnam MOFA 2004',
      'Vietnam MOFA 2015',
      'Vietnam MOFA 2018',
    ]);
  });

  it('ignoring case, Vietnamese diacritics and the space before the year', () => {
    expect(labels('dân trí 2019')).toEqual(['Dan Tri 2019']);
    expect(labels('吳玉山2009')).toEqual(['吳玉山 2009']);
    expect(labels('吳玉山')).toEqual(['吳玉山 2009']);
  });

  it('finding nothing for nothing, and surviving hostile queries', () => {
    expect(labels('')).toEqual([]);
    expect(labels('Nobody 2005')).toEqual([]);
    expect(labels('.*(')).toEqual([]);
    expect(labels('\uD800')).toEqual([]);
    expect(labels('x'.repeat(100_000))).toEqual([]);
  });
});
