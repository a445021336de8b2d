/** The adapter from a stored Vietnamese item (`corpus/<doc>/vietnamese.json`) to the TEI's view. */
import type { FormScript, VietnameseItem } from '../../../corpus/vietnamese/item-types';
import type { VietnameseItemInfo } from './tei-inputs';

/** Quốc ngữ with or without its diacritics is Vietnamese; an English name is English. */
const LANG_OF_SCRIPT: Record<FormScript, 'vi' | 'zh-Hant' | 'en'> = {
  'quoc-ngu': 'vi',
  'latin-plain': 'vi',
  han: 'zh-Hant',
  english: 'en',
};

/** The item's standard spelling, gloss and forms (a quotation has no standard spelling). */
export function vietnameseItemInfo(item: VietnameseItem): VietnameseItemInfo {
  return {
    id: item.id,
    ...(item.vi === null ? {} : { standard: item.vi }),
    gloss: item.gloss,
    forms: item.forms.map((form) => ({ text: form.text, lang: LANG_OF_SCRIPT[form.script] })),
  };
}
