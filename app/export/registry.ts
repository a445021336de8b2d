/** The export formats of `npm run cli -- export <format>`: each produces one document on stdout. */
import type { Document } from '../../corpus/model/document';
import { w3cExport } from './w3c-annotations';

export interface ExportFormat {
  /** One line for `export --help`. */
  description: string;
  /** The exported text (XML, JSON, BibTeX…) for a document. */
  run: (document: Document) => string | Promise<string>;
}

/** Format name → exporter. Each feature registers its formats here, one line each. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  w3c: w3cExport,
};
