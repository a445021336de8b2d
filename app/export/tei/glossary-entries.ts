/**
 * The glossary and the Vietnamese items as dictionary `<entry>`s in a `<standOff>`: the forms as
 * the article prints them, then the senses. What the project wrote (definitions, its own English,
 * Vietnamese equivalents, attributions, standard spellings, glosses) carries `resp="#triglot"`.
 */
import type { XmlNode } from './xml';
import { PROJECT, node, raw, textElement } from './xml';
import { glossaryXmlId, vietnameseItemXmlId } from './xml-ids';
import type { GlossaryTerm } from '../../../annotations/model/glossary';
import type { FormLang, VietnameseOccurrences } from './marks-vietnamese';
import type { VietnameseItemInfo } from './tei-inputs';

const orthForm = (type: string, lang: string, text: string) =>
  raw(`<form type="${type}" xml:lang="${lang}">${textElement('orth', {}, text)}</form>`);

const translation = (lang: string, text: string, byProject: boolean) =>
  raw(
    `<cit type="translation" xml:lang="${lang}"${byProject ? ` resp="${PROJECT}"` : ''}>${textElement('quote', {}, text)}</cit>`,
  );

/** One glossary term as an `<entry>`. */
export function glossaryEntry(term: GlossaryTerm): XmlNode {
  const forms = [
    ...term.zh.map((zh, i) => orthForm(i === 0 ? 'lemma' : 'variant', 'zh-Hant', zh)),
    ...term.enForms
      .filter((en) => en.toLowerCase() !== term.en.toLowerCase())
      .map((en) => orthForm('variant', 'en', en)),
  ];
  const sense: XmlNode[] = [
    translation('en', term.en, term.enSource !== 'article'),
    ...(term.vi ? [translation('vi', term.vi, true)] : []),
    raw(textElement('def', { 'xml:lang': 'en', resp: PROJECT }, term.definition)),
    ...(term.attributedTo
      ? [raw(textElement('note', { type: 'attribution', resp: PROJECT }, term.attributedTo))]
      : []),
  ];
  return node('entry', { 'xml:id': glossaryXmlId(term.id), type: 'term' }, [
    ...forms,
    node('sense', {}, sense),
  ]);
}

/**
 * One Vietnamese item as an `<entry>`: the article's forms (from the item data, else as they occur
 * in the layer), then what the project knows.
 */
export function vietnameseEntry(
  itemId: string,
  occurring: { form: string; lang: FormLang }[],
  info: VietnameseItemInfo | undefined,
): XmlNode {
  const forms = info?.forms?.map((f) => ({ form: f.text, lang: f.lang })) ?? occurring;
  const children: XmlNode[] = forms.map((f) => orthForm('article', f.lang, f.form));
  if (info?.standard) {
    children.push(
      raw(
        `<form type="standard" xml:lang="vi" resp="${PROJECT}">${textElement('orth', {}, info.standard)}</form>`,
      ),
    );
  }
  if (info?.gloss) {
    children.push(
      node('sense', {}, [raw(textElement('def', { 'xml:lang': 'en', resp: PROJECT }, info.gloss))]),
    );
  }
  return node('entry', { 'xml:id': vietnameseItemXmlId(itemId), type: 'vietnamese' }, children);
}

/**
 * The standOff children for the glossary and the Vietnamese items: every item of the item data, in
 * its order, then any item the layer tags that the data does not describe.
 */
export function entriesStandoff(
  glossary: GlossaryTerm[] | null,
  occurrences: VietnameseOccurrences,
  items: VietnameseItemInfo[],
): { glossary: XmlNode[]; vietnamese: XmlNode[] } {
  const described = new Set(items.map((item) => item.id));
  return {
    glossary: (glossary ?? []).map(glossaryEntry),
    vietnamese: [
      ...items.map((item) => vietnameseEntry(item.id, occurrences.get(item.id) ?? [], item)),
      ...[...occurrences]
        .filter(([id]) => !described.has(id))
        .map(([id, forms]) => vietnameseEntry(id, forms, undefined)),
    ],
  };
}
