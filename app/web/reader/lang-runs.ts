/**
 * Language of the Latin-script runs inside a Chinese block, so that fonts and screen readers switch
 * for 「Biển Đông」 or 「(Kang 2003; Kuik 2008)」. A run with Vietnamese letters or tone marks is
 * Vietnamese; other Latin runs are English (names without diacritics cannot be told apart here).
 */
import type { Lang } from '../../../corpus/model/document';
import { utf16ToCodePoint } from '../../../corpus/text/code-points';

export interface LangRun {
  start: number;
  end: number;
  lang: Lang;
}

const LATIN_RUN =
  /[\p{Script=Latin}][\p{Script=Latin}\p{N}\p{M} .,;:'’‐-]*[\p{Script=Latin}\p{N}.]|[\p{Script=Latin}]/gu;
const VIETNAMESE =
  /[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]|\p{M}/u;

/** Latin-script runs of a block's text (code-point offsets) with their language. */
export function langRuns(text: string, blockLang: Lang): LangRun[] {
  if (blockLang !== 'zh-Hant') return [];
  const runs: LangRun[] = [];
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = utf16ToCodePoint(text, match.index);
    const end = start + Array.from(match[0]).length;
    runs.push({ start, end, lang: VIETNAMESE.test(match[0]) ? 'vi' : 'en' });
  }
  return runs;
}
