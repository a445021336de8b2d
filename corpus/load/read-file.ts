/**
 * Reading a data file from disk with problems as values (Node only): every loader of the corpus,
 * the annotations and the exports reads its files through these, so an unreadable or malformed
 * file is reported the same way everywhere — naming the file relative to the working directory.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CodedProblem } from '../validate/coded-problem';

/** A file path as messages show it: relative to the working directory. */
export const displayPath = (path: string) => relative(process.cwd(), path) || path;

/** The file's UTF-8 text, or a problem (`file-unreadable`) naming it. */
export function readTextFile(path: string): { text: string } | { problem: CodedProblem } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      problem: {
        where: displayPath(path),
        code: 'file-unreadable',
        message: `cannot read the file (${code})`,
      },
    };
  }
}

/** The parsed JSON of a file, or a problem (`file-unreadable`, `not-json`) naming it. */
export function readJsonFile(path: string): { value: unknown } | { problem: CodedProblem } {
  const read = readTextFile(path);
  if ('problem' in read) return read;
  try {
    return { value: JSON.parse(read.text) as unknown };
  } catch (error) {
    return {
      problem: {
        where: displayPath(path),
        code: 'not-json',
        message: `not valid JSON (${(error as Error).message})`,
      },
    };
  }
}
