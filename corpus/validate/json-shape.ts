/**
 * Small readers for hand-written JSON data files: each checks one value's shape and, when it is
 * wrong, records a `malformed` problem naming the file and the JSON path instead of throwing.
 */
import type { CodedProblem } from './coded-problem';

export type JsonRecord = Record<string, unknown>;

/** Collects shape problems for one file; `path` strings look like `abstract.pairs[3].status`. */
export class ShapeReader {
  readonly problems: CodedProblem[] = [];

  constructor(readonly file: string) {}

  /** Records a problem at `path`. */
  fail(path: string, message: string): void {
    this.problems.push({ where: `${this.file}: ${path}`, code: 'malformed', message });
  }

  /** The value as an object, or null (with a problem). */
  record(value: unknown, path: string): JsonRecord | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as JsonRecord;
    this.fail(path, `expected an object, found ${describeValue(value)}`);
    return null;
  }

  /** The value as an array, or an empty array (with a problem). */
  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.fail(path, `expected an array, found ${describeValue(value)}`);
    return [];
  }

  /** A non-empty string, or '' (with a problem). */
  text(value: unknown, path: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, `expected a non-empty string, found ${describeValue(value)}`);
    return '';
  }

  /** An optional non-empty string: undefined when absent. */
  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  /** A non-negative integer, or -1 (with a problem). */
  integer(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.fail(path, `expected a non-negative integer, found ${describeValue(value)}`);
    return -1;
  }

  /** An array of non-empty strings. */
  texts(value: unknown, path: string): string[] {
    return this.array(value, path).map((v, i) => this.text(v, `${path}[${i}]`));
  }

  /** One of `allowed`, or null (with a problem whose code is `unknown-<what>`). */
  oneOf<T extends string>(
    value: unknown,
    allowed: readonly T[],
    path: string,
    what: string,
  ): T | null {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.problems.push({
      where: `${this.file}: ${path}`,
      code: `unknown-${what}`,
      message: `${describeValue(value)} is not a ${what} (allowed: ${allowed.join(', ')})`,
    });
    return null;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}
