/** Splits a raw PDF text extraction into its non-blank lines, keeping the layout signals. */

export interface SourceLine {
  /** 1-based line number in the raw file. */
  n: number;
  /** The line without surrounding ASCII spaces, NFC-normalised. Full-width spaces are kept. */
  text: string;
  /** A leading space marks the first line of a print page in this extraction. */
  leadingSpace: boolean;
  /** A trailing space marks a line that ended between two words of Latin script. */
  trailingSpace: boolean;
}

/** Returns every non-blank line of `source` with its 1-based line number. */
export function splitSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.replace(/^[ \t]+|[ \t]+$/g, '').normalize('NFC');
    if (text === '') return;
    lines.push({
      n: index + 1,
      text,
      leadingSpace: /^[ \t]/.test(raw),
      trailingSpace: /[ \t]$/.test(raw),
    });
  });
  return lines;
}
