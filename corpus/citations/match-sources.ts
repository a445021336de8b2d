/** Finds cited works by a user's query: a source key, `Author Year[suffix]`, or an author. */
import { sourceKey } from './source-key';
import type { SourceEntry } from './source-index';

const AUTHOR_YEAR = /^(?<author>.*?)-?(?<year>\d{4})(?<suffix>[a-z]?)$/u;

/**
 * The works a query names, in index order. A source key (`pape-2005`) or a full label (`Dan Tri
 * 2018c`, `吳玉山2009`) names one work; `Author Year` without a suffix names every suffix of that
 * year; an author alone (`Tran`, `Vietnam MOFA`) names every work that author wrote or co-wrote.
 * Case, Vietnamese diacritics and spacing are ignored.
 */
export function matchSources(index: readonly SourceEntry[], query: string): SourceEntry[] {
  const q = normalise(query);
  if (!q) return [];
  const byKey = index.filter((entry) => entry.key === q || entry.key === query.trim());
  if (byKey.length > 0) return byKey;
  const authorYear = AUTHOR_YEAR.exec(q)?.groups;
  if (authorYear?.author) {
    const { author, year, suffix } = authorYear;
    return index.filter(
      (entry) =>
        entry.year === Number(year) &&
        (!suffix || entry.suffix === suffix) &&
        authorMatches(entry, author),
    );
  }
  return index.filter((entry) => authorMatches(entry, q));
}

function authorMatches(entry: SourceEntry, author: string): boolean {
  if (normalise(entry.authors.join(' ')) === author) return true;
  if (normalise(entry.label.replace(/\s*\d{4}[a-z]?$/u, '')) === author) return true;
  return entry.authors.some((name) => normalise(name) === author);
}

// Keys are slugs, so a query is compared in the same form: `Dan Tri` → `dan-tri`.
function normalise(text: string): string {
  return sourceKey([text.normalize('NFKC')], 0, '').replace(/-0$/u, '');
}
