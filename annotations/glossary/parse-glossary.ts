/** `glossary.json` → the Glossary, with one error per malformed entry. Never throws. */
import type { AnnotationError } from '../model/errors';
import type { Glossary, GlossaryExclusion, GlossaryTerm, Provenance } from '../model/glossary';
import { Invalid, isRecord, requireString, show } from '../w3c/json';
import type { JsonRecord } from '../w3c/json';

export interface ParsedGlossary {
  glossary: Glossary;
  errors: AnnotationError[];
}

/** Parses the glossary file; malformed terms and exclusions are left out and reported. */
export function parseGlossary(file: string, text: string): ParsedGlossary {
  const glossary: Glossary = { terms: [], exclusions: [] };
  const errors: AnnotationError[] = [];
  const fail = (annotationId: string | null, message: string) =>
    errors.push({ file, annotationId, code: 'malformed-glossary', message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(null, `not valid JSON (${(error as Error).message})`);
    return { glossary, errors };
  }
  if (!isRecord(json) || !Array.isArray(json.terms)) {
    fail(null, 'the glossary must be an object with a "terms" array');
    return { glossary, errors };
  }
  const exclusions = json.exclusions ?? [];
  if (!Array.isArray(exclusions)) fail(null, '"exclusions" must be an array');
  const ids = new Set<string>();
  json.terms.forEach((entry, index) => {
    const name = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `terms[${index}]`;
    try {
      const term = parseTerm(entry);
      if (ids.has(term.id)) throw new Invalid('malformed-glossary', 'a second term with this id');
      ids.add(term.id);
      glossary.terms.push(term);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      fail(name, error.message);
    }
  });
  (Array.isArray(exclusions) ? exclusions : []).forEach((entry, index) => {
    try {
      glossary.exclusions.push(parseExclusion(entry));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      fail(`exclusions[${index}]`, error.message);
    }
  });
  return { glossary, errors };
}

function parseTerm(entry: unknown): GlossaryTerm {
  if (!isRecord(entry))
    throw new Invalid('malformed-glossary', `a term must be an object, not ${show(entry)}`);
  const id = requireString(entry, 'id', 'term');
  if (!/^[A-Za-z0-9][\w.-]*$/u.test(id))
    throw new Invalid('malformed-glossary', `the id ${show(id)} is not a plain name`);
  const zh = stringList(entry, 'zh', true);
  const enForms = stringList(entry, 'enForms', false);
  const term: GlossaryTerm = {
    id,
    zh,
    enForms,
    en: requireString(entry, 'en', 'term'),
    enSource: provenance(entry, 'enSource'),
    definition: requireString(entry, 'definition', 'term'),
    definitionSource:
      entry.definitionSource === undefined ? 'project' : provenance(entry, 'definitionSource'),
  };
  if (entry.vi !== undefined) {
    term.vi = requireString(entry, 'vi', 'term');
    if (entry.viSource !== 'project') {
      throw new Invalid(
        'malformed-glossary',
        'a Vietnamese equivalent is the project\'s: "viSource": "project"',
      );
    }
    term.viSource = 'project';
  }
  if (entry.attributedTo !== undefined)
    term.attributedTo = requireString(entry, 'attributedTo', 'term');
  return term;
}

function parseExclusion(entry: unknown): GlossaryExclusion {
  if (!isRecord(entry))
    throw new Invalid('malformed-glossary', `an exclusion must be an object, not ${show(entry)}`);
  const prefix = entry.prefix ?? '';
  if (typeof prefix !== 'string')
    throw new Invalid('malformed-glossary', '"prefix" must be a string');
  return {
    termId: requireString(entry, 'termId', 'exclusion'),
    blockId: requireString(entry, 'blockId', 'exclusion'),
    exact: requireString(entry, 'exact', 'exclusion'),
    prefix,
    reason: requireString(entry, 'reason', 'exclusion'),
  };
}

function stringList(entry: JsonRecord, key: string, required: boolean): string[] {
  const value = entry[key];
  if (value === undefined && !required) return [];
  if (
    !Array.isArray(value) ||
    (required && value.length === 0) ||
    !value.every((v) => typeof v === 'string' && v.trim().length > 0 && v === v.normalize('NFC'))
  ) {
    throw new Invalid(
      'malformed-glossary',
      `"${key}" must be a list of non-empty NFC strings, not ${show(value)}`,
    );
  }
  return value as string[];
}

function provenance(entry: JsonRecord, key: string): Provenance {
  const value = entry[key];
  if (value !== 'article' && value !== 'project') {
    throw new Invalid(
      'malformed-glossary',
      `"${key}" must be "article" or "project", not ${show(value)}`,
    );
  }
  return value;
}
