/**
 * The glossary's Chinese–English term pairs for the TMX export: one pair per Chinese surface form
 * of each term (`annotations/<doc>/glossary.json`, read by the shared glossary parser).
 */
import type { Glossary } from '../../../annotations/model/glossary';

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
  definition: string;
}

/** The term pairs of a glossary, in glossary order ([] for an empty glossary). */
export function glossaryPairs(glossary: Glossary): GlossaryPair[] {
  return glossary.terms.flatMap((term) =>
    term.zh.map((zh, formIndex) => ({
      termId: term.id,
      formIndex,
      zh,
      en: term.en,
      enSource: term.enSource,
      ...(term.vi === undefined ? {} : { vi: term.vi }),
      definition: term.definition,
    })),
  );
}
