/** The print page of a character of a block (its own few lines: the citation parser is not needed). */
import type { Block } from '../../../corpus/model/document';

/** The print page on which code point `offset` of `block` stands. */
export function pageAt(block: Block, offset: number): number {
  let page = block.pages[0];
  for (const pageBreak of block.pageBreaks) if (pageBreak.offset <= offset) page = pageBreak.page;
  return page;
}
