/**
 * The sources of the `editorial` layer: every source is a page that the document's research file
 * reports (`corpus/<doc>/research/…`), so a correction rests on something the project has read.
 * The rest of an editorial note (one confidence, the project's correction and reasoning, http(s)
 * sources, anchoring) is checked by the shared parser and validation.
 */
import { researchMentionsUrl } from '../../corpus/vietnamese/research-file';
import type { LoadedAnnotation } from '../load/load-annotations';
import type { AnnotationError } from '../model/errors';

/** One `unsupported-source` error per http(s) source the research file does not report. */
export function checkEditorialSources(
  annotations: LoadedAnnotation[],
  research: { file: string; text: string },
): AnnotationError[] {
  const errors: AnnotationError[] = [];
  for (const { annotation, file } of annotations) {
    if (annotation.layer !== 'editorial') continue;
    for (const source of annotation.sources) {
      // A source that is not an http(s) URL is reported by checkLinks.
      if (!/^https?:\/\/\S+$/u.test(source) || researchMentionsUrl(research.text, source)) continue;
      errors.push({
        file,
        annotationId: annotation.id,
        code: 'unsupported-source',
        message: `the source ${source} is not a page that ${research.file} reports`,
      });
    }
  }
  return errors;
}
