/**
 * The `editorial` layer. Where the correction is a replacement for the quoted words (same
 * script, no longer than three times the quote plus ten characters), the text gets
 * `<choice><sic>…</sic><corr resp="#triglot" cert="…">…</corr></choice>`; the reasoning and the
 * sources always follow as `<note type="editorial" resp="#triglot">` at the end of the passage.
 * A correction that is not a replacement, or a `<choice>` that would cross another element, is a
 * note pointing at anchors around the passage (`@target`, `@targetEnd`).
 */
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import { codePointLength } from '../../../corpus/text/code-points';
import { MILESTONE_ORDER } from './inline-marks';
import type { Milestone } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { placeLayer } from './place-layer';
import { PROJECT, escapeText, startTag, textElement } from './xml';
import { annotationXmlId, endAnchorId, pointer, startAnchorId } from './xml-ids';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Whether `correction` can stand in the text in place of `exact`. */
export function isReplacement(exact: string, correction: string): boolean {
  return (
    correction.trim() !== '' &&
    correction !== exact &&
    !/[\n\r]/.test(correction) &&
    HAN.test(exact) === HAN.test(correction) &&
    LATIN.test(exact) === LATIN.test(correction) &&
    codePointLength(correction) <= 3 * codePointLength(exact) + 10
  );
}

const correctionLang = (text: string) => (VIETNAMESE_LETTER.test(text) ? 'vi' : undefined);

/** Adds the editorial choices and notes of every placed editorial annotation. */
export function addEditorialMarks(
  blocks: Map<string, Block>,
  annotations: EditorialAnnotation[],
  sink: MarkSink,
): void {
  for (const { annotation, block, start, end } of placeLayer(blocks, annotations, sink)) {
    const xmlId = annotationXmlId(annotation.id);
    const sources = annotation.sources
      .map((url) => textElement('ref', { target: url }, url))
      .join(', ');
    const reasoning =
      escapeText(annotation.note, annotation.id) + (sources ? ` Sources: ${sources}.` : '');
    const noteAt = (attrs: Record<string, string>, content: string): Milestone => ({
      offset: end,
      order: MILESTONE_ORDER.editorialNote,
      xml: `${startTag('note', { type: 'editorial', resp: PROJECT, cert: annotation.confidence, 'xml:lang': 'en', ...attrs })}${content}</note>`,
    });
    const correction = textElement(
      'corr',
      {
        resp: PROJECT,
        cert: annotation.confidence,
        'xml:lang': correctionLang(annotation.correction),
      },
      annotation.correction,
    );
    const standalone = [
      ...anchorPair(xmlId, start, end),
      noteAt(
        {
          'xml:id': xmlId,
          target: pointer(startAnchorId(xmlId)),
          targetEnd: pointer(endAnchorId(xmlId)),
        },
        `Correction: ${correction}. ${reasoning}`.trim(),
      ),
    ];
    if (!isReplacement(annotation.target.quote.exact, annotation.correction)) {
      for (const milestone of standalone) sink.milestone(block.id, milestone);
      sink.count('standoff', 'editorial-note');
      continue;
    }
    sink.wrap(block.id, {
      kind: 'editorial',
      start,
      end,
      open: `${startTag('choice', { 'xml:id': xmlId })}<sic>`,
      close: `</sic>${correction}</choice>`,
      priority: 10,
      nesting: 20,
      ifAccepted: [noteAt({ 'xml:id': `${xmlId}.note`, target: pointer(xmlId) }, reasoning)],
      ifRejected: { milestones: standalone },
    });
  }
}
