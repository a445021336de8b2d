/**
 * Checks the stored `editorial` layer: every note anchors on its text, carries one confidence from
 * the vocabulary, a correction and a reasoning written by the project, and cites as sources only
 * pages that the research file reports.
 */
import type { Document } from '../../corpus/model/document';
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { researchMentionsUrl } from '../../corpus/vietnamese/research-file';
import { CONFIDENCE } from '../model/annotation';
import { PROJECT_AGENT, vocabIri } from '../model/iris';
import { checkAnchor } from '../layer-check/check-anchor';
import type { ReadAnnotation } from '../layer-check/read-layer';

const CONFIDENCE_IRIS = new Map(CONFIDENCE.map((c) => [vocabIri(`confidence-${c}`), c]));

/** Every problem of the editorial annotations; `research` is the research file's text, if any. */
export function checkEditorialLayer(
  annotations: ReadAnnotation[],
  document: Document,
  research: string | null,
  file: string,
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const fail = (where: string, code: string, message: string) =>
    problems.push({ where: `${file}: ${where}`, code, message });
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  const seen = new Set<string>();
  for (const annotation of annotations) {
    const where = annotation.id;
    if (seen.has(where)) fail(where, 'duplicate-id', 'the annotation id is used twice');
    seen.add(where);
    if (annotation.layer !== 'editorial')
      fail(
        where,
        'wrong-layer',
        `the first classifying body says ${annotation.layer ?? 'nothing'}, not editorial`,
      );
    const confidences = annotation.bodies.filter(
      (b) => b.purpose === 'classifying' && CONFIDENCE_IRIS.has(b.source ?? ''),
    );
    if (confidences.length !== 1)
      fail(
        where,
        'confidence',
        `has ${confidences.length} confidence bodies; exactly one of ${CONFIDENCE.join(', ')} is expected`,
      );
    for (const purpose of ['editing', 'commenting']) {
      const texts = annotation.bodies.filter(
        (b) => b.type === 'TextualBody' && b.purpose === purpose,
      );
      if (texts.length !== 1 || !texts[0]?.value?.trim())
        fail(
          where,
          `missing-${purpose}`,
          `has ${texts.length} ${purpose} text bodies; exactly one non-empty is expected`,
        );
      else if (texts[0].creatorId !== PROJECT_AGENT.id)
        fail(
          where,
          'not-the-projects',
          `the ${purpose} body must name the project (${PROJECT_AGENT.id}) as its creator`,
        );
    }
    for (const source of annotation.bodies
      .filter((b) => b.purpose === 'linking')
      .map((b) => b.source ?? '')) {
      if (!/^https?:\/\/\S+$/u.test(source))
        fail(where, 'source-not-url', `source "${source}" is not an http(s) URL`);
      else if (research !== null && !researchMentionsUrl(research, source))
        fail(
          where,
          'source-not-in-research',
          `source ${source} is not a page the research file reports`,
        );
    }
    problems.push(...checkAnchor(annotation.target, blocks, `${file}: ${where}`));
  }
  return problems;
}
