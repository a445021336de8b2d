/**
 * The extension point: every record of a document in reading order — each block, then the bodies
 * of the annotations anchored in it (by position), and the glossary entries last. The reader and
 * the command line call this with whatever layers exist; the engine indexes the result as is.
 */
import type { Document } from '../../../corpus/model/document';
import type { AnnotationInput } from './annotation-records';
import { recordsFromAnnotations } from './annotation-records';
import type { GlossaryEntryLike } from './glossary';
import { glossaryRecord } from './glossary';
import type { SearchRecord } from './search-record';
import { recordsFromDocument } from './search-record';

export interface DocumentSources {
  document: Document;
  /**
   * Annotations of any layers, as the loaders give them (`{ annotation, anchor }`, placed where
   * they anchor; orphans left out) or bare (at their stored position). Bodies without text are
   * ignored.
   */
  annotations?: AnnotationInput[];
  /** The document's glossary entries (annotations/<doc>/glossary.json `terms`). */
  glossary?: GlossaryEntryLike[];
}

/** All search records of one document, in reading order. */
export function buildRecords({
  document,
  annotations = [],
  glossary = [],
}: DocumentSources): SearchRecord[] {
  const bodies = recordsFromAnnotations(document, annotations);
  const byBlock = new Map<string, SearchRecord[]>();
  for (const record of bodies) {
    const list = byBlock.get(record.blockId) ?? [];
    list.push(record);
    byBlock.set(record.blockId, list);
  }
  const records: SearchRecord[] = [];
  for (const block of recordsFromDocument(document)) {
    records.push(block);
    const attached = byBlock.get(block.blockId) ?? [];
    attached.sort((a, b) => (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0));
    records.push(...attached);
  }
  for (const entry of glossary) records.push(glossaryRecord(document.id, entry));
  return records;
}
