import type { Lang } from '../../../corpus/model/document';
import type { Snippet } from '../../search';
import { langRuns } from '../reader/lang-runs';

interface Piece {
  text: string;
  lang: string | null;
  marked: boolean;
}

/** Cuts a snippet at its highlights and at its Latin runs (code points), so each piece is one span. */
function pieces(snippet: Snippet, lang: string): Piece[] {
  const chars = Array.from(snippet.text);
  const base: Lang = lang === 'en' || lang === 'vi' ? lang : 'zh-Hant';
  const runs = langRuns(snippet.text, base);
  const cuts = new Set([0, chars.length]);
  for (const h of snippet.highlights) cuts.add(h.start).add(h.end);
  for (const r of runs) cuts.add(r.start).add(r.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const run = runs.find((r) => r.start <= start && end <= r.end);
    out.push({
      text: chars.slice(start, end).join(''),
      lang: run ? run.lang : null,
      marked: snippet.highlights.some((h) => h.start <= start && end <= h.end),
    });
  }
  return out;
}

/** A keyword-in-context snippet: the original text with every occurrence in it marked. */
export function ResultSnippet({ snippet, lang }: { snippet: Snippet; lang: string }) {
  // A glossary entry mixes languages: its Chinese is the base, its Latin runs get their own.
  const blockLang = lang === 'mul' ? 'zh-Hant' : lang;
  return (
    <span className="hit-snippet" lang={blockLang} data-content="">
      {snippet.cutBefore && '…'}
      {pieces(snippet, blockLang).map((piece, i) => {
        const Tag = piece.marked ? 'mark' : 'span';
        return (
          <Tag key={i} lang={piece.lang ?? undefined}>
            {piece.text}
          </Tag>
        );
      })}
      {snippet.cutAfter && '…'}
    </span>
  );
}
