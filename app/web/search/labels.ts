/**
 * Interface names of what search results carry (block kinds, languages, layers) as locale keys of
 * the `search` namespace, and the top-level section a section belongs to (the section filter
 * offers the article's main divisions; choosing one keeps its sub-sections).
 */
import type { Document } from '../../../corpus/model/document';

/** The locale key naming a value of a dimension (`kinds.footnote`, `langs.vi`, `layers.claim`). */
export function valueKey(dimension: 'kind' | 'lang' | 'layer', value: string): string {
  const group = dimension === 'kind' ? 'kinds' : dimension === 'lang' ? 'langs' : 'layers';
  return `${group}.${value}`;
}

/** Section id → the id of its top-level section (itself for a top-level one or an unknown id). */
export function topSections(document: Document): (id: string) => string {
  const parents = new Map(document.sections.map((s) => [s.id, s.parentId]));
  return (id) => {
    let at = id;
    for (let parent = parents.get(at); parent; parent = parents.get(at)) at = parent;
    return at;
  };
}

/** The printed heading of a section (`壹、前言`), or null for what is not a section of the text. */
export function sectionHeading(
  document: Document,
  id: string,
): { text: string; lang: string } | null {
  const section = document.sections.find((s) => s.id === id);
  if (!section) return null;
  const text = section.label ? `${section.label}、${section.title}` : section.title;
  return { text, lang: id === 'abstract-en' ? 'en' : 'zh-Hant' };
}
