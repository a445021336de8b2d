/**
 * The article as a BibTeX `@article` record, following the conventions of the Chicago and APA
 * strings: the author's name in Latin script as the article prints it, the Chinese title with the
 * article's English title in brackets; the name in Chinese characters goes in the note.
 */
import type { Document } from '../../corpus/model/document';
import { readArticleRecord } from './article-record';
import type { ArticleRecord, PersonName } from './article-record';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX record of the article; throws with the metadata field at fault. */
export function exportBibtex(document: Document): string {
  const result = readArticleRecord(document.metadata);
  if (!result.ok) throw new Error(`metadata of "${document.id}": ${result.error}`);
  const r = result.record;
  const authors = r.authorsEn ?? r.authors;
  // [field, value already in BibTeX syntax]: braced text, or a bare month macro.
  const fields: [string, string][] = [
    ['author', braced(authors.map(bibtexName).join(' and '))],
    // Double braces keep the English title's capitals from being lowered by BibTeX styles.
    ['title', braced(`{${escape(displayTitle(r))}}`)],
    ['journal', braced(escape(r.containerTitle))],
    ['year', braced(String(r.year))],
  ];
  const month = r.month ? MONTHS[r.month - 1] : undefined;
  if (month) fields.push(['month', month]);
  if (r.volume) fields.push(['volume', braced(escape(r.volume))]);
  if (r.issue) fields.push(['number', braced(escape(r.issue))]);
  if (r.firstPage && r.lastPage) fields.push(['pages', braced(`${r.firstPage}--${r.lastPage}`)]);
  if (r.publisher) fields.push(['publisher', braced(escape(r.publisher))]);
  if (r.publisherPlace) fields.push(['address', braced(escape(r.publisherPlace))]);
  if (r.language) fields.push(['language', braced(escape(r.language))]);
  if (r.keywords.length > 0) fields.push(['keywords', braced(escape(r.keywords.join(', ')))]);
  fields.push(['note', braced(escape(recordNote(r)))]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@article{${r.id},\n${body}\n}\n`;
}

/** The Chinese title, then the English title in brackets when the article prints one. */
export function displayTitle(record: ArticleRecord): string {
  return record.titleEn ? `${record.title} [${record.titleEn}]` : record.title;
}

/** The note shared by the BibTeX and RIS records: the name as printed, then the metadata note. */
export function recordNote(record: ArticleRecord): string {
  const printed = record.authors.map((n) => `${n.family}${n.given}`).join('、');
  const parts = [
    record.authorsEn ? `The author's name as printed in the Chinese byline: ${printed}.` : null,
    record.note,
  ];
  return parts.filter(Boolean).join(' ');
}

function braced(value: string): string {
  return `{${value}}`;
}

function bibtexName(name: PersonName): string {
  return `${escape(name.family)}, ${escape(name.given)}`;
}

// The characters BibTeX treats as syntax; everything else (CJK included) is plain UTF-8.
function escape(value: string): string {
  return value.replace(/[\\{}%&$#_^~]/gu, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}
