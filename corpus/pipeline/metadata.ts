/** The document's metadata file: CSL-JSON for the article plus the languages present. */
import type { DocumentMetadata, Lang } from '../model/document';
import type { Problem } from './problems';

const LANGS: readonly Lang[] = ['zh-Hant', 'en', 'vi'];

type Result =
  { metadata: DocumentMetadata; problems: [] } | { metadata: null; problems: Problem[] };

/** Checks the fields every consumer relies on; never throws. */
export function parseMetadata(json: unknown, file: string): Result {
  const problems: Problem[] = [];
  const fail = (message: string) => problems.push({ where: file, message });
  if (typeof json !== 'object' || json === null) {
    return { metadata: null, problems: [{ where: file, message: 'expected a JSON object' }] };
  }
  const record = json as Record<string, unknown>;
  const csl = record.csl as Record<string, unknown> | undefined;
  if (typeof csl !== 'object' || csl === null) fail('expected "csl", a CSL-JSON item');
  else {
    for (const field of ['id', 'type', 'title'])
      if (typeof csl[field] !== 'string') fail(`csl.${field}: expected a string`);
  }
  const languages = record.languages;
  if (!Array.isArray(languages) || !languages.every((l) => LANGS.includes(l as Lang))) {
    fail(`languages: expected a list drawn from ${LANGS.join(', ')}`);
  }
  if (problems.length > 0) return { metadata: null, problems };
  return { metadata: json as DocumentMetadata, problems: [] };
}
