/** The command line's JSON shape of a cited work (SPEC, "The command line": `cite`, `sources`). */
import type { SourceEntry } from '../../corpus/citations/source-index';

export interface SourceJson {
  key: string;
  label: string;
  kind: string;
  language: string;
  citations: { blockId: string; page: number; locator: string; narrative: boolean; raw: string }[];
}

/** Projects a source entry onto the documented shape; an unclassified work says so. */
export function toSourceJson(entry: SourceEntry): SourceJson {
  return {
    key: entry.key,
    label: entry.label,
    kind: entry.classification?.kind ?? 'unclassified',
    language: entry.classification?.language ?? 'und',
    citations: entry.citations.map(({ blockId, page, locator, narrative, raw }) => ({
      blockId,
      page,
      locator,
      narrative,
      raw,
    })),
  };
}

/** One line per work and one per citation, for reading in a terminal. */
export function formatSourceText(entry: SourceEntry): string {
  const kind = entry.classification
    ? `${entry.classification.kind}, ${entry.classification.language}`
    : 'unclassified';
  const lines = [`${entry.label} [${entry.key}] (${kind}): ${entry.citations.length} citation(s)`];
  for (const c of entry.citations) {
    const locator = c.locator ? `, cited pages ${c.locator}` : '';
    lines.push(
      `  p. ${c.page}  ${c.blockId}  ${c.narrative ? 'narrative' : 'parenthetical'}${locator}: ${c.raw}`,
    );
  }
  return lines.join('\n');
}
