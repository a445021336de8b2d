/** A short keyword-in-context snippet around a span of a block's text (code points). */
export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** Whether text was cut before `before` / after `after`. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** The span with up to `before` code points of context before it and `after` after it. */
export function keywordInContext(
  text: string,
  start: number,
  end: number,
  before = 16,
  after = 8,
): Snippet {
  const chars = Array.from(text);
  const from = Math.max(0, start - before);
  const to = Math.min(chars.length, end + after);
  return {
    before: chars.slice(from, start).join(''),
    match: chars.slice(start, end).join(''),
    after: chars.slice(end, to).join(''),
    clippedBefore: from > 0,
    clippedAfter: to < chars.length,
  };
}
