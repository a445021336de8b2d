import type { Lang } from '../../../corpus/model/document';
import { sliceCodePoints, utf16ToCodePoint } from '../../../corpus/text/code-points';
import { langRuns } from '../reader/lang-runs';
import type { LangRun } from '../reader/lang-runs';

// Han characters with the CJK punctuation between them (「」：，∼), as one run.
const HAN_RUN =
  /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef∼]*\p{Script=Han}[」』）]?)?/gu;

/** Chinese-character runs inside Latin-script text, as `zh-Hant`. */
function hanRuns(text: string): LangRun[] {
  return [...text.matchAll(HAN_RUN)].map((match) => {
    const start = utf16ToCodePoint(text, match.index);
    return { start, end: start + Array.from(match[0]).length, lang: 'zh-Hant' };
  });
}

interface Props {
  text: string;
  lang: Lang;
  className?: string;
}

/**
 * Text from the document (or written about it) outside the reading pane, with its language, and
 * the language of each run in another script: Latin runs inside Chinese text (`Kuik 2008`,
 * `Dan Tri`) as the reading pane marks them, and Chinese runs inside an English citation string
 * (the article's title).
 */
export function ContentText({ text, lang, className }: Props) {
  const runs = lang === 'zh-Hant' ? langRuns(text, lang) : hanRuns(text);
  if (runs.length === 0)
    return (
      <span lang={lang} className={className} data-content="">
        {text}
      </span>
    );
  const pieces: { text: string; lang: Lang | null; at: number }[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) pieces.push({ text: sliceCodePoints(text, at, run.start), lang: null, at });
    pieces.push({ text: sliceCodePoints(text, run.start, run.end), lang: run.lang, at: run.start });
    at = run.end;
  }
  const rest = sliceCodePoints(text, at);
  if (rest) pieces.push({ text: rest, lang: null, at });
  return (
    <span lang={lang} className={className} data-content="">
      {pieces.map((piece) =>
        piece.lang ? (
          <span key={piece.at} lang={piece.lang}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </span>
  );
}

/** The language a source's label is written in: Chinese characters, else Latin script. */
export function labelLang(label: string): Lang {
  return /\p{Script=Han}/u.test(label) ? 'zh-Hant' : 'en';
}
