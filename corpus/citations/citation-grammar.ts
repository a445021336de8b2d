/**
 * The author–date grammar of the article's in-text citations: `Kuik 2008`, `Le 2013, 344`,
 * `Tran, Vieira, and Ferreira-Pereira 2013`, `The Obama White House 2015, 24`, `吳玉山2009, 41`,
 * `Dan Tri 2018c`, and the bare `2005, 36-38` of a narrative citation.
 */

/** A capitalised word of a personal or institutional name: `Kuik`, `VnExpress`, `Ferreira-Pereira`. */
const LATIN_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** Lower-case name particles that may sit inside a Latin name (`van`, `de`…). */
const PARTICLE = String.raw`(?:de|da|del|der|den|di|do|dos|du|la|le|van|von)`;
const LATIN_NAME = String.raw`${LATIN_WORD}(?: (?:${PARTICLE} )*${LATIN_WORD})*`;
/** `Brooks and Wohlforth`, `Tran, Vieira, and Ferreira-Pereira`, `Pham & Grant`. */
const AUTHOR_JOIN = String.raw`(?:,? (?:and|&) |, )`;
const LATIN_AUTHORS = String.raw`${LATIN_NAME}(?:${AUTHOR_JOIN}${LATIN_NAME})*`;
/** Chinese names are 2–4 characters; several authors are joined with 、. */
const HAN_NAME = String.raw`\p{Script=Han}{2,4}`;
const HAN_AUTHORS = String.raw`${HAN_NAME}(?:、${HAN_NAME})*`;
const YEAR = String.raw`(?<year>1[5-9]\d\d|20\d\d)(?<suffix>[a-z]?)`;
const PAGES = String.raw`\d+(?:\s*[-–—]\s*\d+)?`;
const LOCATOR = String.raw`(?:[,，]\s*(?<locator>${PAGES}(?:\s*[,，]\s*${PAGES})*))?`;

const LATIN_ITEM = new RegExp(String.raw`^(?<author>${LATIN_AUTHORS}) ${YEAR}${LOCATOR}$`, 'u');
// The article writes Chinese authors with or without a space before the year (吳玉山2009, 楊三億 2018).
const HAN_ITEM = new RegExp(String.raw`^(?<author>${HAN_AUTHORS}) ?${YEAR}${LOCATOR}$`, 'u');
const YEAR_ITEM = new RegExp(String.raw`^${YEAR}${LOCATOR}$`, 'u');
const LATIN_AUTHORS_WHOLE = new RegExp(String.raw`^${LATIN_AUTHORS}$`, 'u');
const HAN_AUTHORS_WHOLE = new RegExp(String.raw`^${HAN_AUTHORS}$`, 'u');
const AUTHOR_SPLIT = new RegExp(String.raw`${AUTHOR_JOIN}|、`, 'u');
const DATE_OR_PERIOD = /\d{4}\s*年|\d{4}\/\d{1,2}|\d{1,2}月/u;
const YEAR_LIKE = /(?<!\d)\d{4}(?!\d)/u;

export interface ParsedItem {
  /** Author text as printed, or null for a bare year (narrative citation). */
  authorText: string | null;
  year: number;
  suffix: string;
  locator: string;
}

/** Parses one `;`-separated item of a bracketed group, or returns null if it is no citation. */
export function parseCitationItem(item: string): ParsedItem | null {
  const match = LATIN_ITEM.exec(item) ?? HAN_ITEM.exec(item) ?? YEAR_ITEM.exec(item);
  const groups = match?.groups;
  if (!groups) return null;
  return {
    authorText: groups.author ?? null,
    year: Number(groups.year),
    suffix: groups.suffix ?? '',
    locator: normaliseLocator(groups.locator ?? ''),
  };
}

/** Splits printed author text into authors: `Tran, Vieira, and Ferreira-Pereira` → three names. */
export function splitAuthors(authorText: string): string[] {
  return authorText.split(AUTHOR_SPLIT).filter((name) => name.length > 0);
}

/** Whether `text` is, as a whole, a list of Latin-script author names. */
export function isLatinAuthors(text: string): boolean {
  return LATIN_AUTHORS_WHOLE.test(text);
}

/** Whether `text` is, as a whole, a list of Chinese author names. */
export function isHanAuthors(text: string): boolean {
  return HAN_AUTHORS_WHOLE.test(text);
}

/** Whether a bracketed text names a date or a period (「1991年至2007年」, 「截至2019/6」). */
export function looksLikeDate(text: string): boolean {
  return DATE_OR_PERIOD.test(text);
}

/** Whether a text holds a four-digit number, i.e. could have been meant as a citation. */
export function hasYearLikeNumber(text: string): boolean {
  return YEAR_LIKE.test(text);
}

// Page ranges are reported with a plain hyphen and no spaces, as the article prints most of them.
function normaliseLocator(locator: string): string {
  return locator
    .replace(/\s*[-–—]\s*/gu, '-')
    .replace(/\s*[,，]\s*/gu, ', ')
    .trim();
}
