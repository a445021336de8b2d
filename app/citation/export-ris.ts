/** The article as a RIS record (`TY  - JOUR`), with the same conventions as the BibTeX record. */
import type { Document } from '../../corpus/model/document';
import { readArticleRecord } from './article-record';
import { displayTitle, recordNote } from './export-bibtex';

/** A RIS record of the article; throws with the metadata field at fault. */
export function exportRis(document: Document): string {
  const result = readArticleRecord(document.metadata);
  if (!result.ok) throw new Error(`metadata of "${document.id}": ${result.error}`);
  const r = result.record;
  const lines: [string, string][] = [
    ['TY', 'JOUR'],
    ['ID', r.id],
  ];
  for (const name of r.authorsEn ?? r.authors) lines.push(['AU', `${name.family}, ${name.given}`]);
  lines.push(['TI', displayTitle(r)], ['JF', r.containerTitle], ['PY', String(r.year)]);
  if (r.month) lines.push(['DA', `${r.year}/${String(r.month).padStart(2, '0')}//`]);
  if (r.volume) lines.push(['VL', r.volume]);
  if (r.issue) lines.push(['IS', r.issue]);
  if (r.firstPage) lines.push(['SP', String(r.firstPage)]);
  if (r.lastPage) lines.push(['EP', String(r.lastPage)]);
  if (r.publisher) lines.push(['PB', r.publisher]);
  if (r.publisherPlace) lines.push(['CY', r.publisherPlace]);
  if (r.language) lines.push(['LA', r.language]);
  for (const keyword of r.keywords) lines.push(['KW', keyword]);
  lines.push(['N1', recordNote(r)], ['ER', '']);
  // RIS is line-based: a value must not break its line.
  return (
    lines
      .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/gu, ' ')}`.trimEnd())
      .join('\r\n') + '\r\n'
  );
}
