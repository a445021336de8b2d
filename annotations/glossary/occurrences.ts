/**
 * Occurrences of the glossary's surface forms in a document (FORMAT.md, "Surface forms and
 * coverage"): every block; Chinese forms by exact substring; English forms case-insensitively at
 * word boundaries; leftmost-longest over all forms of all terms at once, so 軟制衡 is not also an
 * occurrence of 制衡.
 */
import type { Document } from '../../corpus/model/document';
import { codePointLength, utf16ToCodePoint } from '../../corpus/text/code-points';
import type { Glossary } from '../model/glossary';

export interface Occurrence {
  termId: string;
  blockId: string;
  /** Code points in the block's text. */
  start: number;
  end: number;
  /** The text as printed (an English form keeps its case). */
  text: string;
}

interface Form {
  termId: string;
  form: string;
  /** English forms are compared lower-cased (`key`), at Latin word boundaries. */
  english: boolean;
  key: string;
}

/**
 * An English word boundary: Latin letters, digits and combining marks continue a word; CJK
 * characters do not (「的hedging策略」 contains the word "hedging").
 */
const WORD = /[\p{Script=Latin}\p{N}\p{M}]/u;

/** Every surface form of every term, longest first (the order leftmost-longest needs). */
export function surfaceForms(glossary: Glossary): Form[] {
  const forms = glossary.terms.flatMap((term) => [
    ...term.zh.map((form) => ({ termId: term.id, form, english: false, key: form })),
    ...term.enForms.map((form) => ({
      termId: term.id,
      form,
      english: true,
      key: form.toLowerCase(),
    })),
  ]);
  return forms.sort((a, b) => codePointLength(b.form) - codePointLength(a.form));
}

/** Every occurrence of a surface form in `document`, block by block, in text order. */
export function findOccurrences(document: Document, glossary: Glossary): Occurrence[] {
  const forms = surfaceForms(glossary);
  const found: Occurrence[] = [];
  for (const block of document.blocks) {
    const text = block.text;
    const lower = text.toLowerCase();
    let i = 0;
    while (i < text.length) {
      const match = forms.find((f) => matchesAt(text, lower, i, f));
      if (!match) {
        i++;
        continue;
      }
      const start = utf16ToCodePoint(text, i);
      const matched = text.slice(i, i + match.form.length);
      found.push({
        termId: match.termId,
        blockId: block.id,
        start,
        end: start + codePointLength(matched),
        text: matched,
      });
      i += match.form.length;
    }
  }
  return found;
}

function matchesAt(text: string, lower: string, i: number, form: Form): boolean {
  if (!form.english) return text.startsWith(form.form, i);
  // Lower-casing keeps UTF-16 lengths for the scripts of this corpus; check it rather than assume.
  if (lower.length !== text.length) return text.startsWith(form.form, i);
  if (!lower.startsWith(form.key, i)) return false;
  const before = text.charAt(i - 1);
  const after = text.charAt(i + form.form.length);
  return !WORD.test(before) && !WORD.test(after);
}
