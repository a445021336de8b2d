/**
 * The article's bibliographic record, read from the document's CSL-JSON metadata (and its
 * `custom` fields for the English forms), for the exports and the citation strings.
 */
import type { DocumentMetadata } from '../../corpus/model/document';

export interface PersonName {
  family: string;
  given: string;
}

export interface ArticleRecord {
  id: string;
  /** The title as printed, in the article's language. */
  title: string;
  /** The English title the article itself prints (its English abstract), if any. */
  titleEn: string | null;
  /** The author(s) as printed in the article's language (阮功松). */
  authors: PersonName[];
  /** The same author(s) in Latin script as the article prints them, if it does (Nguyen Cong Tung). */
  authorsEn: PersonName[] | null;
  containerTitle: string;
  volume: string | null;
  issue: string | null;
  firstPage: number | null;
  lastPage: number | null;
  year: number;
  month: number | null;
  publisher: string | null;
  publisherPlace: string | null;
  /** BCP 47 tag of the article's language. */
  language: string | null;
  keywords: string[];
  note: string | null;
}

/** Reads the record, or explains which metadata field is missing or malformed. */
export function readArticleRecord(
  metadata: DocumentMetadata,
): { ok: true; record: ArticleRecord } | { ok: false; error: string } {
  const csl = metadata.csl;
  const custom = isRecord(csl.custom) ? csl.custom : {};
  const authors = readNames(csl.author);
  const year = readYear(csl.issued);
  if (!authors || authors.length === 0)
    return { ok: false, error: 'csl.author: expected a list of { family, given }' };
  if (year === null)
    return { ok: false, error: 'csl.issued: expected { "date-parts": [[year, month?]] }' };
  if (typeof csl['container-title'] !== 'string')
    return { ok: false, error: 'csl.container-title: expected a string' };
  const [firstPage, lastPage] = readPages(csl.page);
  return {
    ok: true,
    record: {
      id: csl.id,
      title: csl.title,
      titleEn: text(custom['title-en']),
      authors,
      authorsEn: readNames(custom['author-en']),
      containerTitle: csl['container-title'],
      volume: text(csl.volume),
      issue: text(csl.issue),
      firstPage,
      lastPage,
      year: year.year,
      month: year.month,
      publisher: text(csl.publisher),
      publisherPlace: text(csl['publisher-place']),
      language: text(csl.language),
      keywords: (text(csl.keyword) ?? '')
        .split(/[,，、]/u)
        .map((k) => k.trim())
        .filter(Boolean),
      note: text(csl.note),
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value : null;
}

function readNames(value: unknown): PersonName[] | null {
  if (!Array.isArray(value)) return null;
  const names = value.filter(
    (n): n is PersonName =>
      isRecord(n) && typeof n.family === 'string' && typeof n.given === 'string',
  );
  return names.length === value.length
    ? names.map(({ family, given }) => ({ family, given }))
    : null;
}

function readYear(issued: unknown): { year: number; month: number | null } | null {
  const parts = isRecord(issued) ? issued['date-parts'] : undefined;
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : [];
  const year = Number(first[0]);
  if (!Number.isInteger(year)) return null;
  const month = Number(first[1]);
  return { year, month: Number.isInteger(month) ? month : null };
}

function readPages(page: unknown): [number | null, number | null] {
  const match = typeof page === 'string' ? /^(\d+)\s*[-–]\s*(\d+)$/u.exec(page.trim()) : null;
  return match ? [Number(match[1]), Number(match[2])] : [null, null];
}
