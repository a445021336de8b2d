/** `blocks [--doc ID]` and `page N [--doc ID]`: the document's blocks, all or on one print page. */
import { blocksOnPage, toBlockJson } from '../block-json';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { requireDocument } from '../load-document';
import type { Block } from '../../../corpus/model/document';

export function runBlocks(context: CommandContext): undefined {
  const document = requireDocument(context.doc);
  printBlocks(context, document.id, document.blocks);
}

export function runPage(context: CommandContext): undefined {
  const [arg] = context.args;
  const page = Number(arg);
  if (arg === undefined || !/^\d+$/u.test(arg))
    throw new CliError('usage: page N (a print page number)');
  const document = requireDocument(context.doc);
  const { first, last } = document.pages;
  if (page < first || page > last) {
    throw new CliError(`page ${page} is not in ${document.id} (its pages are ${first}–${last})`, 1);
  }
  printBlocks(context, document.id, blocksOnPage(document.blocks, page));
}

function printBlocks(context: CommandContext, doc: string, blocks: Block[]): void {
  if (context.json) {
    context.out(JSON.stringify({ doc, blocks: blocks.map(toBlockJson) }, null, 2));
    return;
  }
  for (const block of blocks) {
    const pages =
      block.pages[0] === block.pages[1] ? `p. ${block.pages[0]}` : `pp. ${block.pages.join('–')}`;
    context.out(`[${block.id}] ${block.kind}, ${pages}\n${block.text}\n`);
  }
}
