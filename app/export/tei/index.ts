/** `export tei`: the TEI P5 export of a document, built from the files on disk. */
import type { Document } from '../../../corpus/model/document';
import { buildTei } from './export-tei';
import { loadTeiInputs } from './load-tei-inputs';

/** The TEI XML of `document`; what could not be placed is reported on stderr and listed in the file. */
export function exportTei(document: Document): string {
  const { xml, problems } = buildTei(loadTeiInputs(document));
  for (const problem of problems)
    process.stderr.write(`triglot: export tei: ${problem.where}: ${problem.message}\n`);
  return xml;
}
