import type { Lang } from '../../../corpus/model/document';
import { langRuns } from '../reader/lang-runs';
import { sliceCodePoints, codePointLength } from '../../../corpus/text/code-points';

/** Words of the article outside the reading pane, with the pane's language rule for Latin runs. */
export function ArticleText({ text, lang }: { text: string; lang: Lang }) {
  const runs = langRuns(text, lang);
  const parts: { text: string; lang: Lang }[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) parts.push({ text: sliceCodePoints(text, at, run.start), lang });
    parts.push({ text: sliceCodePoints(text, run.start, run.end), lang: run.lang });
    at = run.end;
  }
  if (at < codePointLength(text)) parts.push({ text: sliceCodePoints(text, at), lang });
  return (
    <span lang={lang} data-content="">
      {parts.map((part, i) =>
        part.lang === lang ? (
          <span key={i}>{part.text}</span>
        ) : (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ),
      )}
    </span>
  );
}
