/**
 * A simple finder for parenthetical in-text citations: 「（Kuik 2008, 164）」,
 * 「（Schweller 1994, 93; Sweeny and Fritz 2004, 446）」, 「（吳玉山2009, 41）」. A group counts only
 * if every `;`-separated part is `Author Year[suffix][, pages]`, so parenthesised years, dates
 * and titles (「（2006）」「（自2014年至今）」「（Trends in International Arms Transfers, 2017）」)
 * stay out. Narrative citations (`Ross（2006）`) are left to the citation parser, which plugs in
 * through the same `CitationFinder` type.
 */
import type { Block } from '../../../corpus/model/document';
import { utf16ToCodePoint } from '../../../corpus/text/code-points';
import type { Citation, CitationFinder } from './tei-inputs';

const GROUP = /[（(]([^（）()]+)[）)]/g;
const PART = /^([^\d;；]*[^\d;；,，\s])\s?(\d{4})([a-z]?)(?:,\s?(\d+(?:[-–]\d+)?))?$/u;

/** The parenthetical citations of a block, with author, year and page-locator spans. */
export const findSimpleCitations: CitationFinder = (block: Block): Citation[] => {
  const text = block.text;
  const cp = (index: number) => utf16ToCodePoint(text, index);
  const found: Citation[] = [];
  for (const group of text.matchAll(GROUP)) {
    const inner = group[1] as string;
    const innerAt = (group.index ?? 0) + 1;
    const parts: Citation[] = [];
    let ok = true;
    let at = 0;
    for (const piece of inner.split(/[;；]/)) {
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      const start = innerAt + at + lead;
      at += piece.length + 1;
      const match = PART.exec(body);
      if (!match || !/\p{L}/u.test(match[1] as string)) {
        ok = false;
        break;
      }
      const [, author, year, suffix, locator] = match as unknown as [
        string,
        string,
        string,
        string,
        string | undefined,
      ];
      const yearAt = start + author.length + (/\s/.test(body.charAt(author.length)) ? 1 : 0);
      parts.push({
        start: cp(start),
        end: cp(start + body.length),
        author: { start: cp(start), end: cp(start + author.length) },
        year: { start: cp(yearAt), end: cp(yearAt + year.length + suffix.length) },
        ...(locator
          ? {
              locator: {
                start: cp(start + body.length - locator.length),
                end: cp(start + body.length),
              },
            }
          : {}),
      });
    }
    if (ok) found.push(...parts);
  }
  return found;
};
