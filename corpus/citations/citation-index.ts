/** Everything citation lookup needs for one document, built from the Document and its sources.json. */
import type { Document } from '../model/document';
import type { Problem } from '../pipeline/problems';
import type { Citation, RejectedCandidate } from './citation';
import { extractCitations } from './extract-citations';
import { parseSourceClassifications } from './source-classifications';
import { buildSourceIndex, checkSourceIndex } from './source-index';
import type { SourceEntry } from './source-index';

export interface CitationIndex {
  citations: Citation[];
  rejected: RejectedCandidate[];
  sources: SourceEntry[];
  /** Classification problems (missing, unused or malformed entries); the index is built regardless. */
  problems: Problem[];
}

/** Parses the citations of `document` and joins them with the classifications read from `file`. */
export function buildCitationIndex(
  document: Document,
  classificationsJson: unknown,
  file: string,
): CitationIndex {
  const { citations, rejected } = extractCitations(document);
  const parsed = parseSourceClassifications(classificationsJson, file);
  const sources = buildSourceIndex(citations, parsed.classifications);
  const problems = [
    ...parsed.problems,
    ...checkSourceIndex(document, sources, parsed.classifications, file),
  ];
  return { citations, rejected, sources, problems };
}
