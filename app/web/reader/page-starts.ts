/** Where each print page begins: a block id and a code-point offset in its text. */
import type { Document } from '../../../corpus/model/document';

export interface PageStart {
  page: number;
  blockId: string;
  offset: number;
}

/** The first character of every page, in reading order (footnotes never start a page). */
export function pageStarts(document: Document): PageStart[] {
  const starts: PageStart[] = [];
  let current = document.pages.first - 1;
  for (const block of document.blocks) {
    if (block.kind === 'footnote') continue;
    if (block.pages[0] > current) {
      current = block.pages[0];
      starts.push({ page: current, blockId: block.id, offset: 0 });
    }
    for (const pb of block.pageBreaks) {
      if (pb.page > current) {
        current = pb.page;
        starts.push({ page: current, blockId: block.id, offset: pb.offset });
      }
    }
  }
  return starts;
}
