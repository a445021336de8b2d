/** The `teiHeader`: the article's bibliographic record, the encoding and the languages. */
import type { Document } from '../../../corpus/model/document';
import { MINGUO_CALENDAR } from './marks-document';
import type { XmlNode } from './xml';
import { PROJECT, escapeText, node, raw, startTag, textElement } from './xml';
import { titleXmlId } from './xml-ids';

interface Name {
  family?: string;
  given?: string;
}

const LANGUAGE_NAMES: Record<string, string> = {
  'zh-Hant': 'Chinese (Traditional script)',
  en: 'English',
  vi: 'Vietnamese',
};

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const names = (value: unknown): Name[] => (Array.isArray(value) ? (value as Name[]) : []);

function persName(name: Name, lang: string): string {
  const family = name.family ? textElement('surname', {}, name.family) : '';
  const given = name.given ? textElement('forename', {}, name.given) : '';
  // Chinese puts the family name first, English the given name.
  const parts = lang === 'en' ? [given, family] : [family, given];
  return `${startTag('persName', { 'xml:lang': lang })}${parts.filter(Boolean).join(lang === 'en' ? ' ' : '')}</persName>`;
}

/** The author(s) in both scripts, paired by position. */
function authors(zh: Name[], en: Name[]): string[] {
  return Array.from({ length: Math.max(zh.length, en.length) }, (_, i) => {
    const forms = [zh[i] && persName(zh[i], 'zh-Hant'), en[i] && persName(en[i], 'en')];
    return `<author>${forms.filter(Boolean).join('')}</author>`;
  });
}

function titles(csl: Record<string, unknown>, level?: string): string[] {
  const zh = str(csl.title);
  const en = str((csl.custom as Record<string, unknown> | undefined)?.['title-en']);
  const attrs = (lang: string) =>
    level
      ? { level, 'xml:lang': lang }
      : { type: 'main', 'xml:lang': lang, 'xml:id': titleXmlId(lang) };
  return [
    ...(zh ? [textElement('title', attrs('zh-Hant'), zh)] : []),
    ...(en ? [textElement('title', attrs('en'), en)] : []),
  ];
}

/** The header of the export of `document`. */
export function teiHeader(document: Document): XmlNode {
  const csl = document.metadata.csl as Record<string, unknown>;
  const custom = (csl.custom ?? {}) as Record<string, unknown>;
  const zhAuthors = names(csl.author);
  const enAuthors = names(custom['author-en']);
  const titleStmt = node('titleStmt', {}, [
    ...titles(csl).map(raw),
    ...authors(zhAuthors, enAuthors).map(raw),
    raw(
      `<respStmt xml:id="${PROJECT.slice(1)}"><resp>TEI encoding, text normalisation, annotation layers, glossary, alignment and editorial notes</resp><orgName>Triglot editors</orgName></respStmt>`,
    ),
  ]);
  const publicationStmt = node('publicationStmt', {}, [
    raw(
      `<p>Exported by Triglot from the corpus document <idno type="triglot">${escapeText(document.id)}</idno>; not a publication. The rights in the article are its publisher's.</p>`,
    ),
  ]);
  return node('teiHeader', {}, [
    node('fileDesc', {}, [
      titleStmt,
      publicationStmt,
      node('sourceDesc', {}, [sourceBibl(document, csl, custom)]),
    ]),
    encodingDesc(document),
    profileDesc(document, csl, custom),
  ]);
}

function sourceBibl(
  document: Document,
  csl: Record<string, unknown>,
  custom: Record<string, unknown>,
): XmlNode {
  const affiliation = str(custom['affiliation-en']);
  const analytic = node('analytic', {}, [
    ...titles(csl, 'a').map(raw),
    ...authors(names(csl.author), names(custom['author-en'])).map((a) =>
      raw(
        affiliation
          ? a.replace(
              '</author>',
              `${textElement('affiliation', { 'xml:lang': 'en' }, affiliation)}</author>`,
            )
          : a,
      ),
    ),
  ]);
  const [year, month, day] =
    (csl.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0] ?? [];
  const when = [year, month, day]
    .filter((n): n is number => typeof n === 'number')
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('-');
  const [first, last] = (str(csl.page) ?? '').split(/[-–]/);
  const imprint = [
    str(csl.publisher) &&
      textElement('publisher', { 'xml:lang': 'zh-Hant' }, str(csl.publisher) as string),
    str(custom['publisher-en']) &&
      textElement('publisher', { 'xml:lang': 'en' }, str(custom['publisher-en']) as string),
    str(csl['publisher-place']) &&
      textElement('pubPlace', {}, str(csl['publisher-place']) as string),
    str(csl.volume) && textElement('biblScope', { unit: 'volume' }, str(csl.volume) as string),
    str(csl.issue) && textElement('biblScope', { unit: 'issue' }, str(csl.issue) as string),
    str(csl.page) &&
      textElement('biblScope', { unit: 'page', from: first, to: last }, str(csl.page) as string),
    when && textElement('date', { when }, when),
  ].filter((x): x is string => Boolean(x));
  const monogr = node('monogr', {}, [
    ...(str(csl['container-title'])
      ? [
          raw(
            textElement(
              'title',
              { level: 'j', 'xml:lang': 'zh-Hant' },
              str(csl['container-title']) as string,
            ),
          ),
        ]
      : []),
    ...(str(custom.handle)
      ? [raw(textElement('idno', { type: 'handle' }, str(custom.handle) as string))]
      : []),
    node('imprint', {}, imprint.map(raw)),
  ]);
  const notes = [
    str(csl.note) && textElement('note', {}, str(csl.note) as string),
    document.metadata.pagesSource &&
      textElement('note', { type: 'pages', resp: PROJECT }, document.metadata.pagesSource),
  ].filter((x): x is string => Boolean(x));
  return node('biblStruct', { type: str(csl.type) }, [analytic, monogr, ...notes.map(raw)]);
}

function encodingDesc(document: Document): XmlNode {
  const p = (text: string) => raw(textElement('p', {}, text));
  return node('encodingDesc', {}, [
    node('projectDesc', {}, [
      p(
        "Triglot is a reader for an annotated, aligned Chinese–English–Vietnamese scholarly corpus. This file is its TEI P5 export of one document: the text with its print pages, footnotes, tables and appendix, and the project's annotation layers, glossary and alignment.",
      ),
      p(
        'Every block of the Document has the xml:id "b." followed by its Triglot block id (b.s2.3.1-p4, b.fn-6, b.table-1); sections are "sec." plus the section id, glossary entries "gloss.", Vietnamese items "viet.", annotations their layer and local id (claim.thesis, term.hedging-3), and the anchors of a passage that id plus ".start" or ".end".',
      ),
    ]),
    node('editorialDecl', {}, [
      p(
        `The text is a PDF text extraction of the printed article (corpus/${document.id}/source.txt), normalised by Triglot's corpus pipeline: lines joined into paragraphs, words broken across lines and pages rejoined, running heads and page numbers removed, footnote bodies taken out of the running text and written at their markers, the flattened cells of the tables rebuilt as tables, the appendix read as a dated list. The article's wording is not changed; the text is Unicode NFC, and offsets in the project's data count its code points.`,
      ),
      p(
        'Print pages (pb/@n) are reconstructed from the page breaks of the extraction and the running heads that survive in it. The figures (trade charts) are not in the source: only their captions and source lines are.',
      ),
      p(
        "Everything the project wrote is marked resp=\"#triglot\", on the element or on an ancestor: the glossary's definitions, renderings and attributions, the paraphrases of claims, notes on evidence, editorial corrections and notes, the alignment and its notes, the Vietnamese items' standard spellings and glosses, and the notes that say what is absent from the source. Text without it is the author's. Attribute values that normalise the author's text (ISO dates in @when/@from/@to, the Gregorian date of a Minguo date, page numbers in pb/@n) are the project's reading of it and are not marked one by one.",
      ),
      p(
        'Inline, terms are <term ref>, Vietnamese items <rs ref> and Vietnamese words <foreign xml:lang="vi">, in-text citations <bibl>, editorial corrections <choice><sic/><corr/></choice> with a note; claims and evidence, whose passages overlap, are anchored spans in a standOff. Where an inline element would cross another, it is written instead as an anchored span in a standOff.',
      ),
    ]),
  ]);
}

function profileDesc(
  document: Document,
  csl: Record<string, unknown>,
  custom: Record<string, unknown>,
): XmlNode {
  const languages = document.metadata.languages.map((lang) =>
    raw(textElement('language', { ident: lang }, LANGUAGE_NAMES[lang] ?? lang)),
  );
  const keywordList = (value: unknown, lang: string) => {
    const words = (str(value) ?? '').split(/\s*,\s*/).filter(Boolean);
    return words.length === 0
      ? []
      : [
          raw(
            `${startTag('keywords', { 'xml:lang': lang })}${words.map((w) => textElement('term', {}, w)).join('')}</keywords>`,
          ),
        ];
  };
  const keywords = [
    ...keywordList(csl.keyword, 'zh-Hant'),
    ...keywordList(custom['keyword-en'], 'en'),
  ];
  return node('profileDesc', {}, [
    node('langUsage', {}, languages),
    ...(keywords.length > 0 ? [node('textClass', {}, keywords)] : []),
    node('calendarDesc', {}, [
      raw(
        `<calendar xml:id="${MINGUO_CALENDAR}"><p>The Minguo (Republic of China) calendar: year 1 is 1912, so 108年 is 2019.</p></calendar>`,
      ),
    ]),
  ]);
}
