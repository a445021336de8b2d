/**
 * Language runs of the project's own prose (glosses, notes, corrections), which quote Chinese and
 * Vietnamese inside English: 「Hoàng Sa (Quần đảo Hoàng Sa): the vowel…」, 「阮 Nguyễn · 富 Phú」.
 * Han runs are `zh-Hant`; a run of Latin words that holds a Vietnamese letter or tone mark, with the
 * capitalised words next to it (the "Sa" of "Hoàng Sa"), is `vi`; the rest keeps the base language.
 */
import type { Lang } from '../../../corpus/model/document';

export interface TextRun {
  text: string;
  lang: Lang;
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2e80-\u2eff]+/gu;
const VIETNAMESE_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]|\p{M}/u;
// Words joined by single spaces or hyphens; punctuation ends a run.
const WORD_GROUP = /[\p{L}\p{M}\p{N}]+(?:[ -][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits `text` into runs with their language; `base` is the language of the prose. */
export function scriptRuns(text: string, base: Lang): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN)) {
    if (match.index > last) runs.push(...latinRuns(text.slice(last, match.index), base));
    runs.push({ text: match[0], lang: 'zh-Hant' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(...latinRuns(text.slice(last), base));
  return merge(runs);
}

function latinRuns(text: string, base: Lang): TextRun[] {
  if (base === 'vi') return [{ text, lang: 'vi' }];
  const runs: TextRun[] = [];
  let last = 0;
  for (const group of text.matchAll(WORD_GROUP)) {
    const words = [...group[0].matchAll(/[^ -]+/gu)];
    const vietnamese = words.map((w) => VIETNAMESE_LETTER.test(w[0]));
    let i = 0;
    while (i < words.length) {
      if (!vietnamese[i]) {
        i++;
        continue;
      }
      // Widen the run over capitalised neighbours: the plain syllables of a Vietnamese name.
      let from = i;
      let to = i;
      while (to + 1 < words.length && (vietnamese[to + 1] || isCapitalised(words[to + 1]?.[0])))
        to++;
      while (from > 0 && isCapitalised(words[from - 1]?.[0]) && !vietnamese[from - 1]) from--;
      const start = group.index + (words[from]?.index ?? 0);
      const endWord = words[to];
      const end = group.index + (endWord?.index ?? 0) + (endWord?.[0].length ?? 0);
      if (start > last) runs.push({ text: text.slice(last, start), lang: base });
      runs.push({ text: text.slice(start, end), lang: 'vi' });
      last = end;
      i = to + 1;
    }
  }
  if (last < text.length) runs.push({ text: text.slice(last), lang: base });
  return runs;
}

function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

function merge(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    if (previous && previous.lang === run.lang) previous.text += run.text;
    else if (run.text !== '') merged.push({ ...run });
  }
  return merged;
}
