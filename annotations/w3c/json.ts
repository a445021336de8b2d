/** Reading untrusted JSON: type guards and the failure that parse functions turn into an error value. */
import type { AnnotationErrorCode } from '../model/errors';

export type JsonRecord = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value that may be one item or an array of them, as an array (absent: empty). */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when the object's `type` is, or includes, `type`. */
export function hasType(value: JsonRecord, type: string): boolean {
  return asList(value.type).includes(type);
}

/** A short rendering of a value for an error message. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Thrown inside the parsers only, and always caught by them: the public parse functions return
 * errors as values and never throw.
 */
export class Invalid extends Error {
  constructor(
    readonly code: AnnotationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The string at `record[key]`, or an Invalid naming what was expected. */
export function requireString(record: JsonRecord, key: string, what: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new Invalid(
      'wrong-type',
      `${what}: "${key}" must be a non-empty string, not ${show(value)}`,
    );
  }
  return value;
}
