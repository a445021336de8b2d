/**
 * What is in brackets but is no citation stays out: dates and periods, table notes, report titles,
 * English glosses and names. Then the same rules on perturbed copies of real passages (half-width
 * brackets, a full-width semicolon, a space before the bracket), as other extractions print them.
 */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../corpus/citations/extract-citations';
import type { Block, Document } from '../../../corpus/model/document';
import { blockById, realDocument } from '../../helpers/real-document';

const document = realDocument();
const { citations, rejected } = extractCitations(document);

describe('bracketed text that is not a citation', () => {
  it('dates, periods and table notes are left out, each with its reason', () => {
    expect(
      rejected.map(({ blockId, raw, reason, page }) => ({ blockId, raw, reason, page })),
    ).toEqual([
      // Table 1's cells: 「軟制衡（自2014年至今）」, 「避險（2008年初至2013年左右）」, 「避險（1991年至2007年）」.
      { blockId: 'table-1', raw: '自2014年至今', reason: 'date-or-period', page: 157 },
      { blockId: 'table-1', raw: '2008年初至2013年左右', reason: 'date-or-period', page: 157 },
      { blockId: 'table-1', raw: '1991年至2007年', reason: 'date-or-period', page: 157 },
      {
        blockId: 's4.2-p1',
        raw: 'Trends in International Arms Transfers, 2017',
        reason: 'not-author-year',
        page: 164,
      },
      // Table 2's column head 「累計金額（截至2019/6）」.
      { blockId: 'table-2', raw: '截至2019/6', reason: 'date-or-period', page: 170 },
    ]);
  });

  it('the report title is no citation; the report is cited as SIPRI 2018 right after it', () => {
    const inBlock = citations.filter((c) => c.blockId === 's4.2-p1').map((c) => c.label);
    expect(inBlock).toEqual(['Zing 2014', 'CNN News 2016', 'SIPRI 2018']);
    expect(citations.some((c) => c.raw.includes('Trends'))).toBe(false);
  });

  it('no citation holds a date, and every author is capitalised or Chinese', () => {
    for (const c of citations) {
      expect(c.raw).not.toMatch(/年|月|日/u);
      expect(c.authorText).toMatch(/^(?:\p{Lu}|\p{Script=Han})/u);
    }
  });

  it('English glosses and names in brackets are not citations, even next to one', () => {
    // 「（Air Defense Identification Zone, ADIZ）（VnExpress 2018）」 and
    // 「陳越泰（Tran Viet Thai）認為…（Tran 2017）」: the gloss and the name are not cited works.
    expect(blockById('s2.3.2-p4').text).toContain(
      '（Air Defense Identification Zone, ADIZ）（VnExpress 2018）',
    );
    const labels = new Set(citations.map((c) => c.authorText));
    for (const gloss of [
      'hedging',
      'Air Defense Identification Zone, ADIZ',
      'Tran Viet Thai',
      'Pivot to Asia',
      'Cam Ranh',
    ]) {
      expect(labels.has(gloss)).toBe(false);
    }
    // Every citation is in a bracket that holds a year: a gloss never is.
    for (const c of citations) expect(c.raw).toMatch(/\d{4}/u);
  });

  it('the received note and the appendix dates are not candidates at all', () => {
    const ids = new Set([...citations, ...rejected].map((c) => c.blockId));
    expect(ids.has('received')).toBe(false);
    expect([...ids].some((id) => id.startsWith('appendix'))).toBe(false);
  });
});

/** The real document with one block's text replaced (the block must not cross a page break). */
function withText(blockId: string, edit: (text: string) => string): Document {
  const block = blockById(blockId);
  if (block.pageBreaks.length > 0) throw new Error(`${blockId} crosses a page break`);
  const edited = { ...block, text: edit(block.text), footnoteRefs: [] } as Block;
  return { ...document, blocks: [edited] };
}

describe('the same rules on perturbed copies of real passages', () => {
  it('half-width brackets and a full-width semicolon', () => {
    const doc = withText('s2.1-p4', (t) =>
      t.replace('（Mearsheimer 2001; Rosato 2015）', '(Mearsheimer 2001；Rosato 2015)'),
    );
    expect(extractCitations(doc).citations.map((c) => c.raw)).toEqual([
      'Mearsheimer 2001',
      'Rosato 2015',
    ]);
  });

  it('a narrative citation with a space before a half-width bracket', () => {
    const doc = withText('s4.4-p3', (t) => t.replace('Schweller（2004）', 'Schweller (2004)'));
    const [first] = extractCitations(doc).citations;
    expect(first).toMatchObject({
      raw: 'Schweller (2004)',
      narrative: true,
      key: 'schweller-2004',
    });
  });

  it('English words before a narrative author are not part of the name', () => {
    const doc = withText('s4.4-p3', (t) =>
      t.replace('首先，Schweller（2004）', '首先，as argued by Schweller（2004）'),
    );
    expect(extractCitations(doc).citations[0]?.authorText).toBe('Schweller');
  });

  it('a bracketed year with nothing citable before it is reported, not guessed', () => {
    const doc = withText('s4.4-p3', (t) => t.replace('首先，Schweller（2004）', '首先，（2004）'));
    const result = extractCitations(doc);
    expect(result.citations).toEqual([]);
    expect(result.rejected).toMatchObject([{ raw: '（2004）', reason: 'no-narrative-author' }]);
  });

  it('a Chinese name inside running text is found when the article cites it in brackets too', () => {
    // 「薛健吾（2016）」 preceded by other characters: 「其次，學者薛健吾（2016）」.
    const doc = {
      ...document,
      blocks: [
        blockById('s4.4-p2'),
        {
          ...blockById('s4.4-p4'),
          text: blockById('s4.4-p4').text.replace('其次，薛健吾', '其次，學者薛健吾'),
        } as Block,
      ],
    };
    const narrative = extractCitations(doc).citations.filter((c) => c.narrative);
    expect(narrative.map((c) => c.raw)).toEqual(['薛健吾（2016）']);
  });
});
