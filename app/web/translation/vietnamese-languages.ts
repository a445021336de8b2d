/**
 * The language of every Latin-script Vietnamese occurrence: `vi` for quốc ngữ and for Vietnamese
 * written without diacritics (Doi Moi, Nguyen Phu Trong, Thanh Nien), `en` for English names of
 * Vietnamese things (Hanoi, MPI). Chinese-character forms keep their block's `zh-Hant`.
 */
import { sliceCodePoints } from '../../../corpus/text/code-points';
import type { LanguageProvider } from '../reader/language-overrides';
import type { LangRun } from '../reader/lang-runs';
import { formOf, langOfScript, translationIndex } from './translation-index';

/** Language runs of the Vietnamese layer's Latin-script occurrences in a block. */
export const vietnameseLanguages: LanguageProvider = (block, { document, annotations }) => {
  const index = translationIndex(document, annotations);
  const placed = index.byBlock.get(block.id);
  if (!placed) return [];
  const runs: LangRun[] = [];
  placed.vietnamese.forEach((anchor, i) => {
    const occurrence = index.vietnamese.get(placed.ids[i] ?? '');
    const item = index.item.get(occurrence?.annotation.itemId ?? '');
    const form = formOf(item, sliceCodePoints(block.text, anchor.start, anchor.end));
    if (!form || form.script === 'han') return;
    runs.push({ start: anchor.start, end: anchor.end, lang: langOfScript(form.script) });
  });
  return runs;
};
