import type { Lang } from '../../../corpus/model/document';
import { scriptRuns } from './script-runs';

/** The project's prose, each run in its language (Chinese and Vietnamese quoted inside English). */
export function ScriptText({ text, base = 'en' }: { text: string; base?: Lang }) {
  return (
    <span data-content="">
      {scriptRuns(text, base).map((run, i) => (
        <span key={i} lang={run.lang}>
          {run.text}
        </span>
      ))}
    </span>
  );
}
