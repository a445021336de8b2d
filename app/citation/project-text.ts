/**
 * Anything Triglot wrote rather than the author — a paraphrase, a gloss, a translation, an
 * editorial note — may be cited only with a caveat that travels with every copied string.
 */

export const PROJECT_TEXT_KINDS = [
  'paraphrase',
  'gloss',
  'translation',
  'editorial-note',
  'annotation',
] as const;
export type ProjectTextKind = (typeof PROJECT_TEXT_KINDS)[number];

export interface ProjectTextCaveat {
  kind: ProjectTextKind;
  /** One sentence, in English like the citation strings it travels with. */
  text: string;
}

const WHAT: Record<ProjectTextKind, string> = {
  paraphrase: 'a paraphrase',
  gloss: 'a gloss',
  translation: 'a translation',
  'editorial-note': 'an editorial note',
  annotation: 'an annotation',
};

/** The caveat for citing project-written text of `kind` about the passage. */
export function projectTextCaveat(kind: ProjectTextKind): ProjectTextCaveat {
  return {
    kind,
    text: `Caveat: the cited wording is ${WHAT[kind]} written by the Triglot project about this passage, not the author's text; it is not part of the article.`,
  };
}
