/** The real article, built once per test file, and its raw source. */
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../corpus/load/node-loader';
import type { Block, Document } from '../../corpus/model/document';
import { sliceCodePoints, utf16ToCodePoint } from '../../corpus/text/code-points';

export const DOC_ID = 'nguyen-2020';
export const SOURCE_PATH = new URL(`../../corpus/${DOC_ID}/source.txt`, import.meta.url).pathname;

let cached: ReturnType<typeof loadDocument> | null = null;

export function realBuild(): ReturnType<typeof loadDocument> {
  cached ??= loadDocument(DOC_ID);
  return cached;
}

export function realDocument(): Document {
  const { document, problems } = realBuild();
  if (!document) throw new Error(`the real document does not build: ${JSON.stringify(problems)}`);
  return document;
}

export function rawSource(): string {
  return readFileSync(SOURCE_PATH, 'utf8');
}

export function blockById(id: string): Block {
  const block = realDocument().blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id}`);
  return block;
}

/** The one block whose text contains `needle`. */
export function blockContaining(needle: string, kinds?: Block['kind'][]): Block {
  const found = realDocument().blocks.filter(
    (b) => b.text.includes(needle) && (!kinds || kinds.includes(b.kind)),
  );
  if (found.length !== 1) throw new Error(`${found.length} blocks contain 「${needle}」`);
  return found[0] as Block;
}

/** The print page of the character at code-point `offset` of `block`. */
export function pageAt(block: Block, offset: number): number {
  let page = block.pages[0];
  for (const pb of block.pageBreaks) if (pb.offset <= offset) page = pb.page;
  return page;
}

export function textAround(
  block: Block,
  offset: number,
  before = 10,
  after = 10,
): [string, string] {
  return [
    sliceCodePoints(block.text, Math.max(0, offset - before), offset),
    sliceCodePoints(block.text, offset, offset + after),
  ];
}

/** Code-point offset of the first occurrence of `needle` in `text`, or -1. */
export function codePointIndexOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  return index < 0 ? -1 : utf16ToCodePoint(text, index);
}
