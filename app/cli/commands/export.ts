/** `export FORMAT [--doc ID]`: prints the export on stdout (the export is the output, JSON or not). */
import { ExportInputError } from '../../export/export-input-error';
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
  try {
    context.out(await exporter.run(document));
  } catch (error) {
    if (error instanceof ExportInputError)
      throw new CliError(`export ${format}: ${error.message}`, 1);
    throw error;
  }
  return undefined;
}
