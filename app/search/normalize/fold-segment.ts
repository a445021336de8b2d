/**
 * Folds one segment — a base character with the combining marks that follow it — under a set of
 * folds. The normaliser calls this for everything outside its ASCII and CJK fast paths; results are
 * cached per fold combination because the same segments (，。「」 ố …) recur throughout a text.
 */
import { isFormatControl, isWidthForm } from './char-class';
import type { Folds } from './folds';
import { foldsKey } from './folds';
import { foldScript } from './script-fold';

const LATIN_MARKS = /[\u0300-\u036f]/gu;
const LATIN_BASE = /^\p{Script=Latin}/u;
const caches: Map<string, string>[] = Array.from({ length: 16 }, () => new Map());
const CACHE_LIMIT = 50_000;

/** The folded form of `segment` (possibly empty, possibly longer than the segment). */
export function foldSegment(segment: string, folds: Folds): string {
  const cache = caches[foldsKey(folds)] as Map<string, string>;
  const cached = cache.get(segment);
  if (cached !== undefined) return cached;
  const folded = computeFold(segment, folds);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(segment, folded);
  return folded;
}

function computeFold(segment: string, folds: Folds): string {
  const base = segment.codePointAt(0) ?? 0;
  // A lone surrogate can only come from a query; it can never match well-formed text.
  if (base >= 0xd800 && base <= 0xdfff) return '\ufffd';
  if (isFormatControl(base)) return '';
  let s = segment;
  if (folds.case && (folds.width || !isWidthForm(base))) s = s.normalize('NFKC');
  else if (folds.width && isWidthForm(base)) s = s.normalize('NFKC');
  else s = s.normalize('NFC');
  if (folds.case) s = s.toUpperCase().toLowerCase();
  if (folds.diacritics && LATIN_BASE.test(s)) {
    s = s.normalize('NFD').replace(LATIN_MARKS, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
  }
  if (folds.script) {
    let out = '';
    for (const ch of s) out += String.fromCodePoint(foldScript(ch.codePointAt(0) ?? 0));
    s = out;
  }
  return s.normalize('NFC');
}
