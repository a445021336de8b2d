/**
 * The translation checks of `validate`, for one document (Node only): the alignment, the Vietnamese
 * items and their layer, and the editorial layer. A document without these files has nothing to
 * check; a file that is there but broken is a problem.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkAlignment } from '../../corpus/alignment/check-alignment';
import { CORPUS_DIR } from '../../corpus/load/node-loader';
import {
  displayPath,
  loadAlignment,
  loadVietnameseItems,
} from '../../corpus/load/translation-data';
import type { Document } from '../../corpus/model/document';
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { checkVietnameseItems } from '../../corpus/vietnamese/check-items';
import { checkEditorialLayer } from '../editorial/check-layer';
import { checkVietnameseLayer } from '../vietnamese/check-layer';
import { ANNOTATIONS_DIR, annotationPath, loadLayer } from './layer-files';

/** Every problem of the document's alignment, Vietnamese items and layers, and editorial layer. */
export function checkTranslationData(
  document: Document,
  dirs: { corpus: string; annotations: string } = {
    corpus: CORPUS_DIR,
    annotations: ANNOTATIONS_DIR,
  },
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const docDir = join(dirs.corpus, document.id);
  if (existsSync(join(docDir, 'alignment.json'))) {
    const parsed = loadAlignment(document.id, dirs.corpus);
    problems.push(...parsed.problems);
    if (parsed.alignment)
      problems.push(
        ...checkAlignment(parsed.alignment, document, displayPath(join(docDir, 'alignment.json'))),
      );
  }
  let research: string | null = null;
  if (existsSync(join(docDir, 'vietnamese.json'))) {
    const parsed = loadVietnameseItems(document.id, dirs.corpus);
    const file = displayPath(join(docDir, 'vietnamese.json'));
    problems.push(...parsed.problems);
    research = parsed.research?.text ?? null;
    if (parsed.items) {
      problems.push(...checkVietnameseItems(parsed.items, parsed.research, file));
      const layer = loadLayer(document.id, 'vietnamese', dirs.annotations);
      if (!layer) {
        problems.push({
          where: displayPath(annotationPath(document.id, 'vietnamese.jsonld', dirs.annotations)),
          code: 'layer-missing',
          message:
            'the Vietnamese items have no layer file (npx tsx scripts/build-vietnamese-layer.ts)',
        });
      } else {
        problems.push(...layer.problems);
        problems.push(
          ...checkVietnameseLayer(layer.annotations, parsed.items, document, layer.file),
        );
      }
    }
  }
  const editorial = loadLayer(document.id, 'editorial', dirs.annotations);
  if (editorial) {
    problems.push(...editorial.problems);
    problems.push(
      ...checkEditorialLayer(editorial.annotations, document, research, editorial.file),
    );
  }
  return problems;
}
