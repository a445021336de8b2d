/**
 * The nesting rule of the TEI writer on a real passage: a mark that depends on another (`<author>`
 * on `<bibl>`) is written as its direct child, whatever else covers the same words; a mark that
 * would stand between the two is refused to one of them, by priority.
 */
import { describe, expect, it } from 'vitest';
import type { WrapMark } from '../../../app/export/tei/inline-marks';
import { nestMarks, renderRange } from '../../../app/export/tei/render-inline';
import { codePointLength } from '../../../corpus/text/code-points';
import { blockById, codePointIndexOf } from '../../helpers/real-document';

// s1-p2 cites 「（Vietnam MOFA 2004）」: an outlet that is also a Vietnamese item.
const block = blockById('s1-p2');
const chars = Array.from(block.text);
const at = codePointIndexOf(block.text, 'Vietnam MOFA 2004');
const span = (start: number, text: string) => ({ start, end: start + codePointLength(text) });
const mark = (
  kind: string,
  range: { start: number; end: number },
  priority: number,
  nesting: number,
  dependsOn?: WrapMark,
): WrapMark => ({
  kind,
  ...range,
  open: `<${kind}>`,
  close: `</${kind}>`,
  priority,
  nesting,
  ifRejected: null,
  ...(dependsOn ? { dependsOn } : {}),
});

const bibl = mark('bibl', span(at, 'Vietnam MOFA 2004'), 40, 30);
const author = mark('author', span(at, 'Vietnam MOFA'), 41, 60, bibl);
const date = mark('date', span(at + 13, '2004'), 41, 60, bibl);
const rs = mark('rs', span(at, 'Vietnam MOFA'), 25, 40);
const foreign = mark('foreign', span(at, 'Vietnam MOFA'), 26, 45);
const render = (marks: WrapMark[]) => {
  const { accepted, rejected } = nestMarks(marks);
  const xml = renderRange(chars, bibl.start, bibl.end, accepted, [], block.id);
  return { xml, rejected: rejected.map((m) => m.kind) };
};

describe('TEI nesting: a dependent mark is a direct child of its parent', () => {
  it('puts <author> right inside <bibl> and the item’s <rs> and <foreign> inside <author>', () => {
    expect(block.text).toContain('（Vietnam MOFA 2004）');
    expect(render([rs, foreign, bibl, author, date])).toEqual({
      xml: '<bibl><author><rs><foreign>Vietnam MOFA</foreign></rs></author> <date>2004</date></bibl>',
      rejected: [],
    });
  });

  it('refuses a dependent mark that another mark would separate from its parent', () => {
    // A segment over 「Vietnam MOFA 2」: inside <bibl>, around <author>, across <date>.
    const seg = mark('seg', span(at, 'Vietnam MOFA 2'), 8, 8);
    expect(render([seg, bibl, author, date])).toEqual({
      xml: '<bibl><seg>Vietnam MOFA 2</seg>004</bibl>',
      rejected: ['author', 'date'],
    });
  });

  it('writes a dependent of the same range as its parent right inside it', () => {
    const whole = mark('author', span(at, 'Vietnam MOFA 2004'), 41, 60, bibl);
    const item = mark('rs', span(at, 'Vietnam MOFA 2004'), 25, 35);
    expect(render([item, bibl, whole])).toEqual({
      xml: '<bibl><author><rs>Vietnam MOFA 2004</rs></author></bibl>',
      rejected: [],
    });
  });
});
