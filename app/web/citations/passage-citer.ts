/**
 * "Cite this passage" in the reader, loaded on demand (its own chunk): the passage's pages,
 * permalink and caveat worked out as on the command line, with the citation strings read from the
 * table citeproc-js rendered at build time; and the article's BibTeX, RIS and CSL-JSON records.
 */
import tables from 'virtual:triglot/citation-tables';
import type { Document } from '../../../corpus/model/document';
import { missingFromTable, tableRenderer } from '../../citation/citation-table';
import { exportBibtex } from '../../citation/export-bibtex';
import { exportCslJson } from '../../citation/export-csl-json';
import { exportRis } from '../../citation/export-ris';
import { resolvePassage, styleResolvedPassage } from '../../citation/passage-citation';
import type { PassageCitation, PassageRequest } from '../../citation/passage-citation';

/** The citation of a passage, exactly as `cite-passage` prints it, or what is wrong. */
export function citePassageInReader(
  request: PassageRequest,
): { ok: true; citation: PassageCitation } | { ok: false; error: string } {
  const resolved = resolvePassage(request);
  if (!resolved.ok) return resolved;
  const table = tables[request.document.id];
  if (!table) return { ok: false, error: `no citation table for "${request.document.id}"` };
  const missing = missingFromTable(table, resolved.passage.locator);
  if (missing) return { ok: false, error: missing };
  return { ok: true, citation: styleResolvedPassage(resolved.passage, tableRenderer(table)) };
}

export interface ArticleRecordFile {
  format: 'BibTeX' | 'RIS' | 'CSL-JSON';
  fileName: string;
  mediaType: string;
  text: string;
}

/** The article's records for reference managers, as the `export` command writes them. */
export function articleRecordFiles(document: Document): ArticleRecordFile[] {
  return [
    {
      format: 'BibTeX',
      fileName: `${document.id}.bib`,
      mediaType: 'application/x-bibtex',
      text: exportBibtex(document),
    },
    {
      format: 'RIS',
      fileName: `${document.id}.ris`,
      mediaType: 'application/x-research-info-systems',
      text: exportRis(document),
    },
    {
      format: 'CSL-JSON',
      fileName: `${document.id}.csl.json`,
      mediaType: 'application/vnd.citationstyles.csl+json',
      text: exportCslJson(document),
    },
  ];
}
