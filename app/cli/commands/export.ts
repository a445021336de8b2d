/** `export FORMAT [--doc ID]`: prints the export on stdout (the export is the output, JSON or not). */
import { EXPORT_FORMATS } from '../../export/registry';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { requireDocument } from '../load-document';

export async function runExport(context: CommandContext): Promise<undefined> {
  const [format] = context.args;
  const known = Object.keys(EXPORT_FORMATS).sort();
  const exporter = format ? EXPORT_FORMATS[format] : undefined;
  if (!exporter) {
    throw new CliError(
      `${format ? `unknown export format "${format}"` : 'usage: export FORMAT'}; formats: ${known.join(', ') || 'none yet'}`,
    );
  }
  const document = requireDocument(context.doc);
  let output: string;
  try {
    output = await exporter.run(document);
  } catch (error) {
    // An exporter fails on bad data (a broken alignment, a malformed glossary or layer file,
    // an ExportInputError naming the file): say so in one line, exit 1.
    throw new CliError(
      `export ${format}: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  context.out(output);
  return undefined;
}
