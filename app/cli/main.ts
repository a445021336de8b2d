/** Triglot's command line: `npm run cli -- <command> [args] [--json]`. */
import { parseArgs } from 'node:util';
import { AnnotationLayersError } from '../../annotations/load/require-annotations';
import { CliError } from './cli-error';
import type { Command } from './command';
import { runBlocks, runPage } from './commands/blocks';
import { runExport } from './commands/export';
import { runCitePassage } from './commands/cite-passage';
import { runCite, runSources } from './commands/sources';
import { runGlossary } from './commands/glossary';
import { runSearch, SEARCH_OPTIONS } from './commands/search';
import { runValidate } from './commands/validate';

const COMMANDS: Record<string, Command> = {
  blocks: { usage: 'blocks [--doc ID]', run: runBlocks },
  page: { usage: 'page N [--doc ID]', run: runPage },
  validate: { usage: 'validate [--doc ID]', run: runValidate },
  export: { usage: 'export FORMAT [--doc ID]', run: runExport },
  cite: { usage: 'cite QUERY [--doc ID]', run: runCite },
  sources: { usage: 'sources [--doc ID]', run: runSources },
  'cite-passage': {
    usage: 'cite-passage BLOCK_ID [--start N --end N] [--project KIND] [--base URL] [--doc ID]',
    options: {
      start: { type: 'string' },
      end: { type: 'string' },
      project: { type: 'string' },
      base: { type: 'string' },
    },
    run: runCitePassage,
  },
  glossary: { usage: 'glossary [--doc ID]', run: runGlossary },
  search: {
    usage: 'search QUERY [--kind K] [--lang L] [--layer Y] [--exact] [--folds LIST] [--doc ID]',
    options: SEARCH_OPTIONS,
    run: runSearch,
  },
};

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      json: { type: 'boolean' },
      doc: { type: 'string' },
      help: { type: 'boolean' },
      // Every command's own options, so that an option's value is not taken for a positional.
      ...Object.assign({}, ...Object.values(COMMANDS).map((c) => c.options ?? {})),
    },
  });
  const [name, ...args] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (!command || values.help) {
    const usage = Object.values(COMMANDS)
      .map((c) => `  ${c.usage} [--json]`)
      .join('\n');
    if (name && !command) throw new CliError(`unknown command "${name}"; commands:\n${usage}`);
    process.stdout.write(`usage: npm run cli -- <command>\n${usage}\n`);
    return name ? 0 : 2;
  }
  const doc = typeof values.doc === 'string' ? values.doc : undefined;
  const result = await command.run({
    args,
    doc,
    json: values.json === true,
    flags: values,
    out: (text) => process.stdout.write(`${text}\n`),
  });
  return typeof result === 'number' ? result : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`triglot: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof AnnotationLayersError) {
      process.stderr.write(`triglot: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `triglot: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    }
  },
);
