/**
 * A second, deliberately simple reading of the citations, made from the raw source text with its
 * own rules and none of the parser's (or the pipeline's) code. Pages: page 143 is the first line;
 * a line that starts with a space, or is a running head, starts the next page, except the two
 * right-aligned lines SPEC names. Text: the page's lines joined as they stand, running heads left
 * out. Citations: every bracket holding a four-digit number, split at `;`, read as
 * `Author YEAR[, pages]`, or as a bare `YEAR[, pages]` right after a name (narrative).
 */

export interface SimpleCitation {
  /** Author as printed, spaces removed (raw line breaks make spacing unreliable). */
  author: string;
  /** Year with its suffix: `2018c`. */
  year: string;
  /** Pages as printed, spaces removed; '' when none. */
  locator: string;
  narrative: boolean;
  /** Print page of the line where the citation starts. */
  page: number;
}

export interface SimpleExtraction {
  citations: SimpleCitation[];
  /** Bracket items with a four-digit number that these rules do not read as citations. */
  skipped: string[];
}

const RUNNING_HEAD = /^\s*\d{3}\u3000問題與研究|2014∼2019\u3000\d{3}\s*$/u;
const RIGHT_ALIGNED = /^\s*(?:單位：|（收件：)/u;
const BRACKETS = /[（(]([^（）()]*\d{4}[^（）()]*)[）)]/gu;
const WITH_AUTHOR = /^(.+?)\s*(\d{4}[a-z]?)(?:,\s*([\d\s-]+))?$/u;
const BARE_YEAR = /^(\d{4}[a-z]?)(?:,\s*([\d\s-]+))?$/u;
const LATIN_NAME_BEFORE = /([A-Z][A-Za-z-]*(?:(?:,? and |, | )[A-Z][A-Za-z-]*)*)$/u;
const HAN_NAME_BEFORE = /(?:^|[，。、；：「」）\s])([\u4e00-\u9fff]{2,4})$/u;

/** Reads every citation of the raw source text by the simple rules above. */
export function extractCitationsSimply(source: string): SimpleExtraction {
  const { text, pageAt } = joinLines(source);
  const result: SimpleExtraction = { citations: [], skipped: [] };
  for (const match of text.matchAll(BRACKETS)) {
    let itemStart = match.index + 1;
    for (const rawPart of (match[1] ?? '').split(';')) {
      const part = rawPart.trim();
      const start = itemStart + (rawPart.length - rawPart.trimStart().length);
      itemStart += rawPart.length + 1;
      const bare = BARE_YEAR.exec(part);
      if (bare) {
        const before = text.slice(Math.max(0, match.index - 60), match.index);
        const name = LATIN_NAME_BEFORE.exec(before)?.[1] ?? HAN_NAME_BEFORE.exec(before)?.[1];
        if (name) {
          const page = pageAt(match.index - name.length);
          result.citations.push(simple(name, bare[1], bare[2], true, page));
        } else result.skipped.push(part);
        continue;
      }
      const full = WITH_AUTHOR.exec(part);
      const author = full?.[1] ?? '';
      // "Trends in International Arms Transfers, 2017": a title, its year after a comma.
      if (full && /^[A-Z\u4e00-\u9fff]/u.test(author) && !author.endsWith(',')) {
        result.citations.push(simple(author, full[2], full[3], false, pageAt(start)));
      } else {
        result.skipped.push(part);
      }
    }
  }
  return result;
}

function joinLines(source: string): { text: string; pageAt: (index: number) => number } {
  const starts: { index: number; page: number }[] = [];
  let text = '';
  let page = 143;
  source.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const startsPage =
      (line.startsWith(' ') && !RIGHT_ALIGNED.test(line)) || RUNNING_HEAD.test(line);
    if (startsPage && n > 0) page += 1;
    if (RUNNING_HEAD.test(line)) return;
    let piece = line.replace(/\s+/gu, ' ');
    if (text.endsWith(' ')) piece = piece.trimStart();
    starts.push({ index: text.length, page });
    text += piece;
  });
  const pageAt = (index: number) => {
    let found = 143;
    for (const s of starts) if (s.index <= index) found = s.page;
    return found;
  };
  return { text, pageAt };
}

function simple(
  author: string,
  year = '',
  locator = '',
  narrative: boolean,
  page: number,
): SimpleCitation {
  return {
    author: author.replace(/\s+/gu, ''),
    year,
    locator: locator.replace(/\s+/gu, ''),
    narrative,
    page,
  };
}
