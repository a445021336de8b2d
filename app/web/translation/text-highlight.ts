/**
 * Lights up a passage of the reading pane without touching its DOM, through the CSS Custom
 * Highlight API (`::highlight(aligned-sentence)`): hovering a sentence in the parallel view shows
 * where it stands in the text. Where the API is missing (older browsers, jsdom) nothing happens.
 */
import { codePointLength, codePointToUtf16 } from '../../../corpus/text/code-points';

export const HIGHLIGHT_NAME = 'aligned-sentence';

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function api(): { registry: HighlightApi['highlights']; Highlight: HighlightConstructor } | null {
  const css = (globalThis as { CSS?: Partial<HighlightApi> }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** The DOM range of [start, end) code points of a rendered block, or null if it is not rendered. */
export function blockDomRange(blockId: string, start: number, end: number): Range | null {
  const block = document.getElementById(blockId);
  if (!block) return null;
  let from: [Text, number] | null = null;
  let to: [Text, number] | null = null;
  for (const span of block.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = span.firstChild;
    if (!(node instanceof Text)) continue;
    const text = node.data;
    const base = Number(span.dataset.start);
    const length = codePointLength(text);
    if (!from && start >= base && start < base + length)
      from = [node, codePointToUtf16(text, start - base)];
    if (end > base && end <= base + length) to = [node, codePointToUtf16(text, end - base)];
  }
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** Highlights [start, end) of a block in the reading pane (replacing any earlier highlight). */
export function showTextHighlight(blockId: string, start: number, end: number): boolean {
  const highlight = api();
  const range = highlight ? blockDomRange(blockId, start, end) : null;
  if (!highlight || !range) return false;
  highlight.registry.set(HIGHLIGHT_NAME, new highlight.Highlight(range));
  return true;
}

/** Removes the highlight. */
export function clearTextHighlight(): void {
  api()?.registry.delete(HIGHLIGHT_NAME);
}
