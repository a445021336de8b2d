/**
 * Annotation bodies as search records: the text the project wrote about a passage (a claim's
 * paraphrase, an evidence note, an editorial correction and its reasoning) becomes searchable under
 * its layer, and a hit opens the annotated passage. Term and Vietnamese annotations only link to
 * the glossary or the Vietnamese items, so they have no body text of their own to search.
 */
import type { Block, Document, Span } from '../../../corpus/model/document';
import type { TriglotAnnotation } from '../../../annotations/model/annotation';
import type { AnchorResult } from '../../../annotations/model/anchor';
import type { SearchRecord } from './search-record';
import { pageAt, sectionTitles } from './search-record';

/** The searchable texts of one annotation (empty when it has none). */
export function annotationTexts(annotation: TriglotAnnotation): string[] {
  switch (annotation.layer) {
    case 'claim':
      return [annotation.paraphrase];
    case 'evidence':
      return annotation.note ? [annotation.note] : [];
    case 'editorial':
      return [annotation.correction, annotation.note];
    case 'term':
    case 'vietnamese':
      return [];
  }
}

/**
 * An annotation as the loaders give it: with where it was anchored (the reader's and the command
 * line's loaders both anchor), or bare, when its stored selectors are taken as they are.
 */
export type AnnotationInput =
  TriglotAnnotation | { annotation: TriglotAnnotation; anchor: AnchorResult };

/** The annotation and the passage it lands on (null for an orphan: no passage to open). */
function placed(input: AnnotationInput): {
  annotation: TriglotAnnotation;
  at: (Span & { blockId: string }) | null;
} {
  if ('annotation' in input) {
    const { annotation, anchor } = input;
    if (anchor.status === 'orphan') return { annotation, at: null };
    return { annotation, at: { blockId: anchor.blockId, start: anchor.start, end: anchor.end } };
  }
  const { blockId, position } = input.target;
  return { annotation: input, at: { blockId, start: position.start, end: position.end } };
}

/**
 * Search records for the bodies of `annotations` on `document`, at the passage each is anchored
 * to. Orphans are skipped here (a hit must open a passage); validation and the reader report them.
 */
export function recordsFromAnnotations(
  document: Document,
  annotations: AnnotationInput[],
): SearchRecord[] {
  const blocks = new Map<string, Block>(document.blocks.map((b) => [b.id, b]));
  const titles = sectionTitles(document);
  const records: SearchRecord[] = [];
  for (const input of annotations) {
    const { annotation, at } = placed(input);
    const block = at ? blocks.get(at.blockId) : undefined;
    const texts = annotationTexts(annotation).filter((t) => t.trim() !== '');
    if (!at || !block || texts.length === 0) continue;
    const { start, end } = at;
    const first = pageAt(block, start) ?? block.pages[0];
    const last = pageAt(block, Math.max(start, end - 1)) ?? block.pages[1];
    records.push({
      id: annotation.id,
      docId: document.id,
      blockId: block.id,
      kind: 'annotation',
      // Annotation bodies are the project's English writing (see annotations/FORMAT.md).
      lang: 'en',
      layer: annotation.layer,
      section: block.section,
      sectionTitle: titles.get(block.section) ?? '',
      pages: [first, last],
      pageBreaks: [],
      text: texts.join('\n'),
      anchor: { start, end },
    });
  }
  return records;
}
