/**
 * The citation parser: every in-text author–date citation in a Document's blocks (body, footnotes,
 * table and figure source lines), parenthetical or narrative, with block, offset, page and locator.
 */
import type { Block, Document } from '../model/document';
import { codePointLength, utf16ToCodePoint } from '../text/code-points';
import type { BracketGroup, TextPiece } from './bracket-groups';
import { findBracketGroups } from './bracket-groups';
import type { Citation, CitationExtraction, RejectedCandidate } from './citation';
import {
  hasYearLikeNumber,
  isHanAuthors,
  looksLikeDate,
  parseCitationItem,
  splitAuthors,
} from './citation-grammar';
import type { ParsedItem } from './citation-grammar';
import { findNarrativeAuthor } from './narrative-author';
import { sourceKey, sourceLabel } from './source-key';

/** Every citation of the document, in block order, and the year-bearing brackets that are not. */
export function extractCitations(document: Document): CitationExtraction {
  const groupsByBlock = document.blocks.map((block) => ({
    block,
    groups: findBracketGroups(block.text),
  }));
  // Chinese names cited in brackets help to find the same names before a narrative year.
  const knownHanNames = new Set<string>();
  for (const { groups } of groupsByBlock) {
    for (const group of groups) {
      for (const item of group.items) {
        const author = parseCitationItem(item.text)?.authorText;
        if (author && isHanAuthors(author)) knownHanNames.add(author);
      }
    }
  }
  const result: CitationExtraction = { citations: [], rejected: [] };
  for (const { block, groups } of groupsByBlock) {
    for (const group of groups) readGroup(block, group, knownHanNames, result);
  }
  return result;
}

function readGroup(
  block: Block,
  group: BracketGroup,
  knownHanNames: ReadonlySet<string>,
  result: CitationExtraction,
): void {
  const groupSpan = {
    start: utf16ToCodePoint(block.text, group.whole.index),
    end: utf16ToCodePoint(block.text, group.whole.index + group.whole.text.length),
  };
  const [only] = group.items;
  const bare = only && group.items.length === 1 ? parseCitationItem(only.text) : null;
  if (bare && bare.authorText === null) {
    const author = findNarrativeAuthor(block.text, group.whole.index, knownHanNames);
    if (author) {
      const end = group.whole.index + group.whole.text.length;
      result.citations.push(
        makeCitation(
          block,
          { ...bare, authorText: author.authorText },
          author.index,
          end,
          true,
          groupSpan,
        ),
      );
    } else {
      result.rejected.push(reject(block, group.whole, 'no-narrative-author'));
    }
    return;
  }
  for (const item of group.items) {
    const parsed = parseCitationItem(item.text);
    const authorText = parsed?.authorText;
    if (parsed && authorText) {
      const end = item.index + item.text.length;
      result.citations.push(
        makeCitation(block, { ...parsed, authorText }, item.index, end, false, groupSpan),
      );
    } else if (hasYearLikeNumber(item.text)) {
      const reason = looksLikeDate(item.text) ? 'date-or-period' : 'not-author-year';
      result.rejected.push(reject(block, item, reason));
    }
  }
}

function makeCitation(
  block: Block,
  parsed: ParsedItem & { authorText: string },
  startIndex: number,
  endIndex: number,
  narrative: boolean,
  group: Citation['group'],
): Citation {
  const authors = splitAuthors(parsed.authorText);
  const start = utf16ToCodePoint(block.text, startIndex);
  return {
    key: sourceKey(authors, parsed.year, parsed.suffix),
    label: sourceLabel(parsed.authorText, parsed.year, parsed.suffix),
    authorText: parsed.authorText,
    authors,
    year: parsed.year,
    suffix: parsed.suffix,
    locator: parsed.locator,
    narrative,
    blockId: block.id,
    start,
    end: utf16ToCodePoint(block.text, endIndex),
    page: pageOf(block, start),
    raw: block.text.slice(startIndex, endIndex),
    group,
  };
}

function reject(
  block: Block,
  piece: TextPiece,
  reason: RejectedCandidate['reason'],
): RejectedCandidate {
  const start = utf16ToCodePoint(block.text, piece.index);
  return {
    blockId: block.id,
    start,
    end: start + codePointLength(piece.text),
    page: pageOf(block, start),
    raw: piece.text,
    reason,
  };
}

/** The print page of the character at code point `offset` of `block`. */
export function pageOf(block: Block, offset: number): number {
  let page = block.pages[0];
  for (const pageBreak of block.pageBreaks) if (pageBreak.offset <= offset) page = pageBreak.page;
  return page;
}
