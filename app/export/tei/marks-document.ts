/**
 * Marks that come from the Document itself: page breaks inside blocks, keywords, the dates of
 * the appendix timeline and of the received/accepted note.
 */
import type { Block, Document } from '../../../corpus/model/document';
import { codePointLength, utf16ToCodePoint } from '../../../corpus/text/code-points';
import { MILESTONE_ORDER } from './inline-marks';
import type { WrapMark } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { emptyElement, startTag } from './xml';

/** Id of the Minguo (Republic of China) calendar declared in the header. */
export const MINGUO_CALENDAR = 'minguo';

/** Adds the Document's own marks of every block to the sink. */
export function addDocumentMarks(document: Document, sink: MarkSink): void {
  for (const block of document.blocks) {
    for (const pb of block.pageBreaks) {
      sink.milestone(block.id, {
        offset: pb.offset,
        order: MILESTONE_ORDER.pageBreak,
        xml: emptyElement('pb', { n: pb.page }),
      });
    }
    for (const mark of structuralMarks(block)) sink.wrap(block.id, mark);
  }
}

const wrap = (
  kind: string,
  start: number,
  end: number,
  open: string,
  close: string,
  priority: number,
): WrapMark => ({ kind, start, end, open, close, priority, nesting: priority, ifRejected: null });

function structuralMarks(block: Block): WrapMark[] {
  switch (block.kind) {
    case 'keywords':
      return block.keywords.map((k) =>
        wrap('keyword', k.start, k.end, startTag('seg', { type: 'keyword' }), '</seg>', 15),
      );
    case 'timeline-entry': {
      const { date, start, end } = block.entry;
      const attrs = start === end ? { when: start } : { from: start, to: end };
      return [wrap('date', date.start, date.end, startTag('date', attrs), '</date>', 5)];
    }
    case 'note':
      return block.role === 'received' ? receivedDates(block.text) : [];
    default:
      return [];
  }
}

const LABELS: Record<string, string> = { 收件: 'received', 接受: 'accepted' };

/**
 * 「（收件：108年3月18日，接受：108年12月5日）」: the years are Minguo years (108 = 2019); `@when`
 * gives the Gregorian date and `@calendar` says how the text counts.
 */
function receivedDates(text: string): WrapMark[] {
  const marks: WrapMark[] = [];
  for (const match of text.matchAll(/(收件|接受)：(\d{2,3})年(\d{1,2})月(\d{1,2})日/g)) {
    const [whole, label, year, month, day] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const dateText = whole.slice(label.length + 1);
    const start = utf16ToCodePoint(text, (match.index ?? 0) + label.length + 1);
    const end = start + codePointLength(dateText);
    const when = `${Number(year) + 1911}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const open = startTag('date', { type: LABELS[label], calendar: `#${MINGUO_CALENDAR}`, when });
    marks.push(wrap('date', start, end, open, '</date>', 5));
  }
  return marks;
}
