/**
 * The `editorial` layer. Where the correction proposes a replacement for the quoted words
 * (`replacementOf`, annotations/editorial/replacement.ts), the text gets
 * `<choice><sic>…</sic><corr resp="#triglot" cert="…">…</corr></choice>`; the whole correction,
 * the reasoning and the sources always follow as `<note type="editorial" resp="#triglot">` at the
 * end of the passage.
 * A correction that is not a replacement, or a `<choice>` that would cross another element, is a
 * note pointing at anchors around the passage (`@target`, `@targetEnd`).
 */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { Block } from '../../../corpus/model/document';
import { replacementOf } from '../../../annotations/editorial/replacement';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { MILESTONE_ORDER } from './inline-marks';
import type { Milestone } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { placeLayer } from './place-layer';
import { PROJECT, escapeText, startTag, textElement } from './xml';
import { annotationXmlId, endAnchorId, pointer, startAnchorId } from './xml-ids';

const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

const correctionLang = (text: string) => (VIETNAMESE_LETTER.test(text) ? 'vi' : undefined);

/** Adds the editorial choices and notes of every placed editorial annotation. */
export function addEditorialMarks(
  blocks: Map<string, Block>,
  annotations: LoadedAnnotation[],
  sink: MarkSink,
): void {
  for (const { annotation, block, start, end } of placeLayer(
    'editorial',
    annotations,
    blocks,
    sink,
  )) {
    const xmlId = annotationXmlId(annotation.id);
    const sources = annotation.sources
      .map((url) => textElement('ref', { target: url }, url))
      .join(', ');
    const full = annotation.correction.trim();
    const said = `Correction: ${escapeText(full, annotation.id)}${/[.!?]$/u.test(full) ? '' : '.'}`;
    const noteText = `${said} ${escapeText(annotation.note, annotation.id)}${sources ? ` Sources: ${sources}.` : ''}`;
    const noteAt = (attrs: Record<string, string>, content: string): Milestone => ({
      offset: end,
      order: MILESTONE_ORDER.editorialNote,
      xml: `${startTag('note', { type: 'editorial', resp: PROJECT, cert: annotation.confidence, 'xml:lang': 'en', ...attrs })}${content}</note>`,
    });
    const standalone = [
      ...anchorPair(xmlId, start, end),
      noteAt(
        {
          'xml:id': xmlId,
          target: pointer(startAnchorId(xmlId)),
          targetEnd: pointer(endAnchorId(xmlId)),
        },
        noteText,
      ),
    ];
    const replacement = replacementOf(sliceCodePoints(block.text, start, end), full);
    if (replacement === null) {
      for (const milestone of standalone) sink.milestone(block.id, milestone);
      sink.count('standoff', 'editorial-note');
      continue;
    }
    sink.wrap(block.id, {
      kind: 'editorial',
      start,
      end,
      open: `${startTag('choice', { 'xml:id': xmlId })}<sic>`,
      close: `</sic>${textElement('corr', { resp: PROJECT, cert: annotation.confidence, 'xml:lang': correctionLang(replacement) }, replacement)}</choice>`,
      priority: 10,
      nesting: 20,
      ifAccepted: [noteAt({ 'xml:id': `${xmlId}.note`, target: pointer(xmlId) }, noteText)],
      ifRejected: { milestones: standalone },
    });
  }
}
