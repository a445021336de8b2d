/** The permalink of a passage: the reader's URL with `?doc=…&block=…[&start=…&end=…]`. */
export function permalink(
  docId: string,
  blockId: string,
  range: { start: number; end: number } | null,
  base = `${window.location.origin}${window.location.pathname}`,
): string {
  const params = new URLSearchParams({ doc: docId, block: blockId });
  if (range) {
    params.set('start', String(range.start));
    params.set('end', String(range.end));
  }
  return `${base}?${params.toString()}`;
}
