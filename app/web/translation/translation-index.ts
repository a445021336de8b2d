/**
 * The Vietnamese items and editorial notes of a document as the reader needs them: each item with
 * its occurrences in reading order, each note with where it lands, and both by block for the
 * decorations. Built once per loaded annotation data (memoised), pure apart from the cache.
 */
import type { Document, Lang } from '../../../corpus/model/document';
import type { FormScript, ItemKind, VietnameseItem } from '../../../corpus/vietnamese/item-types';
import { ITEM_KINDS } from '../../../corpus/vietnamese/item-types';
import type {
  EditorialAnnotation,
  VietnameseAnnotation,
} from '../../../annotations/model/annotation';
import type { AnchorResult, Anchored } from '../../../annotations/model/anchor';
import type { DocumentAnnotationData } from '../data/annotation-data';

export interface Placed<A> {
  annotation: A;
  anchor: AnchorResult;
}

export interface TranslationIndex {
  items: VietnameseItem[];
  item: Map<string, VietnameseItem>;
  /** Occurrences of each item, placed ones in reading order, orphans last. */
  occurrences: Map<string, Placed<VietnameseAnnotation>[]>;
  vietnamese: Map<string, Placed<VietnameseAnnotation>>;
  /** Editorial notes, placed ones in reading order, orphans last. */
  notes: Placed<EditorialAnnotation>[];
  note: Map<string, Placed<EditorialAnnotation>>;
  /** Placed annotations of both layers, by block. */
  byBlock: Map<
    string,
    { vietnamese: Anchored[]; ids: string[]; editorial: Anchored[]; notes: string[] }
  >;
}

const cache = new WeakMap<DocumentAnnotationData, TranslationIndex>();

/** The index of a document's Vietnamese items and editorial notes (built once per data object). */
export function translationIndex(
  document: Document,
  data: DocumentAnnotationData,
): TranslationIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const order = new Map(document.blocks.map((b, i) => [b.id, i]));
  const position = (anchor: AnchorResult) =>
    anchor.status === 'anchored'
      ? (order.get(anchor.blockId) ?? 0) * 1e7 + anchor.start
      : Number.MAX_SAFE_INTEGER;
  const byOrder = <A>(a: Placed<A>, b: Placed<A>) => position(a.anchor) - position(b.anchor);

  const items = data.vietnamese?.items ?? [];
  const vietnamese = new Map<string, Placed<VietnameseAnnotation>>();
  const notes: Placed<EditorialAnnotation>[] = [];
  for (const { annotation, anchor } of data.annotations) {
    if (annotation.layer === 'vietnamese') vietnamese.set(annotation.id, { annotation, anchor });
    if (annotation.layer === 'editorial') notes.push({ annotation, anchor });
  }
  const occurrences = new Map<string, Placed<VietnameseAnnotation>[]>(
    items.map((item) => [item.id, []]),
  );
  for (const placed of [...vietnamese.values()].sort(byOrder))
    occurrences.get(placed.annotation.itemId)?.push(placed);
  notes.sort(byOrder);

  const byBlock: TranslationIndex['byBlock'] = new Map();
  const entry = (blockId: string) => {
    let found = byBlock.get(blockId);
    if (!found)
      byBlock.set(blockId, (found = { vietnamese: [], ids: [], editorial: [], notes: [] }));
    return found;
  };
  for (const { annotation, anchor } of vietnamese.values()) {
    if (anchor.status !== 'anchored') continue;
    const at = entry(anchor.blockId);
    at.vietnamese.push(anchor);
    at.ids.push(annotation.id);
  }
  for (const { annotation, anchor } of notes) {
    if (anchor.status !== 'anchored') continue;
    const at = entry(anchor.blockId);
    at.editorial.push(anchor);
    at.notes.push(annotation.id);
  }

  const index: TranslationIndex = {
    items,
    item: new Map(items.map((i) => [i.id, i])),
    occurrences,
    vietnamese,
    notes,
    note: new Map(notes.map((n) => [n.annotation.id, n])),
    byBlock,
  };
  cache.set(data, index);
  return index;
}

/** The editorial notes whose span overlaps [start, end) of a block. */
export function notesOverlapping(
  index: TranslationIndex,
  blockId: string,
  start: number,
  end: number,
): Placed<EditorialAnnotation>[] {
  return index.notes.filter(
    ({ anchor }) =>
      anchor.status === 'anchored' &&
      anchor.blockId === blockId &&
      anchor.start < end &&
      start < anchor.end,
  );
}

/** The editorial notes on any occurrence of an item, each once. */
export function notesOnItem(
  index: TranslationIndex,
  itemId: string,
): Placed<EditorialAnnotation>[] {
  const found = new Set<Placed<EditorialAnnotation>>();
  for (const { anchor } of index.occurrences.get(itemId) ?? [])
    if (anchor.status === 'anchored')
      for (const note of notesOverlapping(index, anchor.blockId, anchor.start, anchor.end))
        found.add(note);
  return [...found];
}

/** The language a form is written in: quốc ngữ and plain Latin Vietnamese are `vi`. */
export function langOfScript(script: FormScript): Lang {
  return script === 'han' ? 'zh-Hant' : script === 'english' ? 'en' : 'vi';
}

/** The item form an occurrence quotes (its script and rendering), if the quote is one of them. */
export function formOf(item: VietnameseItem | undefined, exact: string) {
  return item?.forms.find((f) => f.text === exact);
}

/** Items grouped by kind, in the order of the kind vocabulary; empty groups left out. */
export function groupByKind(items: VietnameseItem[]): [ItemKind, VietnameseItem[]][] {
  return ITEM_KINDS.map(
    (kind) => [kind, items.filter((i) => i.kind === kind)] as [ItemKind, VietnameseItem[]],
  ).filter(([, group]) => group.length > 0);
}

/** Text folded for filtering: case, Vietnamese tone and vowel marks, đ → d, width. */
export function foldForFilter(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

/** True when the (folded) query occurs in any form, spelling, gloss or id of the item. */
export function itemMatches(item: VietnameseItem, query: string): boolean {
  const folded = foldForFilter(query.trim());
  if (folded === '') return true;
  const fields = [
    item.id,
    item.vi ?? '',
    item.gloss,
    ...item.forms.map((f) => f.text),
    ...item.otherNames.map((o) => o.text),
    item.quotation?.attributedTo ?? '',
  ];
  return fields.some((field) => foldForFilter(field).includes(folded));
}
