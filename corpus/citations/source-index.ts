/** The source index: one entry per cited work, with its classification and every citation of it. */
import type { Document } from '../model/document';
import type { Problem } from '../pipeline/problems';
import type { Citation } from './citation';
import type { SourceClassification, SourceClassifications } from './source-classifications';

export interface SourceEntry {
  key: string;
  /** Author(s) and year as the article writes them (`Kuik 2008`, `吳玉山 2009`). */
  label: string;
  authors: string[];
  year: number;
  suffix: string;
  /** Null when `sources.json` has no entry for the key (a `checkSourceIndex` problem). */
  classification: SourceClassification | null;
  /** In document order. */
  citations: Citation[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Groups citations by work, sorted by label; each entry carries its classification if any. */
export function buildSourceIndex(
  citations: readonly Citation[],
  classifications: SourceClassifications,
): SourceEntry[] {
  const byKey = new Map<string, SourceEntry>();
  for (const citation of citations) {
    let entry = byKey.get(citation.key);
    if (!entry) {
      entry = {
        key: citation.key,
        label: citation.label,
        authors: citation.authors,
        year: citation.year,
        suffix: citation.suffix,
        classification: classifications[citation.key] ?? null,
        citations: [],
      };
      byKey.set(citation.key, entry);
    }
    entry.citations.push(citation);
  }
  return [...byKey.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * What is wrong between the index and its classification file: cited works with no entry, entries
 * naming no cited work, and evidence quotes that are not in the block they name.
 */
export function checkSourceIndex(
  document: Document,
  index: readonly SourceEntry[],
  classifications: SourceClassifications,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const cited = new Set(index.map((entry) => entry.key));
  for (const entry of index) {
    if (!entry.classification)
      problems.push({
        where: file,
        message: `no classification for the cited work "${entry.key}" (${entry.label})`,
      });
  }
  for (const [key, classification] of Object.entries(classifications)) {
    if (!cited.has(key))
      problems.push({
        where: `${file}: ${key}`,
        message: 'the article cites no work with this key',
      });
    for (const { blockId, quote } of classification.evidence ?? []) {
      const block = document.blocks.find((b) => b.id === blockId);
      if (!block)
        problems.push({
          where: `${file}: ${key}`,
          message: `evidence names no block "${blockId}"`,
        });
      else if (!block.text.includes(quote))
        problems.push({
          where: `${file}: ${key}`,
          message: `evidence quote not found in ${blockId}: 「${quote}」`,
        });
    }
  }
  return problems;
}
