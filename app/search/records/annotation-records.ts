/**
 * Annotation bodies as search records: the text the project wrote about a passage (a claim's
 * paraphrase, an evidence note, an editorial correction and its reasoning) becomes searchable under
 * its layer, and a hit opens the annotated passage. Term and Vietnamese annotations only link to
 * the glossary or the Vietnamese items, so they have no body text of their own to search.
 */
import type { Block, Document } from '../../../corpus/model/document';
import type { TriglotAnnotation } from '../../../annotations/model/annotation';
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

/** Search records for the bodies of `annotations` on `document` (unanchorable ones are skipped). */
export function recordsFromAnnotations(
  document: Document,
  annotations: TriglotAnnotation[],
): SearchRecord[] {
  const blocks = new Map<string, Block>(document.blocks.map((b) => [b.id, b]));
  const titles = sectionTitles(document);
  const records: SearchRecord[] = [];
  for (const annotation of annotations) {
    const block = blocks.get(annotation.target.blockId);
    const texts = annotationTexts(annotation).filter((t) => t.trim() !== '');
    if (!block || texts.length === 0) continue;
    const { start, end } = annotation.target.position;
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
