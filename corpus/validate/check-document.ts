/**
 * Structural checks on a built Document: what every consumer relies on, stated once.
 * Each broken invariant becomes a problem naming the block.
 */
import { codePointLength } from '../text/code-points';
import type { Document } from '../model/document';
import type { Problem } from '../pipeline/problems';

/** Checks ids, pages, offsets, footnotes and text cleanliness. */
export function checkDocument(document: Document): Problem[] {
  const problems: Problem[] = [];
  const fail = (where: string, message: string) => problems.push({ where, message });
  const seen = new Set<string>();
  const footnoteBodies = new Map<number, number>();
  const footnoteMarkers = new Map<number, number>();
  const { first, last } = document.pages;

  for (const block of document.blocks) {
    if (seen.has(block.id)) fail(block.id, 'duplicate block id');
    seen.add(block.id);
    if (/[\n\r]/u.test(block.text)) fail(block.id, 'the text contains a line break');
    if (block.text !== block.text.normalize('NFC')) fail(block.id, 'the text is not NFC');
    const [from, to] = block.pages;
    if (from < first || to > last || from > to)
      fail(block.id, `pages ${from}–${to} outside ${first}–${last}`);
    const length = codePointLength(block.text);
    let previousPage = from;
    for (const pb of block.pageBreaks) {
      if (pb.offset <= 0 || pb.offset > length)
        fail(block.id, `page break at ${pb.offset} outside the text`);
      if (pb.page !== previousPage + 1)
        fail(block.id, `page break to ${pb.page} after page ${previousPage}`);
      previousPage = pb.page;
    }
    if (previousPage !== to)
      fail(block.id, `page breaks end on page ${previousPage}, the block on ${to}`);
    for (const ref of block.footnoteRefs) {
      if (ref.offset < 0 || ref.offset > length)
        fail(block.id, `footnote ${ref.n} marker outside the text`);
      footnoteMarkers.set(ref.n, (footnoteMarkers.get(ref.n) ?? 0) + 1);
    }
    if (block.kind === 'footnote')
      footnoteBodies.set(block.footnote, (footnoteBodies.get(block.footnote) ?? 0) + 1);
  }
  const numbers = new Set([...footnoteBodies.keys(), ...footnoteMarkers.keys()]);
  for (let n = 1; n <= Math.max(0, ...numbers); n++) {
    if (footnoteMarkers.get(n) !== 1)
      fail(`fn-${n}`, `footnote marker ${n} found ${footnoteMarkers.get(n) ?? 0} times`);
    if (footnoteBodies.get(n) !== 1)
      fail(`fn-${n}`, `footnote body ${n} found ${footnoteBodies.get(n) ?? 0} times`);
  }
  const sectionIds = new Set(document.sections.map((s) => s.id));
  for (const block of document.blocks) {
    if (!sectionIds.has(block.section)) fail(block.id, `unknown section ${block.section}`);
  }
  return problems;
}
