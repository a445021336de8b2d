/**
 * The human classification of each cited work (`corpus/<doc-id>/sources.json`): kind, likely
 * language and what that rests on. Parsed once here; problems come back as values with the key.
 */
import type { Problem } from '../pipeline/problems';

export const SOURCE_KINDS = [
  'scholarship',
  'news-media',
  'government-or-party',
  'international-organisation-or-data',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** BCP 47 tags; `und` (undetermined) where nothing points to a language. */
export const SOURCE_LANGUAGES = ['en', 'vi', 'zh-Hant', 'und'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

/**
 * `inferred-from-key`: the article says nothing about the work beyond its key; `article-context`:
 * the article's own words (quoted in `evidence`) say what the work is.
 */
export type ClassificationBasis = 'inferred-from-key' | 'article-context';

/** A passage of the article, quoted exactly, that tells something about a cited work. */
export interface SourceEvidence {
  blockId: string;
  quote: string;
}

export interface SourceClassification {
  kind: SourceKind;
  language: SourceLanguage;
  basis: ClassificationBasis;
  /** The outlet or body the key names, as the project identifies it (never printed in the article). */
  publisher?: string;
  evidence?: SourceEvidence[];
  /** A remark written by the project, not by the author. */
  projectNote?: string;
}

export type SourceClassifications = Record<string, SourceClassification>;

const BASES: readonly ClassificationBasis[] = ['inferred-from-key', 'article-context'];

/** Reads a `sources.json` object; every malformed entry is a problem naming the file and key. */
export function parseSourceClassifications(
  json: unknown,
  file: string,
): { classifications: SourceClassifications; problems: Problem[] } {
  const problems: Problem[] = [];
  const classifications: SourceClassifications = {};
  const sources = isRecord(json) ? json.sources : undefined;
  if (!isRecord(sources)) {
    return {
      classifications,
      problems: [{ where: file, message: 'expected { "sources": { key: entry } }' }],
    };
  }
  for (const [key, entry] of Object.entries(sources)) {
    const fail = (message: string) => problems.push({ where: `${file}: ${key}`, message });
    if (!isRecord(entry)) {
      fail('expected an object');
      continue;
    }
    const { kind, language, basis, publisher, evidence, projectNote } = entry;
    const before = problems.length;
    if (!SOURCE_KINDS.includes(kind as SourceKind))
      fail(`kind: expected one of ${SOURCE_KINDS.join(', ')}`);
    if (!SOURCE_LANGUAGES.includes(language as SourceLanguage))
      fail(`language: expected one of ${SOURCE_LANGUAGES.join(', ')}`);
    if (!BASES.includes(basis as ClassificationBasis))
      fail(`basis: expected one of ${BASES.join(', ')}`);
    if (publisher !== undefined && typeof publisher !== 'string')
      fail('publisher: expected a string');
    if (projectNote !== undefined && typeof projectNote !== 'string')
      fail('projectNote: expected a string');
    if (evidence !== undefined && !isEvidenceList(evidence))
      fail('evidence: expected a list of { blockId, quote } strings');
    if (basis === 'article-context' && evidence === undefined)
      fail('basis "article-context" needs the article\'s words in "evidence"');
    if (problems.length === before) classifications[key] = entry as unknown as SourceClassification;
  }
  return { classifications, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEvidenceList(value: unknown): value is SourceEvidence[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => isRecord(e) && typeof e.blockId === 'string' && typeof e.quote === 'string')
  );
}
