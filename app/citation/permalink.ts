/**
 * Permalinks to a passage, in the reader's URL scheme: `?doc=<docId>&block=<blockId>`, plus
 * `&start=<cp>&end=<cp>` for a selection (code points in the block's NFC text). Relative to the
 * reader's own URL, so they work wherever the static build is served.
 */
import type { Span } from '../../corpus/model/document';

/** The relative permalink (`?doc=…&block=…[&start=…&end=…]`) to a block or a selection in it. */
export function passagePermalink(docId: string, blockId: string, range?: Span): string {
  const params = new URLSearchParams({ doc: docId, block: blockId });
  if (range) {
    params.set('start', String(range.start));
    params.set('end', String(range.end));
  }
  return `?${params.toString()}`;
}

/** The permalink made absolute against the reader's URL (its own query and hash are replaced). */
export function resolvePermalink(permalink: string, readerUrl: string): string {
  const url = new URL(permalink, readerUrl);
  url.hash = '';
  return url.toString();
}
