import type { TextLine } from './footnotes';
import type { Problem } from './problems';

/** Reads text lines in order; every line is consumed exactly once. */
export class LineCursor {
  private index = 0;
  constructor(
    private readonly lines: TextLine[],
    private readonly sourceFile: string,
    private readonly problems: Problem[],
  ) {}

  /** Lines up to (not including) the first that satisfies `stop`. */
  takeUntil(stop: (line: TextLine) => boolean): TextLine[] {
    const start = this.index;
    while (this.index < this.lines.length && !stop(this.lines[this.index] as TextLine))
      this.index++;
    if (this.index >= this.lines.length) {
      this.problems.push({
        where: this.sourceFile,
        message: 'reached the end of the source looking for the next part',
      });
    }
    return this.lines.slice(start, this.index);
  }

  takeRest(): TextLine[] {
    const rest = this.lines.slice(this.index);
    this.index = this.lines.length;
    return rest;
  }

  /** The next line if it satisfies `test`; otherwise a problem naming what was expected. */
  expect(test: (line: TextLine) => boolean, what: string): TextLine | null {
    const line = this.lines[this.index];
    if (line && test(line)) {
      this.index++;
      return line;
    }
    this.problems.push({
      where: `${this.sourceFile}:${line?.n ?? 'end'}`,
      message: `expected ${what}, found 「${line?.text ?? 'end of file'}」`,
    });
    return null;
  }
}
