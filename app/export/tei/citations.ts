/**
 * The TEI's citation finder: the project's citation parser (`corpus/citations/`), whose every
 * in-text citation — parenthetical `（Kuik 2008, 164）` and narrative `Pape（2005, 36-38）` —
 * becomes a `<bibl>` with the spans of its author, year and page locator.
 */
import type { Citation as ParsedCitation } from '../../../corpus/citations/citation';
import { extractCitations } from '../../../corpus/citations/extract-citations';
import type { Document, Span } from '../../../corpus/model/document';
import { codePointLength, utf16ToCodePoint } from '../../../corpus/text/code-points';
import type { Citation, CitationFinder } from './tei-inputs';

/** A finder that answers from one run of the parser over the whole document. */
export function citationFinder(document: Document): CitationFinder {
  const byBlock = new Map<string, Citation[]>();
  for (const citation of extractCitations(document).citations) {
    byBlock.set(citation.blockId, [...(byBlock.get(citation.blockId) ?? []), toTei(citation)]);
  }
  return (block) => byBlock.get(block.id) ?? [];
}

/**
 * The parts of a parsed citation, found in its printed text (`raw`, which starts with the author):
 * the author as printed, then the year with its suffix, then the locator after a comma, up to the
 * end of the item (or the closing bracket of a narrative citation).
 */
function toTei(citation: ParsedCitation): Citation {
  const { raw, start } = citation;
  const at = (from: number, to: number): Span => ({
    start: start + utf16ToCodePoint(raw, from),
    end: start + utf16ToCodePoint(raw, to),
  });
  const parts: Citation = {
    start,
    end: start + codePointLength(raw),
    narrative: citation.narrative,
    key: citation.key,
  };
  const authorEnd = raw.startsWith(citation.authorText) ? citation.authorText.length : 0;
  if (authorEnd > 0) parts.author = at(0, authorEnd);
  const year = `${citation.year}${citation.suffix}`;
  const yearAt = raw.indexOf(year, authorEnd);
  if (yearAt < 0) return parts;
  parts.year = at(yearAt, yearAt + year.length);
  if (citation.locator === '') return parts;
  const comma = /^[,，]\s*/u.exec(raw.slice(yearAt + year.length));
  if (!comma) return parts;
  const locatorAt = yearAt + year.length + comma[0].length;
  const locatorEnd = citation.narrative ? raw.length - 1 : raw.length;
  if (locatorAt < locatorEnd) parts.locator = at(locatorAt, locatorEnd);
  return parts;
}
