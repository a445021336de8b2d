/**
 * The Vietnamese items of a document (`corpus/<doc>/vietnamese.json`, documented in
 * `corpus/vietnamese/FORMAT.md`): every Vietnamese word, name, place and quoted statement, with
 * the article's forms, the standard Vietnamese spelling, the kind of Chinese rendering, an English
 * gloss and, for quotations, the original wording only where the research file reports it found.
 */

export const ITEM_KINDS = [
  'place',
  'person',
  'institution',
  'publication',
  'term',
  'event',
  'quotation',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How a form is written in the article. */
export const FORM_SCRIPTS = [
  /** Vietnamese with its diacritics (Biển Đông). */
  'quoc-ngu',
  /** Vietnamese without diacritics (Doi Moi, Nguyen Phu Trong). */
  'latin-plain',
  /** Chinese characters. */
  'han',
  /** An English name (Hanoi, Ministry of Planning and Investment, MPI). */
  'english',
] as const;
export type FormScript = (typeof FORM_SCRIPTS)[number];

/** How a Chinese form relates to the Vietnamese (the project's analysis). */
export const RENDERINGS = [
  /** Read in Hán-Việt, the characters give the Vietnamese (order may be reversed). */
  'han-viet',
  /** Characters chosen for their Mandarin sound, not Hán-Việt-consistent. */
  'mandarin-sound',
  /** A conventional Chinese name that is not a reading of the Vietnamese. */
  'exonym',
  /** A word-for-word translation of native Vietnamese words. */
  'calque',
  /** A free translation or description. */
  'translation',
  /** A Chinese abbreviation of a longer Chinese name. */
  'abbreviation',
  /** The item's own text, written in Chinese characters (a Vietnamese poem in Classical Chinese). */
  'original-han',
] as const;
export type Rendering = (typeof RENDERINGS)[number];

export const ORIGINAL_STATUSES = ['found', 'partly-found', 'not-located'] as const;
export type OriginalStatus = (typeof ORIGINAL_STATUSES)[number];

/** What a quotation without a located original says, word for word. */
export const NOT_LOCATED = 'original not located';

export interface ItemForm {
  /** Exactly as printed (NFC); every occurrence in the document is tagged. */
  text: string;
  script: FormScript;
  /** For `han` forms only. */
  rendering?: Rendering;
  note?: string;
}

/** Another name of the same thing that the article uses but that is not a Vietnamese form (not tagged). */
export interface OtherName {
  text: string;
  note: string;
}

/** A page where the research file saw the original (or equivalent) wording. */
export interface Witness {
  lang: 'vi' | 'en' | 'zh';
  /** A URL that occurs in the research file. */
  url: string;
  /** The wording as the research file quotes it (verbatim); absent when it gives only the URL. */
  text?: string;
  /** What the witness is and is not (equivalent wording, secondary source, not the cited page…). */
  caveat: string;
}

export interface Original {
  status: OriginalStatus;
  /** One line; exactly `original not located` when the status is `not-located`. */
  summary: string;
  witnesses: Witness[];
  /** Candidates the research file names but did not confirm; never presented as the original. */
  leads: Witness[];
}

export interface QuotationInfo {
  /** Who the article says spoke, as it writes the name. */
  attributedTo: string;
  /** The speaker's item id, when the speaker is a Vietnamese person item. */
  speakerItem?: string;
  /** The article's citation key (`VOV Vietnam 2015`), or null when it cites none. */
  citation: string | null;
  original: Original;
}

export interface VietnameseItem {
  id: string;
  kind: ItemKind;
  /** Standard Vietnamese spelling with diacritics; null only for quotations (never reconstructed). */
  vi: string | null;
  /** Caveat on `vi` (e.g. diacritics unverified). */
  viNote?: string;
  /** English gloss, the project's. */
  gloss: string;
  forms: ItemForm[];
  otherNames: OtherName[];
  /** Character-by-character Hán-Việt reading of the Chinese form, the project's analysis. */
  hanViet?: string;
  /** A note for readers and translators, the project's. */
  note?: string;
  related: string[];
  quotation?: QuotationInfo;
}

/** An occurrence of a form that is deliberately not tagged, with the reason. */
export interface ItemExclusion {
  itemId: string;
  blockId: string;
  exact: string;
  /** Text just before the occurrence, enough to make it unique in its block. */
  prefix: string;
  reason: string;
}

export interface VietnameseItems {
  doc: string;
  /** The research file the originals come from, vendored beside the data, and its sha256. */
  research: { file: string; sha256: string; copiedFrom: string };
  items: VietnameseItem[];
  exclusions: ItemExclusion[];
}
