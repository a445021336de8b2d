import type { Lang } from '../../../corpus/model/document';
import { langRuns } from '../reader/lang-runs';

interface Props {
  text: string;
  lang: string;
  className?: string;
}

/** A piece of document text with its language, and the language of each Latin run inside Chinese. */
export function LangText({ text, lang, className }: Props) {
  const chars = Array.from(text);
  const runs = langRuns(text, lang as Lang);
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
