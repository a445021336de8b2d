/** Picks and builds the document a command is about. */
import { listDocumentIds, loadDocument } from '../../corpus/load/node-loader';
import type { Document } from '../../corpus/model/document';
import { formatProblem } from '../../corpus/pipeline/problems';
import { CliError } from './cli-error';

/** The document named by `--doc`, or the only one; unknown or unbuildable documents are errors. */
export function requireDocument(docId: string | undefined): Document {
  const ids = listDocumentIds();
  const id = docId ?? (ids.length === 1 ? ids[0] : undefined);
  if (!id) throw new CliError(`several documents (${ids.join(', ')}): choose one with --doc ID`);
  if (!ids.includes(id))
    throw new CliError(`unknown document "${id}" (known: ${ids.join(', ') || 'none'})`);
  const result = loadDocument(id);
  if (!result.document) {
    throw new CliError(
      `cannot build document "${id}":\n${result.problems.map(formatProblem).join('\n')}`,
      1,
    );
  }
  return result.document;
}
