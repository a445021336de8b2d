/** The glossary of a document's theory terms (`annotations/<doc-id>/glossary.json`, see FORMAT.md). */

/** Who wrote a field: the article itself, or the project (labelled wherever it is shown). */
export type Provenance = 'article' | 'project';

export interface GlossaryTerm {
  /** Stable id, used in term annotation links (`soft-balancing`). */
  id: string;
  /** Chinese surface forms exactly as printed (`軟制衡`). */
  zh: string[];
  /** English surface forms that occur in the text (the article's own glosses, the English abstract). */
  enForms: string[];
  /** The English term: the article's own (`enSource: article`) or the project's rendering. */
  en: string;
  enSource: Provenance;
  /** A Vietnamese equivalent, only where an established one exists; always the project's. */
  vi?: string;
  viSource?: 'project';
  /** The scholar the article attributes the term to (`Pape 2005`). */
  attributedTo?: string;
  definition: string;
  definitionSource: Provenance;
}

/** An occurrence of a surface form deliberately left untagged, with the reason. */
export interface GlossaryExclusion {
  termId: string;
  blockId: string;
  exact: string;
  /** Text just before the occurrence, enough to make it unique within its block. */
  prefix: string;
  reason: string;
}

export interface Glossary {
  terms: GlossaryTerm[];
  exclusions: GlossaryExclusion[];
}
