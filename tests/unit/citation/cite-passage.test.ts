/**
 * "Cite this passage" on the real article: Chicago author-date and APA 7 strings rendered by
 * citeproc-js from the vendored styles, with the print page or page range and the permalink.
 */
import { describe, expect, it } from 'vitest';
import { bundledCslResources } from '../../../app/citation/bundled-csl-resources';
import { citePassage } from '../../../app/citation/cite-passage';
import type { PassageRequest } from '../../../app/citation/cite-passage';
import { loadCslResources } from '../../../app/citation/node-csl-resources';
import { passagePermalink, resolvePermalink } from '../../../app/citation/permalink';
import { blockById, codePointIndexOf, realDocument } from '../../helpers/real-document';

const document = realDocument();
const resources = loadCslResources();

function cite(request: Omit<PassageRequest, 'document'>) {
  const result = citePassage({ document, ...request }, resources);
  if (!result.ok) throw new Error(result.error);
  return result.citation;
}

// The reference entries as Chicago (18th ed., author-date) and APA 7 give a Chinese-language
// article by a Vietnamese author: the romanised name (Chicago adds the characters), the Chinese
// title with the article's own English title in brackets, the journal as printed; Chicago
// abbreviates the page range (143–80), APA does not.
const CHICAGO_REFERENCE =
  'Nguyen Cong Tung 阮功松. 2020. “從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策，2014∼2019 [From Hedging to Soft Balancing: How the U.S. Strategy Changes Vietnam’s China Policy, 2014-2019].” 問題與研究 (臺北) 59 (1): 143–80.';
const APA_REFERENCE =
  'Nguyen, C. T. (2020). 從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策，2014∼2019 [From Hedging to Soft Balancing: How the U.S. Strategy Changes Vietnam’s China Policy, 2014-2019]. 問題與研究, 59(1), 143–180.';

describe('cite this passage', () => {
  it('answers "how do I cite the paragraph on page 166 about the three noes?"', () => {
    expect(blockById('s4.2-p6').text).toContain('越南國防政策素有「三不」之說');
    const c = cite({ blockId: 's4.2-p6' });
    expect(c.pages).toEqual([166, 166]);
    expect(c.permalink).toBe('?doc=nguyen-2020&block=s4.2-p6');
    expect(c.styles['chicago-author-date']).toEqual({
      inText: '(Nguyen 2020, 166)',
      reference: CHICAGO_REFERENCE,
      text: `${CHICAGO_REFERENCE}\n(Nguyen 2020, 166)\n?doc=nguyen-2020&block=s4.2-p6`,
    });
    expect(c.styles.apa.inText).toBe('(Nguyen, 2020, p. 166)');
    expect(c.styles.apa.reference).toBe(APA_REFERENCE);
    expect(c.caveat).toBeNull();
  });

  it('gives the page range of a selection that crosses a page break, and one page otherwise', () => {
    // s3-p6: page 160 begins at the 「2017）」 of 「（Nguyen 2016; Vuving 2017）」.
    const block = blockById('s3-p6');
    const pageBreak = block.pageBreaks[0]?.offset ?? -1;
    expect(pageBreak).toBe(codePointIndexOf(block.text, '2017）。在歐巴馬'));
    const across = cite({
      blockId: 's3-p6',
      range: { start: pageBreak - 10, end: pageBreak + 10 },
    });
    expect(across.pages).toEqual([159, 160]);
    expect(across.locator).toBe('159-160');
    expect(across.styles['chicago-author-date'].inText).toBe('(Nguyen 2020, 159–60)');
    expect(across.styles.apa.inText).toBe('(Nguyen, 2020, pp. 159–160)');
    expect(across.permalink).toBe(
      `?doc=nguyen-2020&block=s3-p6&start=${pageBreak - 10}&end=${pageBreak + 10}`,
    );
    // The end is exclusive: a selection that stops right at the break stays on page 159.
    expect(cite({ blockId: 's3-p6', range: { start: 0, end: pageBreak } }).pages).toEqual([
      159, 159,
    ]);
    expect(
      cite({ blockId: 's3-p6', range: { start: pageBreak, end: pageBreak + 1 } }).pages,
    ).toEqual([160, 160]);
    // A whole block that crosses pages cites both.
    expect(cite({ blockId: 's1-p2' }).styles['chicago-author-date'].inText).toBe(
      '(Nguyen 2020, 144–45)',
    );
  });

  it("carries a caveat in every copied string when the cited wording is the project's", () => {
    const c = cite({ blockId: 's4.2-p6', projectText: 'paraphrase' });
    expect(c.caveat?.kind).toBe('paraphrase');
    for (const style of Object.values(c.styles)) {
      expect(style.text).toContain(
        'Caveat: the cited wording is a paraphrase written by the Triglot project',
      );
      expect(style.text.split('\n').at(-1)).toBe(c.caveat?.text);
    }
    expect(cite({ blockId: 's4.2-p6', projectText: 'gloss' }).caveat?.text).toContain('a gloss');
  });

  it("makes the permalink absolute against the reader's URL when given", () => {
    const c = cite({
      blockId: 'fn-6',
      range: { start: 0, end: 4 },
      readerUrl: 'https://example.org/triglot/index.html?panel=sources#x',
    });
    expect(c.permalink).toBe(
      'https://example.org/triglot/index.html?doc=nguyen-2020&block=fn-6&start=0&end=4',
    );
    expect(c.styles.apa.text).toContain(c.permalink);
    expect(
      resolvePermalink(passagePermalink('nguyen-2020', 's1-p1'), 'http://127.0.0.1:4173/'),
    ).toBe('http://127.0.0.1:4173/?doc=nguyen-2020&block=s1-p1');
  });

  it('says what is wrong with a bad request', () => {
    const length = [...blockById('s1-p1').text].length;
    const errors = [
      citePassage({ document, blockId: 'nope' }, resources),
      citePassage({ document, blockId: 's1-p1', range: { start: 5, end: 5 } }, resources),
      citePassage({ document, blockId: 's1-p1', range: { start: 0, end: length + 1 } }, resources),
      citePassage({ document, blockId: 's1-p1', range: { start: -1, end: 3 } }, resources),
      citePassage({ document, blockId: 's1-p1', range: { start: 0.5, end: 3 } }, resources),
    ].map((r) => (r.ok ? 'ok' : r.error));
    expect(errors).toEqual([
      'no block "nope" in document "nguyen-2020"',
      `range 5–5 is not a non-empty selection inside block "s1-p1" (0–${length} code points)`,
      `range 0–${length + 1} is not a non-empty selection inside block "s1-p1" (0–${length} code points)`,
      `range -1–3 is not a non-empty selection inside block "s1-p1" (0–${length} code points)`,
      `range 0.5–3 is not a non-empty selection inside block "s1-p1" (0–${length} code points)`,
    ]);
    const noAuthor = {
      ...document,
      metadata: { ...document.metadata, csl: { ...document.metadata.csl, author: 'X' } },
    };
    expect(citePassage({ document: noAuthor, blockId: 's1-p1' }, resources)).toEqual({
      ok: false,
      error: 'metadata of "nguyen-2020": csl.author: expected a list of { family, given }',
    });
  });

  it('renders the same from the files the web reader bundles', () => {
    expect(bundledCslResources).toEqual(resources);
    const bundled = citePassage({ document, blockId: 's4.2-p6' }, bundledCslResources);
    expect(bundled.ok && bundled.citation.styles.apa.reference).toBe(APA_REFERENCE);
  });
});
