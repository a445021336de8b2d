/** The export formats of `npm run cli -- export <format>`: each produces one document on stdout. */
import type { Document } from '../../corpus/model/document';
import { exportBibtex } from '../citation/export-bibtex';
import { exportCslJson } from '../citation/export-csl-json';
import { exportRis } from '../citation/export-ris';
import { exportTmx } from './tmx/export-tmx';
import { exportTei } from './tei';
import { w3cExport } from './w3c-annotations';

export interface ExportFormat {
  /** One line for `export --help`. */
  description: string;
  /** The exported text (XML, JSON, BibTeX…) for a document. */
  run: (document: Document) => string | Promise<string>;
}

/** Format name → exporter. Each feature registers its formats here, one line each. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  csl: { description: 'CSL-JSON record of the article', run: exportCslJson },
  bibtex: { description: 'BibTeX record of the article', run: exportBibtex },
  ris: { description: 'RIS record of the article', run: exportRis },
  tmx: { description: 'TMX 1.4b of the aligned Chinese–English segments', run: exportTmx },
  tei: { description: 'TEI P5 of the whole aligned, annotated document', run: exportTei },
  w3c: w3cExport,
};
