/** `validate`: checks every document (and, later, every annotation layer); exit 1 on problems. */
import { listDocumentIds, loadDocument } from '../../../corpus/load/node-loader';
import { formatProblem } from '../../../corpus/pipeline/problems';
import type { Problem } from '../../../corpus/pipeline/problems';
import { checkDocument } from '../../../corpus/validate/check-document';
import { toPlainProblem } from '../../../corpus/validate/coded-problem';
import { checkTranslationData } from '../../../annotations/layer-check/translation-check';
import type { CommandContext } from '../command';

export function runValidate(context: CommandContext): number {
  const ids = context.doc ? [context.doc] : listDocumentIds();
  const problems: Problem[] = [];
  for (const id of ids) {
    const result = loadDocument(id);
    problems.push(...result.problems);
    if (result.document) problems.push(...checkDocument(result.document));
    // Alignment, Vietnamese items and layer, editorial layer (issue 7).
    if (result.document)
      problems.push(...checkTranslationData(result.document).map(toPlainProblem));
  }
  if (context.json) {
    context.out(JSON.stringify({ ok: problems.length === 0, documents: ids, problems }, null, 2));
  } else if (problems.length === 0) {
    context.out(`ok: ${ids.length} document(s) valid`);
  } else {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
