/** `validate`: checks every document and its annotation layers; exit 1 on problems. */
import { loadAnnotations } from '../../../annotations/load/node-loader';
import type { AnnotationError } from '../../../annotations/model/errors';
import { validateAnnotations } from '../../../annotations/validate/validate-annotations';
import { listDocumentIds, loadDocument } from '../../../corpus/load/node-loader';
import { formatProblem } from '../../../corpus/pipeline/problems';
import type { Problem } from '../../../corpus/pipeline/problems';
import { checkDocument } from '../../../corpus/validate/check-document';
import { toPlainProblem } from '../../../corpus/validate/coded-problem';
import { checkTranslationData } from '../../../corpus/validate/check-translation-data';
import type { CommandContext } from '../command';

export async function runValidate(context: CommandContext): Promise<number> {
  const ids = context.doc ? [context.doc] : listDocumentIds();
  const problems: Problem[] = [];
  for (const id of ids) {
    const result = loadDocument(id);
    problems.push(...result.problems);
    if (!result.document) continue;
    problems.push(...checkDocument(result.document));
    // Alignment and Vietnamese items (corpus data), then every annotation layer against them.
    const translation = checkTranslationData(result.document);
    problems.push(...translation.problems.map(toPlainProblem));
    const loaded = loadAnnotations(result.document);
    const errors = await validateAnnotations(result.document, loaded, translation.vietnamese);
    problems.push(...errors.map(toProblem));
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

/** An annotation error as a validate problem: where = the file, the message names the annotation. */
function toProblem(error: AnnotationError): Problem {
  const subject = error.annotationId === null ? '' : `${error.annotationId}: `;
  return { where: error.file, message: `${subject}${error.message} [${error.code}]` };
}
