/** The command line's JSON shape of a block (SPEC, "The command line"). */
import type { Block } from '../../corpus/model/document';

export interface BlockJson {
  id: string;
  kind: string;
  lang: string;
  section: string;
  pages: [number, number];
  pageBreaks: { offset: number; page: number }[];
  text: string;
  footnoteRefs: { n: number; offset: number }[];
  footnote?: number;
  table?: { rows: string[][] };
}

/** Projects a block onto the documented CLI shape (nothing more, nothing less). */
export function toBlockJson(block: Block): BlockJson {
  return {
    id: block.id,
    kind: block.kind,
    lang: block.lang,
    section: block.section,
    pages: block.pages,
    pageBreaks: block.pageBreaks.map(({ offset, page }) => ({ offset, page })),
    text: block.text,
    footnoteRefs: block.footnoteRefs.map(({ n, offset }) => ({ n, offset })),
    ...(block.kind === 'footnote' ? { footnote: block.footnote } : {}),
    ...(block.kind === 'table'
      ? { table: { rows: block.table.rows.map((row) => row.map((cell) => cell.text)) } }
      : {}),
  };
}

/** Blocks that have text on print page `page`. */
export function blocksOnPage(blocks: Block[], page: number): Block[] {
  return blocks.filter((block) => block.pages[0] <= page && page <= block.pages[1]);
}
