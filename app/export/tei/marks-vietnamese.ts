/**
 * Vietnamese inline: the `vietnamese` layer's items as `<rs ref="#viet.…">` (with `<foreign
 * xml:lang="vi">` inside where the item is written in Latin script), and Latin-script runs of
 * Chinese text that have Vietnamese letters or tone marks as `<foreign xml:lang="vi">`.
 */
import type { VietnameseAnnotation } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import { langRuns } from '../../web/reader/lang-runs';
import type { WrapMark } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { placeLayer } from './place-layer';
import { emptyElement, startTag } from './xml';
import {
  annotationXmlId,
  endAnchorId,
  pointer,
  startAnchorId,
  vietnameseItemXmlId,
} from './xml-ids';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** The forms under which each Vietnamese item occurs, as the article writes them. */
export type VietnameseOccurrences = Map<string, { form: string; lang: 'vi' | 'zh-Hant' }[]>;

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

/** Adds the layer's items and the detected Vietnamese runs; returns each item's forms. */
export function addVietnameseMarks(
  blocks: Map<string, Block>,
  annotations: VietnameseAnnotation[],
  sink: MarkSink,
): VietnameseOccurrences {
  const occurrences: VietnameseOccurrences = new Map();
  const latinItems = new Map<string, { start: number; end: number }[]>();
  for (const { annotation, block, start, end } of placeLayer(blocks, annotations, sink)) {
    const xmlId = annotationXmlId(annotation.id);
    const ref = pointer(vietnameseItemXmlId(annotation.itemId));
    const exact = annotation.target.quote.exact;
    const isLatin = LATIN.test(exact) && !HAN.test(exact);
    const forms = occurrences.get(annotation.itemId) ?? [];
    if (!forms.some((f) => f.form === exact))
      forms.push({ form: exact, lang: isLatin ? 'vi' : 'zh-Hant' });
    occurrences.set(annotation.itemId, forms);
    sink.wrap(block.id, {
      kind: 'vietnamese',
      start,
      end,
      open: startTag('rs', { 'xml:id': xmlId, type: 'vietnamese', ref }),
      close: '</rs>',
      priority: 25,
      nesting: 40,
      ifRejected: {
        milestones: anchorPair(xmlId, start, end),
        standoff: {
          group: 'vietnamese',
          xml: emptyElement('span', {
            'xml:id': xmlId,
            from: pointer(startAnchorId(xmlId)),
            to: pointer(endAnchorId(xmlId)),
            ana: ref,
          }),
        },
      },
    });
    if (isLatin && block.lang !== 'vi') {
      sink.wrap(block.id, foreign(start, end, 26));
      latinItems.set(block.id, [...(latinItems.get(block.id) ?? []), { start, end }]);
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
