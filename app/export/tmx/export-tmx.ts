/** `export tmx`: the document's aligned Chinese–English segments as TMX 1.4b (Node only). */
import packageJson from '../../../package.json' with { type: 'json' };
import { loadAlignment } from '../../../corpus/load/translation-data';
import type { Document } from '../../../corpus/model/document';
import { formatProblem } from '../../../corpus/pipeline/problems';
import { loadGlossary } from '../../../annotations/load/node-loader';
import { formatAnnotationError } from '../../../annotations/model/errors';
import { ExportInputError } from '../export-input-error';
import { glossaryPairs } from './glossary-pairs';
import { buildTmxUnits } from './tmx-units';
import { writeTmx } from './write-tmx';

/** The TMX text for `document`; throws when its alignment is missing or invalid. */
export function exportTmx(document: Document): string {
  const { alignment, problems } = loadAlignment(document.id);
  if (!alignment || problems.length > 0) {
    throw new Error(
      `cannot export TMX: the alignment of ${document.id} has problems:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  // The glossary alone: the TMX uses no annotation layer, so a broken layer does not stop it.
  const parsed = loadGlossary(document.id);
  if (parsed.errors.length > 0) {
    throw new ExportInputError(
      parsed.file ?? `the glossary of ${document.id}`,
      `the glossary has problems:\n${parsed.errors.map(formatAnnotationError).join('\n')}`,
    );
  }
  const glossary = glossaryPairs(parsed.glossary);
  const { units, skipped } = buildTmxUnits(alignment, glossary);
  const title = document.metadata.csl.title;
  return writeTmx(
    {
      creationtool: 'Triglot',
      creationtoolversion: packageJson.version,
      srclang: 'zh-Hant',
      notes: [
        `Chinese–English segments of ${document.id}: 〈${title}〉. The title, the keywords and the abstract sentence pairs come from corpus/${document.id}/alignment.json; glossary term pairs from annotations/${document.id}/glossary.json (${glossary.length} pair(s)).`,
        'Statuses, differences and notes are the Triglot project’s close reading, not the author’s. An n:m pair is one unit: its Chinese sentences are joined without a separator and its English sentences with a space.',
        `Pairs with one language only (added or omitted) are not translation pairs and are not exported: ${skipped.length} left out${skipped.length ? ` (${skipped.map((p) => p.id).join(', ')})` : ''}.`,
      ],
      props: [
        ['x-triglot-doc', document.id],
        ['x-triglot-units', String(units.length)],
      ],
    },
    units,
  );
}
