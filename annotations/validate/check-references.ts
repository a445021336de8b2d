/**
 * Triglot's own checks across a document's layers: ids unique and well-formed, every link resolves
 * (evidence → claims, term → glossary, editorial → URLs), every annotation anchors where its
 * selectors say (an orphan or a stale selector is a problem).
 */
import type { Document } from '../../corpus/model/document';
import { describe } from '../anchoring/describe';
import type { LoadedAnnotations } from '../load/load-annotations';
import { annotationIri } from '../model/iris';
import type { AnnotationError } from '../model/errors';

/** Unique ids of the form `urn:triglot:anno:<doc>:<layer>:<local>`. */
export function checkIds(loaded: LoadedAnnotations): AnnotationError[] {
  const errors: AnnotationError[] = [];
  const seen = new Map<string, string>();
  for (const { annotation, file } of loaded.annotations) {
    const first = seen.get(annotation.id);
    if (first !== undefined) {
      errors.push({
        file,
        annotationId: annotation.id,
        code: 'duplicate-id',
        message: `the id is also used in ${first}`,
      });
    } else seen.set(annotation.id, file);
    const base = annotationIri(loaded.docId, annotation.layer, '');
    if (!annotation.id.startsWith(base) || !/^[\w.-]+$/u.test(annotation.id.slice(base.length))) {
      errors.push({
        file,
        annotationId: annotation.id,
        code: 'malformed-id',
        message: `the id must be ${base}<local> (letters, digits, . _ -)`,
      });
    }
  }
  return errors;
}

/** Evidence supports ≥ 1 claim and each link is a claim; term links name glossary entries. */
export function checkLinks(loaded: LoadedAnnotations): AnnotationError[] {
  const errors: AnnotationError[] = [];
  const layerOf = new Map(
    loaded.annotations.map(({ annotation }) => [annotation.id, annotation.layer]),
  );
  const terms = new Set(loaded.glossary.terms.map((t) => t.id));
  const fail = (file: string, annotationId: string, message: string) =>
    errors.push({ file, annotationId, code: 'dangling-link', message });
  for (const { annotation, file } of loaded.annotations) {
    if (annotation.layer === 'evidence') {
      if (annotation.supports.length === 0)
        fail(
          file,
          annotation.id,
          'the evidence links to no claim (it needs a linking body per claim it supports)',
        );
      for (const target of annotation.supports) {
        const layer = layerOf.get(target);
        if (layer === undefined)
          fail(file, annotation.id, `links to ${target}, which is not a loaded annotation`);
        else if (layer !== 'claim')
          fail(file, annotation.id, `links to ${target}, a ${layer} annotation, not a claim`);
      }
    } else if (annotation.layer === 'term' && !terms.has(annotation.termId)) {
      const where = loaded.glossaryFile ?? 'no glossary.json';
      fail(
        file,
        annotation.id,
        `links to the glossary entry "${annotation.termId}", which is not in ${where}`,
      );
    } else if (annotation.layer === 'editorial') {
      for (const source of annotation.sources) {
        if (!/^https?:\/\/\S+$/u.test(source))
          fail(file, annotation.id, `the source ${source} is not an http(s) URL`);
      }
    }
  }
  return errors;
}

/**
 * Orphans; annotations placed only by quote or fuzzy match; and annotations placed by position
 * whose stored quote context is not what `describe` gives there now (the text around them moved).
 * In every case but the orphan the stored selectors are stale: describe the annotation again.
 */
export function checkAnchors(document: Document, loaded: LoadedAnnotations): AnnotationError[] {
  const errors: AnnotationError[] = [];
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  for (const { annotation, file, anchor } of loaded.annotations) {
    const { blockId, position, quote } = annotation.target;
    const stored = `${blockId} [${position.start}, ${position.end})`;
    const fail = (code: AnnotationError['code'], message: string) =>
      errors.push({ file, annotationId: annotation.id, code, message });
    if (anchor.status === 'orphan') {
      fail('orphan', `cannot be placed (${stored}): ${anchor.reason}`);
    } else if (anchor.strategy !== 'position') {
      fail(
        'stale-selectors',
        `the stored position ${stored} is stale: found by ${anchor.strategy} match at ${anchor.blockId} [${anchor.start}, ${anchor.end}) (score ${anchor.score}); describe it again there`,
      );
    } else {
      const block = blocks.get(anchor.blockId);
      const now = block ? describe(block, anchor.start, anchor.end).quote : quote;
      if (now.prefix !== quote.prefix || now.suffix !== quote.suffix) {
        fail(
          'stale-selectors',
          `the stored context of 「${quote.exact}」 at ${stored} is no longer the text around it; describe it again there`,
        );
      }
    }
  }
  return errors;
}
