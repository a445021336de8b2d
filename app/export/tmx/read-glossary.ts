/**
 * The glossary's Chinese–English term pairs for the TMX export (`annotations/<doc>/glossary.json`,
 * annotations/FORMAT.md): one pair per Chinese surface form. A document without a glossary has no
 * term pairs; a glossary that is there but malformed is an error naming the file and the entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ANNOTATIONS_DIR, annotationPath } from '../../../annotations/layer-check/layer-files';

export interface GlossaryPair {
  termId: string;
  /** Index of this Chinese form among the term's forms. */
  formIndex: number;
  zh: string;
  en: string;
  /** Whether the English is the article's own or the project's. */
  enSource: string;
  /** The project's Vietnamese equivalent, if the glossary gives one. */
  vi?: string;
  definition?: string;
}

/** The term pairs of a document's glossary, or [] when it has none. */
export function readGlossaryPairs(docId: string, dir = ANNOTATIONS_DIR): GlossaryPair[] {
  const path = annotationPath(docId, 'glossary.json', dir);
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const terms = (json as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) throw new Error(`${path}: expected { "terms": [...] }`);
  return terms.flatMap((term: unknown, i) => {
    const t = term as Record<string, unknown>;
    const where = `${path}: terms[${i}]`;
    if (typeof t.id !== 'string' || typeof t.en !== 'string' || !Array.isArray(t.zh))
      throw new Error(`${where}: a term needs a string id, a string en and an array zh`);
    return t.zh.map((zh: unknown, formIndex) => {
      if (typeof zh !== 'string' || zh === '')
        throw new Error(`${where}.zh[${formIndex}]: not a string`);
      return {
        termId: t.id as string,
        formIndex,
        zh,
        en: t.en as string,
        enSource: typeof t.enSource === 'string' ? t.enSource : 'unknown',
        ...(typeof t.vi === 'string' && t.vi !== '' ? { vi: t.vi } : {}),
        ...(typeof t.definition === 'string' && t.definition !== ''
          ? { definition: t.definition }
          : {}),
      };
    });
  });
}
