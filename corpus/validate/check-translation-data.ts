/**
 * The corpus side of `validate` for a document's translation data (Node only): its alignment and
 * its Vietnamese items, each checked when its file exists (a document without them has nothing to
 * check; a file that is there but broken is a problem). The Vietnamese items are returned, so
 * that the annotation checks can hold the `vietnamese` layer and the editorial sources to them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkAlignment } from '../alignment/check-alignment';
import { CORPUS_DIR } from '../load/node-loader';
import { displayPath } from '../load/read-file';
import { loadAlignment, loadVietnameseItems } from '../load/translation-data';
import type { Document } from '../model/document';
import { checkVietnameseItems } from '../vietnamese/check-items';
import type { VietnameseItems } from '../vietnamese/item-types';
import type { CodedProblem } from './coded-problem';

/** What the corpus holds of a document's Vietnamese items. */
export type VietnameseData =
  /** No `vietnamese.json`: the document has no Vietnamese items. */
  | { kind: 'none' }
  /** A `vietnamese.json` that cannot be read or parsed (its problems are reported). */
  | { kind: 'unreadable'; file: string }
  | {
      kind: 'items';
      items: VietnameseItems;
      file: string;
      /** The research file the items and the editorial sources rest on, when it could be read. */
      research: { file: string; text: string } | null;
    };

export interface TranslationData {
  problems: CodedProblem[];
  vietnamese: VietnameseData;
}

/** Every problem of the document's `alignment.json` and `vietnamese.json`, and the items. */
export function checkTranslationData(document: Document, corpusDir = CORPUS_DIR): TranslationData {
  const problems: CodedProblem[] = [];
  const docDir = join(corpusDir, document.id);
  const alignmentPath = join(docDir, 'alignment.json');
  if (existsSync(alignmentPath)) {
    const parsed = loadAlignment(document.id, corpusDir);
    problems.push(...parsed.problems);
    if (parsed.alignment)
      problems.push(...checkAlignment(parsed.alignment, document, displayPath(alignmentPath)));
  }
  const itemsPath = join(docDir, 'vietnamese.json');
  if (!existsSync(itemsPath)) return { problems, vietnamese: { kind: 'none' } };
  const file = displayPath(itemsPath);
  const parsed = loadVietnameseItems(document.id, corpusDir);
  problems.push(...parsed.problems);
  if (!parsed.items) return { problems, vietnamese: { kind: 'unreadable', file } };
  problems.push(...checkVietnameseItems(parsed.items, parsed.research, file));
  const research = parsed.research
    ? { file: parsed.research.path, text: parsed.research.text }
    : null;
  return { problems, vietnamese: { kind: 'items', items: parsed.items, file, research } };
}
