/** Reads `vietnamese.json` into typed items, reporting every shape problem by JSON path. */
import type { CodedProblem } from '../validate/coded-problem';
import { ShapeReader } from '../validate/json-shape';
import {
  FORM_SCRIPTS,
  ITEM_KINDS,
  ORIGINAL_STATUSES,
  RENDERINGS,
  type ItemExclusion,
  type ItemForm,
  type Original,
  type QuotationInfo,
  type VietnameseItem,
  type VietnameseItems,
  type Witness,
} from './item-types';

export interface ParsedVietnameseItems {
  /** Null when the file's shape is too broken to check further. */
  items: VietnameseItems | null;
  problems: CodedProblem[];
}

const WITNESS_LANGS = ['vi', 'en', 'zh'] as const;

/** Parses the JSON value of a Vietnamese items file named `file` (for messages). */
export function parseVietnameseItems(json: unknown, file: string): ParsedVietnameseItems {
  const read = new ShapeReader(file);
  const root = read.record(json, '(root)');
  if (!root) return { items: null, problems: read.problems };
  const research = read.record(root.research, 'research') ?? {};
  const items = read.array(root.items, 'items').map((v, i) => readItem(read, v, `items[${i}]`));
  const exclusions = (
    root.exclusions === undefined ? [] : read.array(root.exclusions, 'exclusions')
  ).map((v, i) => readExclusion(read, v, `exclusions[${i}]`));
  const result: VietnameseItems = {
    doc: read.text(root.doc, 'doc'),
    research: {
      file: read.text(research.file, 'research.file'),
      sha256: read.text(research.sha256, 'research.sha256'),
      copiedFrom: read.text(research.copiedFrom, 'research.copiedFrom'),
    },
    items,
    exclusions,
  };
  const broken = read.problems.some((p) => p.code === 'malformed');
  return { items: broken ? null : result, problems: read.problems };
}

function readItem(read: ShapeReader, value: unknown, path: string): VietnameseItem {
  const item = read.record(value, path) ?? {};
  const kind = read.oneOf(item.kind, ITEM_KINDS, `${path}.kind`, 'item-kind');
  const optional = (key: string) => read.optionalText(item[key], `${path}.${key}`);
  const viNote = optional('viNote');
  const hanViet = optional('hanViet');
  const note = optional('note');
  const quotation =
    item.quotation === undefined
      ? undefined
      : readQuotation(read, item.quotation, `${path}.quotation`);
  return {
    id: read.text(item.id, `${path}.id`),
    kind: kind ?? ('?' as VietnameseItem['kind']),
    vi: item.vi === null ? null : read.text(item.vi, `${path}.vi`),
    ...(viNote ? { viNote } : {}),
    gloss: read.text(item.gloss, `${path}.gloss`),
    forms: read
      .array(item.forms, `${path}.forms`)
      .map((v, i) => readForm(read, v, `${path}.forms[${i}]`)),
    otherNames: (item.otherNames === undefined
      ? []
      : read.array(item.otherNames, `${path}.otherNames`)
    ).map((v, i) => {
      const other = read.record(v, `${path}.otherNames[${i}]`) ?? {};
      return {
        text: read.text(other.text, `${path}.otherNames[${i}].text`),
        note: read.text(other.note, `${path}.otherNames[${i}].note`),
      };
    }),
    ...(hanViet ? { hanViet } : {}),
    ...(note ? { note } : {}),
    related: item.related === undefined ? [] : read.texts(item.related, `${path}.related`),
    ...(quotation ? { quotation } : {}),
  };
}

function readForm(read: ShapeReader, value: unknown, path: string): ItemForm {
  const form = read.record(value, path) ?? {};
  const script = read.oneOf(form.script, FORM_SCRIPTS, `${path}.script`, 'script');
  const rendering =
    form.rendering === undefined
      ? undefined
      : read.oneOf(form.rendering, RENDERINGS, `${path}.rendering`, 'rendering');
  const note = read.optionalText(form.note, `${path}.note`);
  return {
    text: read.text(form.text, `${path}.text`),
    script: script ?? ('?' as ItemForm['script']),
    ...(rendering ? { rendering } : {}),
    ...(note ? { note } : {}),
  };
}

function readQuotation(read: ShapeReader, value: unknown, path: string): QuotationInfo {
  const quote = read.record(value, path) ?? {};
  const speakerItem = read.optionalText(quote.speakerItem, `${path}.speakerItem`);
  const original = read.record(quote.original, `${path}.original`) ?? {};
  const status = read.oneOf(
    original.status,
    ORIGINAL_STATUSES,
    `${path}.original.status`,
    'original-status',
  );
  const witnesses = (key: 'witnesses' | 'leads') =>
    (original[key] === undefined ? [] : read.array(original[key], `${path}.original.${key}`)).map(
      (v, i) => readWitness(read, v, `${path}.original.${key}[${i}]`),
    );
  const parsed: Original = {
    status: status ?? ('?' as Original['status']),
    summary: read.text(original.summary, `${path}.original.summary`),
    witnesses: witnesses('witnesses'),
    leads: witnesses('leads'),
  };
  return {
    attributedTo: read.text(quote.attributedTo, `${path}.attributedTo`),
    ...(speakerItem ? { speakerItem } : {}),
    citation: quote.citation === null ? null : read.text(quote.citation, `${path}.citation`),
    original: parsed,
  };
}

function readWitness(read: ShapeReader, value: unknown, path: string): Witness {
  const witness = read.record(value, path) ?? {};
  const lang = read.oneOf(witness.lang, WITNESS_LANGS, `${path}.lang`, 'language');
  const text = read.optionalText(witness.text, `${path}.text`);
  return {
    lang: lang ?? 'vi',
    url: read.text(witness.url, `${path}.url`),
    ...(text ? { text } : {}),
    caveat: read.text(witness.caveat, `${path}.caveat`),
  };
}

function readExclusion(read: ShapeReader, value: unknown, path: string): ItemExclusion {
  const exclusion = read.record(value, path) ?? {};
  return {
    itemId: read.text(exclusion.itemId, `${path}.itemId`),
    blockId: read.text(exclusion.blockId, `${path}.blockId`),
    exact: read.text(exclusion.exact, `${path}.exact`),
    prefix:
      typeof exclusion.prefix === 'string'
        ? exclusion.prefix
        : read.text(exclusion.prefix, `${path}.prefix`),
    reason: read.text(exclusion.reason, `${path}.reason`),
  };
}
