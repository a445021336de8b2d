/**
 * Vietnamese inline: the `vietnamese` layer's items as `<rs ref="#viet.…">`, with `<foreign
 * xml:lang="vi">` inside where the article writes the item in Vietnamese (with or without its
 * diacritics: `Biển Đông`, `Dan Tri`), but not where it uses an English name (`Vietnam MOFA`);
 * and the Latin-script runs of the text that have Vietnamese letters or tone marks and are no item
 * as `<foreign xml:lang="vi">`.
 */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { Block } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { langRuns } from '../../web/reader/lang-runs';
import type { WrapMark } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { anchoredSpan } from './mark-sink';
import { placeLayer } from './place-layer';
import type { VietnameseItemInfo } from './tei-inputs';
import { startTag } from './xml';
import { annotationXmlId, pointer, vietnameseItemXmlId } from './xml-ids';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export type FormLang = 'vi' | 'zh-Hant' | 'en';

/** The forms under which each Vietnamese item occurs, as the article writes them. */
export type VietnameseOccurrences = Map<string, { form: string; lang: FormLang }[]>;

const foreign = (start: number, end: number, priority: number): WrapMark => ({
  kind: 'foreign',
  start,
  end,
  open: startTag('foreign', { 'xml:lang': 'vi' }),
  close: '</foreign>',
  priority,
  nesting: 45,
  ifRejected: null,
});

/**
 * The language of a form: as the item data says, else (an item the data does not describe)
 * Vietnamese for Latin script without Chinese characters, Chinese otherwise.
 */
function formLang(text: string, info: VietnameseItemInfo | undefined): FormLang {
  const known = info?.forms?.find((f) => f.text === text);
  if (known) return known.lang;
  return LATIN.test(text) && !HAN.test(text) ? 'vi' : 'zh-Hant';
}

/** Adds the layer's items and the detected Vietnamese runs; returns each item's forms. */
export function addVietnameseMarks(
  blocks: Map<string, Block>,
  annotations: LoadedAnnotation[],
  items: VietnameseItemInfo[],
  sink: MarkSink,
): VietnameseOccurrences {
  const info = new Map(items.map((item) => [item.id, item]));
  const occurrences: VietnameseOccurrences = new Map();
  const latinItems = new Map<string, { start: number; end: number }[]>();
  for (const { annotation, block, start, end } of placeLayer(
    'vietnamese',
    annotations,
    blocks,
    sink,
  )) {
    const xmlId = annotationXmlId(annotation.id);
    const ref = pointer(vietnameseItemXmlId(annotation.itemId));
    const text = sliceCodePoints(block.text, start, end);
    const lang = formLang(text, info.get(annotation.itemId));
    const forms = occurrences.get(annotation.itemId) ?? [];
    if (!forms.some((f) => f.form === text)) forms.push({ form: text, lang });
    occurrences.set(annotation.itemId, forms);
    sink.wrap(block.id, {
      kind: 'vietnamese',
      start,
      end,
      open: startTag('rs', { 'xml:id': xmlId, type: 'vietnamese', ref }),
      close: '</rs>',
      priority: 25,
      nesting: 40,
      ifRejected: anchoredSpan('vietnamese', xmlId, start, end, { ana: ref }),
    });
    if (LATIN.test(text)) {
      // A detected run over the same words is the item: it is not written twice.
      latinItems.set(block.id, [...(latinItems.get(block.id) ?? []), { start, end }]);
      if (lang === 'vi' && block.lang !== 'vi') sink.wrap(block.id, foreign(start, end, 26));
    }
  }
  for (const block of blocks.values()) {
    const items = latinItems.get(block.id) ?? [];
    for (const run of langRuns(block.text, block.lang)) {
      if (run.lang !== 'vi') continue;
      if (items.some((item) => item.start < run.end && run.start < item.end)) continue;
      sink.wrap(block.id, foreign(run.start, run.end, 60));
    }
  }
  return occurrences;
}
