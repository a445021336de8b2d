import type { Lang } from '../../../corpus/model/document';
import { utf16ToCodePoint } from '../../../corpus/text/code-points';
import { langRuns } from '../reader/lang-runs';
import type { LangRun } from '../reader/lang-runs';

interface Props {
  text: string;
  lang: string;
  className?: string;
}

/** Chinese runs inside English or Vietnamese text (a scholar's name in a definition: 薛健吾 2016). */
const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff08\uff09\uff0c、]*/gu;

function hanRuns(text: string): LangRun[] {
  return [...text.matchAll(HAN_RUN)].map((match) => {
    const start = utf16ToCodePoint(text, match.index);
    return { start, end: start + Array.from(match[0]).length, lang: 'zh-Hant' };
  });
}

/**
 * A piece of text with its language, and the language of each run in another script inside it:
 * Latin runs in Chinese (`en` or `vi`), Chinese runs in English or Vietnamese.
 */
export function LangText({ text, lang, className }: Props) {
  const chars = Array.from(text);
  const runs = lang === 'zh-Hant' ? langRuns(text, lang as Lang) : hanRuns(text);
  const parts: { text: string; lang: string | null }[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) parts.push({ text: chars.slice(at, run.start).join(''), lang: null });
    parts.push({ text: chars.slice(run.start, run.end).join(''), lang: run.lang });
    at = run.end;
  }
  if (at < chars.length) parts.push({ text: chars.slice(at).join(''), lang: null });
  return (
    <span lang={lang} className={className} data-content="">
      {parts.map((part, i) =>
        part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}
