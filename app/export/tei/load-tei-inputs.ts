/**
 * Reads what the TEI export needs from disk: the annotation layers and the glossary (through the
 * shared loader, so `TRIGLOT_ANNOTATIONS_DIR` applies), and the document's alignment and
 * Vietnamese items from the corpus. A missing file is data not yet written, not an error; a file
 * that is there but malformed stops the export with every problem listed: an edition silently
 * missing annotations would be worse.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATIONS_DIR } from '../../../annotations/load/node-loader';
import { CORPUS_DIR } from '../../../corpus/load/node-loader';
import { displayPath } from '../../../corpus/load/read-file';
import { loadAlignment, loadVietnameseItems } from '../../../corpus/load/translation-data';
import type { Document } from '../../../corpus/model/document';
import { formatProblem } from '../../../corpus/pipeline/problems';
import { toPlainProblem, type CodedProblem } from '../../../corpus/validate/coded-problem';
import { requireAnnotations } from '../../../annotations/load/require-annotations';
import { alignmentInput } from './alignment-input';
import { citationFinder } from './citations';
import { TeiInputError } from './tei-input-error';
import type { AlignmentInput, TeiInputs, VietnameseItemInfo } from './tei-inputs';
import { vietnameseItemInfo } from './vietnamese-items';

/** The inputs for `document`, from the annotations and corpus folders. */
export function loadTeiInputs(
  document: Document,
  annotationsDir = ANNOTATIONS_DIR,
  corpusDir = CORPUS_DIR,
): TeiInputs {
  const loaded = requireAnnotations(document, annotationsDir);
  return {
    document,
    glossary: loaded.glossaryFile === null ? null : loaded.glossary.terms,
    annotations: loaded.annotations,
    vietnameseItems: readItems(document.id, corpusDir),
    alignment: readAlignment(document.id, corpusDir),
    findCitations: citationFinder(document),
  };
}

const stop = (path: string, what: string, problems: CodedProblem[]) =>
  new TeiInputError(
    displayPath(path),
    `the ${what} has problems (run validate):\n${problems.map((p) => formatProblem(toPlainProblem(p))).join('\n')}`,
  );

function readAlignment(docId: string, corpusDir: string): AlignmentInput | null {
  const path = join(corpusDir, docId, 'alignment.json');
  if (!existsSync(path)) return null;
  const { alignment, problems } = loadAlignment(docId, corpusDir);
  if (!alignment || problems.length > 0) throw stop(path, 'alignment', problems);
  return alignmentInput(alignment);
}

function readItems(docId: string, corpusDir: string): VietnameseItemInfo[] {
  const path = join(corpusDir, docId, 'vietnamese.json');
  if (!existsSync(path)) return [];
  const { items, problems } = loadVietnameseItems(docId, corpusDir);
  if (!items || problems.length > 0) throw stop(path, 'Vietnamese item file', problems);
  return items.items.map(vietnameseItemInfo);
}
