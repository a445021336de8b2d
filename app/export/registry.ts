/** The export formats of `npm run cli -- export <format>`: each produces one document on stdout. */
import type { Document } from '../../corpus/model/document';
import { exportTei } from './tei';

export interface ExportFormat {
  /** One line for `export --help`. */
  description: string;
  /** The exported text (XML, JSON, BibTeX…) for a document. */
  run: (document: Document) => string | Promise<string>;
}

/** Format name → exporter. Each feature registers its formats here, one line each. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  tei: { description: 'TEI P5 of the whole aligned, annotated document', run: exportTei },
};
