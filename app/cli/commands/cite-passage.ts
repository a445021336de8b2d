/**
 * `cite-passage BLOCK_ID [--start N --end N] [--project KIND] [--base URL]`: how to cite a passage
 * of the article (Chicago author-date and APA, page(s), permalink, caveat for project text).
 */
import { citePassage } from '../../citation/cite-passage';
import { loadCslResources } from '../../citation/node-csl-resources';
import { PROJECT_TEXT_KINDS } from '../../citation/project-text';
import type { ProjectTextKind } from '../../citation/project-text';
import type { Span } from '../../../corpus/model/document';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { requireDocument } from '../load-document';

const USAGE = 'usage: cite-passage BLOCK_ID [--start N --end N] [--project KIND] [--base URL]';

export function runCitePassage(context: CommandContext): undefined {
  const [blockId, ...rest] = context.args;
  if (!blockId || rest.length > 0) throw new CliError(USAGE);
  const range = readRange(context.flags);
  const projectText = readProjectKind(context.flags.project);
  const base = context.flags.base;
  if (base !== undefined && (typeof base !== 'string' || !URL.canParse(base)))
    throw new CliError(`--base: expected an absolute URL of the reader, got "${String(base)}"`);
  const result = citePassage(
    { document: requireDocument(context.doc), blockId, range, projectText, readerUrl: base },
    loadCslResources(),
  );
  if (!result.ok) throw new CliError(result.error, 1);
  const citation = result.citation;
  if (context.json) {
    context.out(JSON.stringify(citation, null, 2));
    return undefined;
  }
  const pages =
    citation.pages[0] === citation.pages[1] ? `p. ${citation.pages[0]}` : `pp. ${citation.locator}`;
  context.out(`${citation.blockId}, ${pages}\n`);
  context.out(`Chicago author-date:\n${citation.styles['chicago-author-date'].text}\n`);
  context.out(`APA 7:\n${citation.styles.apa.text}`);
  return undefined;
}

function readRange(flags: CommandContext['flags']): Span | undefined {
  const { start, end } = flags;
  if (start === undefined && end === undefined) return undefined;
  const parse = (name: string, value: unknown): number => {
    if (typeof value !== 'string' || !/^\d+$/u.test(value))
      throw new CliError(`--${name}: expected a code-point offset (a whole number); ${USAGE}`);
    return Number(value);
  };
  return { start: parse('start', start), end: parse('end', end) };
}

function readProjectKind(value: unknown): ProjectTextKind | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (PROJECT_TEXT_KINDS as readonly string[]).includes(value))
    return value as ProjectTextKind;
  throw new CliError(`--project: expected one of ${PROJECT_TEXT_KINDS.join(', ')}`);
}
