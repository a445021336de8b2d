/** The glossary as `npm run cli -- glossary --json` prints it (SPEC: the command line). */
import type { LoadedAnnotations } from '../load/load-annotations';
import type { Provenance } from '../model/glossary';

export interface GlossaryEntrySummary {
  id: string;
  zh: string[];
  en: string;
  vi?: string;
  attributedTo?: string;
  definition: string;
  /** Number of term annotations of this term. */
  occurrences: number;
  /** Who wrote `en`, `vi` and `definition` — the article or the project (labelled, per STYLE). */
  enSource: Provenance;
  viSource?: 'project';
  definitionSource: Provenance;
}

/** Each glossary term with its number of term annotations, in glossary order. */
export function summariseGlossary(loaded: LoadedAnnotations): { terms: GlossaryEntrySummary[] } {
  const counts = new Map<string, number>();
  for (const { annotation } of loaded.annotations) {
    if (annotation.layer === 'term')
      counts.set(annotation.termId, (counts.get(annotation.termId) ?? 0) + 1);
  }
  return {
    terms: loaded.glossary.terms.map((term) => ({
      id: term.id,
      zh: term.zh,
      en: term.en,
      ...(term.vi === undefined ? {} : { vi: term.vi }),
      ...(term.attributedTo === undefined ? {} : { attributedTo: term.attributedTo }),
      definition: term.definition,
      occurrences: counts.get(term.id) ?? 0,
      enSource: term.enSource,
      ...(term.viSource === undefined ? {} : { viSource: term.viSource }),
      definitionSource: term.definitionSource,
    })),
  };
}
