/** `sources` (every cited work) and `cite QUERY` (the works a query names), with every citation. */
import { loadCitationIndex } from '../../../corpus/load/node-citation-index';
import type { CitationIndex } from '../../../corpus/citations/citation-index';
import { matchSources } from '../../../corpus/citations/match-sources';
import type { SourceEntry } from '../../../corpus/citations/source-index';
import { formatProblem } from '../../../corpus/pipeline/problems';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { requireDocument } from '../load-document';
import { formatSourceText, toSourceJson } from '../source-json';

export function runSources(context: CommandContext): number {
  const index = loadIndex(context);
  printSources(context, index.sources);
  return index.problems.length === 0 ? 0 : 1;
}

export function runCite(context: CommandContext): number {
  const query = context.args.join(' ').trim();
  if (!query) throw new CliError('usage: cite QUERY (an author, "Author Year", or a source key)');
  const index = loadIndex(context);
  const found = matchSources(index.sources, query);
  printSources(context, found);
  if (found.length === 0) process.stderr.write(`triglot: no cited work matches "${query}"\n`);
  return found.length === 0 || index.problems.length > 0 ? 1 : 0;
}

// Classification problems do not hide the citations: they are reported and the exit code is 1.
function loadIndex(context: CommandContext): CitationIndex {
  const index = loadCitationIndex(requireDocument(context.doc));
  for (const problem of index.problems)
    process.stderr.write(`triglot: ${formatProblem(problem)}\n`);
  return index;
}

function printSources(context: CommandContext, sources: SourceEntry[]): void {
  if (context.json) context.out(JSON.stringify({ sources: sources.map(toSourceJson) }, null, 2));
  else for (const entry of sources) context.out(formatSourceText(entry));
}
