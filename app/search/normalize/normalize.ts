/**
 * The normaliser: the one definition of "the same text" that indexing, matching and highlighting
 * share. It folds a text under a set of switchable folds and, on request, returns an offset map
 * from every UTF-16 unit of the folded text back to the code points of the original.
 *
 * Always applied, whatever the folds: NFC, runs of whitespace collapsed to one space, invisible
 * format controls (soft hyphen, zero-width space, BOM) ignored, lone surrogates → U+FFFD.
 * Composition is applied within a base character and its combining marks (a "segment"), never
 * across two base characters; this is what lets every folded unit name its original segment.
 */
import { isMark, isWhitespace } from './char-class';
import { foldSegment } from './fold-segment';
import type { Folds } from './folds';
import { foldScript } from './script-fold';

/** A folded text with, for each of its UTF-16 units, the original code-point range it came from. */
export interface NormalizedText {
  text: string;
  /** `start[i]`, `end[i]`: the original code points [start, end) that produced unit `i` of `text`. */
  start: Int32Array;
  end: Int32Array;
  /** Number of code points of the original text. */
  originalLength: number;
}

interface Sink {
  push(unit: number, from: number, to: number): void;
}

/** Folds `text`; the result is what the index and the matcher compare. */
export function normalizeText(text: string, folds: Folds): string {
  const out = new UnitBuffer(text.length);
  run(text, folds, out);
  return out.toString();
}

/**
 * Folds `text` and says whether the offset map is the identity: every folded UTF-16 unit came from
 * the original code point at the same index (no expansion, deletion, collapsed space or
 * supplementary-plane character). Then positions in the folded text ARE code points of the
 * original, and highlighting needs no map — true of most blocks of the article.
 */
export function normalizeTextChecked(
  text: string,
  folds: Folds,
): { text: string; identity: boolean } {
  const out = new UnitBuffer(text.length);
  const originalLength = run(text, folds, out);
  return { text: out.toString(), identity: out.isIdentity(originalLength) };
}

/** Folds `text` and maps every folded unit back to original code points (for highlighting). */
export function normalizeWithMap(text: string, folds: Folds): NormalizedText {
  const out = new MappedBuffer(text.length);
  const originalLength = run(text, folds, out);
  return { text: out.toString(), start: out.starts(), end: out.ends(), originalLength };
}

/** Walks the text segment by segment; returns the number of code points read. */
function run(text: string, folds: Folds, out: Sink): number {
  const n = text.length;
  let cpIndex = 0;
  let lastWasSpace = false;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // (Ideographs are tested first: most of the text is Han and Han is never a mark.)
    const nextIsMark =
      next >= 0x300 && next < 0xd800 && !(next >= 0x3400 && next <= 0x9fff) && isMark(next);
    // Fast path 1: ASCII not followed by a combining mark.
    if (unit < 0x80 && !nextIsMark) {
      if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)) {
        if (!lastWasSpace) out.push(0x20, cpIndex, cpIndex + 1);
        lastWasSpace = true;
      } else {
        out.push(
          folds.case && unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit,
          cpIndex,
          cpIndex + 1,
        );
        lastWasSpace = false;
      }
      i++;
      cpIndex++;
      continue;
    }
    // Fast path 2: a common CJK ideograph (no marks follow it in practice; checked anyway).
    if (((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf)) && !nextIsMark) {
      const folded = folds.script ? foldScript(unit) : unit;
      if (folded > 0xffff) {
        // A few Traditional characters fold to a supplementary-plane Simplified one.
        out.push(0xd800 + ((folded - 0x10000) >> 10), cpIndex, cpIndex + 1);
        out.push(0xdc00 + ((folded - 0x10000) & 0x3ff), cpIndex, cpIndex + 1);
      } else out.push(folded, cpIndex, cpIndex + 1);
      lastWasSpace = false;
      i++;
      cpIndex++;
      continue;
    }
    // Slow path: one segment = a code point and the combining marks after it.
    const segStartUnit = i;
    const segStartCp = cpIndex;
    const cp = text.codePointAt(i) ?? unit;
    const isPair = cp > 0xffff;
    i += isPair ? 2 : 1;
    cpIndex++;
    while (i < n) {
      const m = text.codePointAt(i) ?? 0;
      if (!isMark(m)) break;
      i += m > 0xffff ? 2 : 1;
      cpIndex++;
    }
    if (isWhitespace(cp) && i - segStartUnit === (isPair ? 2 : 1)) {
      if (!lastWasSpace) out.push(0x20, segStartCp, cpIndex);
      lastWasSpace = true;
      continue;
    }
    const folded = foldSegment(text.slice(segStartUnit, i), folds);
    for (let k = 0; k < folded.length; k++) {
      const u = folded.charCodeAt(k);
      if (u === 0x20 || (u >= 0x09 && u <= 0x0d)) {
        if (lastWasSpace) continue;
        out.push(0x20, segStartCp, cpIndex);
        lastWasSpace = true;
      } else {
        out.push(u, segStartCp, cpIndex);
        lastWasSpace = false;
      }
    }
  }
  return cpIndex;
}

/** Collects UTF-16 units into a string without per-character concatenation. */
class UnitBuffer implements Sink {
  protected units: Uint16Array;
  protected length = 0;
  private identity = true;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity + 8));
  }

  push(unit: number, from = 0, to = 0): void {
    if (this.length === this.units.length) this.grow();
    if (from !== this.length || to !== from + 1) this.identity = false;
    this.units[this.length++] = unit;
  }

  /** Whether unit i came from code point i, for every i, and nothing was dropped at the end. */
  isIdentity(originalLength: number): boolean {
    return this.identity && this.length === originalLength;
  }

  protected grow(): void {
    const bigger = new Uint16Array(this.units.length * 2);
    bigger.set(this.units);
    this.units = bigger;
  }

  toString(): string {
    let s = '';
    const CHUNK = 8192;
    for (let k = 0; k < this.length; k += CHUNK) {
      s += String.fromCharCode.apply(
        null,
        this.units.subarray(k, Math.min(this.length, k + CHUNK)) as unknown as number[],
      );
    }
    return s;
  }
}

/** A UnitBuffer that also records each unit's original code-point range. */
class MappedBuffer extends UnitBuffer {
  private from: Int32Array;
  private to: Int32Array;

  constructor(capacity: number) {
    super(capacity);
    this.from = new Int32Array(this.units.length);
    this.to = new Int32Array(this.units.length);
  }

  override push(unit: number, from = 0, to = 0): void {
    if (this.length === this.units.length) this.grow();
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.units[this.length++] = unit;
  }

  protected override grow(): void {
    super.grow();
    const from = new Int32Array(this.units.length);
    const to = new Int32Array(this.units.length);
    from.set(this.from);
    to.set(this.to);
    this.from = from;
    this.to = to;
  }

  starts(): Int32Array {
    return this.from.slice(0, this.length);
  }

  ends(): Int32Array {
    return this.to.slice(0, this.length);
  }
}
