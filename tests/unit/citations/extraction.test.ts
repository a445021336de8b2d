/**
 * Golden test of the citation parser on the real article: its full list of citations is checked
 * against a second, simple reading of the raw source (tests/helpers/independent-citations.ts),
 * which shares no code with the parser or the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../corpus/citations/extract-citations';
import type { Citation } from '../../../corpus/citations/citation';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { extractCitationsSimply } from '../../helpers/independent-citations';
import { blockById, rawSource, realDocument } from '../../helpers/real-document';

const { citations, rejected } = extractCitations(realDocument());
const simple = extractCitationsSimply(rawSource());

// Both readings compared on what both can see. Spaces are dropped from author and pages because
// the raw text's spacing at line breaks is not reliable (「吳玉山\n2009」 vs 「楊三億 2018」).
const parserKey = (c: Citation) =>
  [
    c.authorText.replace(/\s+/gu, ''),
    `${c.year}${c.suffix}`,
    c.locator,
    c.narrative ? 'narrative' : 'parenthetical',
    c.page,
  ].join(' | ');
const simpleKey = (c: (typeof simple.citations)[number]) =>
  [c.author, c.year, c.locator, c.narrative ? 'narrative' : 'parenthetical', c.page].join(' | ');

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Where the two readings may legitimately differ, each with its reason. There is none on this
 * article: the Document rejoins every citation the extraction broke (「Dan \nTri 2018c」,
 * 「358-\n395」, 「吳玉山\n2009」, 「Vuving \n 2017」 across pages 159–160), the footnote bodies that
 * interrupt the raw text never fall inside a citation, and no running head does either. Order is
 * not compared: the raw text has footnote bodies mid-page, the Document after the citing block.
 */
const EXPLAINED_DIFFERENCES = new Map<string, { parser: number; simple: number; why: string }>();

describe('the citations of the real article', () => {
  it('are the citations an independent, simple reading of the raw source finds, page for page', () => {
    const ours = tally(citations.map(parserKey));
    const theirs = tally(simple.citations.map(simpleKey));
    const differences: string[] = [];
    for (const key of new Set([...ours.keys(), ...theirs.keys()])) {
      const parser = ours.get(key) ?? 0;
      const other = theirs.get(key) ?? 0;
      const explained = EXPLAINED_DIFFERENCES.get(key);
      if (parser === other) continue;
      if (explained && explained.parser === parser && explained.simple === other) continue;
      differences.push(`${key}: parser ${parser}, simple reading ${other}`);
    }
    expect(differences).toEqual([]);
    expect(citations).toHaveLength(simple.citations.length);
  });

  it('number 151: 122 in brackets and 29 narrative, citing 104 distinct works', () => {
    expect(citations).toHaveLength(151);
    expect(citations.filter((c) => c.narrative)).toHaveLength(29);
    expect(new Set(citations.map((c) => c.key)).size).toBe(104);
    expect(simple.citations.filter((c) => c.narrative)).toHaveLength(29);
  });

  it('leave out the same bracketed years as the simple reading', () => {
    expect(rejected.map((r) => r.raw)).toEqual(simple.skipped);
  });

  it('locate each citation: its raw text is the block text at its code-point offsets', () => {
    for (const c of citations) {
      const block = blockById(c.blockId);
      expect(sliceCodePoints(block.text, c.start, c.end)).toBe(c.raw);
      expect(c.start).toBeGreaterThanOrEqual(c.narrative ? 0 : c.group.start + 1);
      expect(c.end).toBeLessThanOrEqual(c.group.end);
      expect(block.pages[0]).toBeLessThanOrEqual(c.page);
      expect(c.page).toBeLessThanOrEqual(block.pages[1]);
    }
  });

  it('come from body paragraphs, footnotes and the figure and table source lines', () => {
    const kinds = new Set(citations.map((c) => blockById(c.blockId).kind));
    expect([...kinds].sort()).toEqual(['figure', 'footnote', 'paragraph', 'table']);
    expect(
      citations.filter((c) => blockById(c.blockId).kind === 'footnote').map((c) => c.label),
    ).toEqual(['Thanh Nien 2014', 'Nguyen 2019', 'VnExpress 2014']);
  });
});

/** The one citation in `blockId` whose raw text is `raw` (the n-th when it recurs). */
function find(blockId: string, raw: string, nth = 0): Citation {
  const found = citations.filter((c) => c.blockId === blockId && c.raw === raw);
  const citation = found[nth];
  if (!citation) throw new Error(`no citation 「${raw}」 in ${blockId}`);
  return citation;
}

describe('every citation form the article uses', () => {
  it('a parenthetical group of five, separated by ";"', () => {
    const group = citations.filter((c) => c.blockId === 's1-p1');
    expect(group.map((c) => c.label)).toEqual([
      'Kang 2003',
      'Kuik 2008',
      'Chan 2010',
      'Le 2013',
      'Kuik 2016',
    ]);
    expect(new Set(group.map((c) => c.group.start)).size).toBe(1);
    expect(group.every((c) => !c.narrative && c.locator === '' && c.page === 144)).toBe(true);
  });

  it('narrative citations with and without pages', () => {
    expect(find('s2.1-p11', 'Pape（2005, 36-38）')).toMatchObject({
      narrative: true,
      locator: '36-38',
      key: 'pape-2005',
    });
    expect(find('s2.1-p2', 'Kang（2003）', 1)).toMatchObject({
      narrative: true,
      locator: '',
      label: 'Kang 2003',
    });
    // Two narrative citations in one sentence, joined by 、: 「如Le（2013）、Tran and Sato（2018）等」.
    expect(find('s2.3.1-p4', 'Le（2013）').label).toBe('Le 2013');
    expect(find('s2.3.1-p4', 'Tran and Sato（2018）').authors).toEqual(['Tran', 'Sato']);
  });

  it('two and three authors', () => {
    expect(find('s3-p1', 'Brooks and Wohlforth（2016）')).toMatchObject({
      authors: ['Brooks', 'Wohlforth'],
      narrative: true,
    });
    const three = find('s2.2-p1', 'Tran, Vieira, and Ferreira-Pereira 2013');
    expect(three.authors).toEqual(['Tran', 'Vieira', 'Ferreira-Pereira']);
    expect(three.key).toBe('tran-vieira-ferreira-pereira-2013');
    expect(find('s2.1-p6', 'Sweeny and Fritz 2004, 446')).toMatchObject({
      locator: '446',
      page: 148,
    });
  });

  it('institutional authors', () => {
    expect(find('s3-p5', 'The Obama White House 2015, 24')).toMatchObject({
      authors: ['The Obama White House'],
      locator: '24',
    });
    for (const [blockId, label] of [
      ['s1-p2', 'Vietnam MOFA 2004'],
      ['s4.3-p5', 'MPI Vietnam 2019'],
      ['s4.2-p4', 'VOA Vietnamese 2018'],
      ['s4.3-p3', 'ABS CBN News 2018'],
      ['s4.2-p6', 'HCM Academy 2017'],
      ['s3-p1', 'World Bank 2019'],
      ['figure-1', 'HQVN 2019'],
      ['table-2', 'MPI Vietnam 2018'],
    ] as const) {
      expect(find(blockId, label).authors).toHaveLength(1);
    }
  });

  it('Chinese authors, with or without a space before the year, in brackets or narrative', () => {
    expect(find('s2.3.2-p2', '吳玉山2009, 41')).toMatchObject({
      label: '吳玉山 2009',
      locator: '41',
      narrative: false,
    });
    expect(find('s2.3.1-p6', '吳玉山（2009, 41）')).toMatchObject({
      label: '吳玉山 2009',
      narrative: true,
      page: 154,
    });
    expect(find('s4.4-p2', '薛健吾2016').key).toBe('薛健吾-2016');
    expect(find('s4.4-p2', '楊三億 2018').key).toBe('楊三億-2018');
    expect(find('s4.4-p4', '薛健吾（2016）').narrative).toBe(true);
    expect(find('s4.4-p5', '楊三億（2018）').narrative).toBe(true);
  });

  it('year suffixes tell apart works of one author and year', () => {
    const danTri = citations
      .filter((c) => c.authorText === 'Dan Tri')
      .map((c) => `${c.year}${c.suffix}`);
    expect(danTri).toEqual(['2018c', '2015', '2018b', '2018c', '2019', '2018a']);
    expect(find('s4.3-p2', 'Vietnam Net 2016a').suffix).toBe('a');
  });

  it('page locators and ranges, as printed', () => {
    expect(find('s2.1-p2', 'Ross 2006, 358-395').locator).toBe('358-395');
    expect(find('s1-p3', 'Shambaugh 2012, 6-7').locator).toBe('6-7');
    expect(find('s2.1-p5', 'Walt 1985, 33').locator).toBe('33');
  });

  it('citations the extraction broke across lines or pages, rejoined', () => {
    // 「（Dan \nTri 2018c）」, 「（Ross 2006, 358-\n395）」, 「吳玉山\n2009, 41」 in the raw source.
    expect(rawSource()).toContain('（Dan \n\nTri 2018c）');
    expect(find('s2.3.2-p5', 'Dan Tri 2018c').label).toBe('Dan Tri 2018c');
    expect(rawSource()).toContain('358-\n\n395）');
    expect(rawSource()).toContain('吳玉山\n\n2009, 41）');
    // 「（Nguyen 2016; Vuving \n 2017）」: page 160 begins between the author and the year; the
    // citation starts, and is counted, on page 159.
    expect(rawSource()).toContain('Vuving \n 2017）');
    const vuving = find('s3-p6', 'Vuving 2017');
    const pageBreak = blockById('s3-p6').pageBreaks[0];
    expect(pageBreak?.page).toBe(160);
    expect(vuving.start).toBeLessThan(pageBreak?.offset ?? 0);
    expect(vuving.end).toBeGreaterThan(pageBreak?.offset ?? 0);
    expect(vuving.page).toBe(159);
  });
});
