/** In-text citations inline: `<bibl>` with `<author>`, `<date>` and `<biblScope unit="page">`. */
import type { Document } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import type { WrapMark } from './inline-marks';
import type { MarkSink } from './mark-sink';
import type { Citation, CitationFinder } from './tei-inputs';
import { startTag } from './xml';

/** `narrative` or `parenthetical`, when the finder says. */
const formOf = (citation: Citation) =>
  citation.narrative === undefined ? undefined : citation.narrative ? 'narrative' : 'parenthetical';

/** Adds a `<bibl>` mark (and its parts) for every citation the finder reports. */
export function addCitationMarks(document: Document, find: CitationFinder, sink: MarkSink): void {
  for (const block of document.blocks) {
    for (const citation of find(block)) {
      const bibl: WrapMark = {
        kind: 'citation',
        start: citation.start,
        end: citation.end,
        open: startTag('bibl', { type: 'in-text', subtype: formOf(citation), n: citation.key }),
        close: '</bibl>',
        priority: 40,
        nesting: 30,
        ifRejected: null,
      };
      sink.wrap(block.id, bibl);
      const part = (span: { start: number; end: number }, open: string, close: string) =>
        sink.wrap(block.id, {
          kind: 'citation-part',
          start: span.start,
          end: span.end,
          open,
          close,
          priority: 41,
          nesting: 60,
          dependsOn: bibl,
          ifRejected: null,
        });
      if (citation.author) part(citation.author, '<author>', '</author>');
      if (citation.year) {
        const year = sliceCodePoints(block.text, citation.year.start, citation.year.start + 4);
        part(
          citation.year,
          startTag('date', { when: /^\d{4}$/.test(year) ? year : undefined }),
          '</date>',
        );
      }
      if (citation.locator) {
        part(citation.locator, startTag('biblScope', { unit: 'page' }), '</biblScope>');
      }
    }
  }
}
