/** Composes one block's text from several parts (cells, date and event…) separated by a space. */
import { codePointLength } from '../text/code-points';
import type { Span } from '../model/document';
import type { JoinedText } from './join-lines';

export interface ComposedText extends JoinedText {
  /** The span of each part in `text`, in the order given. */
  spans: Span[];
}

/** Joins parts with single spaces, shifting their page breaks and footnote references. */
export function composeParts(parts: JoinedText[]): ComposedText {
  const first = parts[0];
  if (!first) throw new Error('composeParts needs at least one part');
  const composed: ComposedText = {
    text: '',
    pages: [first.pages[0], first.pages[1]],
    pageBreaks: [],
    footnoteRefs: [],
    firstLine: first.firstLine,
    lastLine: first.lastLine,
    spans: [],
  };
  let length = 0;
  let page = first.pages[0];
  parts.forEach((part, index) => {
    const separator = index > 0 && part.text !== '' && composed.text !== '' ? ' ' : '';
    composed.text += separator;
    length += separator.length;
    if (part.pages[0] !== page) composed.pageBreaks.push({ offset: length, page: part.pages[0] });
    for (const pb of part.pageBreaks)
      composed.pageBreaks.push({ ...pb, offset: pb.offset + length });
    for (const ref of part.footnoteRefs)
      composed.footnoteRefs.push({ ...ref, offset: ref.offset + length });
    const partLength = codePointLength(part.text);
    composed.spans.push({ start: length, end: length + partLength });
    composed.text += part.text;
    length += partLength;
    page = part.pages[1];
    composed.pages[1] = Math.max(composed.pages[1], part.pages[1]);
    composed.firstLine = Math.min(composed.firstLine, part.firstLine);
    composed.lastLine = Math.max(composed.lastLine, part.lastLine);
  });
  return composed;
}

/** A part made of text that is not tied to source lines of its own (e.g. a table cell). */
export function detachedPart(text: string, page: number, line: number): JoinedText {
  return {
    text,
    pages: [page, page],
    pageBreaks: [],
    footnoteRefs: [],
    firstLine: line,
    lastLine: line,
  };
}
