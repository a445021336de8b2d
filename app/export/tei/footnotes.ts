/** Footnotes go into the text at their markers, as `<note place="foot">` milestones. */
import type { Document, FootnoteBlock } from '../../../corpus/model/document';
import { footnoteXml } from './block-element';
import { MILESTONE_ORDER } from './inline-marks';
import type { MarkSink } from './mark-sink';

/** Adds a note milestone at every marker; returns the ids of the footnote blocks so placed. */
export function addFootnotes(document: Document, sink: MarkSink): Set<string> {
  const footnotes = document.blocks.filter((b): b is FootnoteBlock => b.kind === 'footnote');
  const placed = new Set<string>();
  for (const block of document.blocks) {
    for (const ref of block.footnoteRefs) {
      const footnote =
        footnotes.find((f) => f.footnote === ref.n && f.refBlockId === block.id) ??
        footnotes.find((f) => f.footnote === ref.n && !placed.has(f.id));
      if (!footnote || placed.has(footnote.id)) {
        sink.problem(block.id, `footnote marker ${ref.n} has no footnote to hold`);
        continue;
      }
      placed.add(footnote.id);
      sink.milestone(block.id, {
        offset: ref.offset,
        order: MILESTONE_ORDER.footnote,
        xml: footnoteXml(footnote, sink, block.lang),
      });
    }
  }
  for (const footnote of footnotes) {
    if (!placed.has(footnote.id))
      sink.problem(footnote.id, 'no marker in the text: written where it stands');
  }
  return placed;
}
