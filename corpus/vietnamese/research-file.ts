/** What the research file (`vietnamese-sources.md`) says: its URLs and its quoted wording. */

/** Every http(s) URL written in the research text, without trailing punctuation. */
export function researchUrls(research: string): Set<string> {
  const urls = new Set<string>();
  for (const match of research.matchAll(/https?:\/\/[^\s<>()[\]`"'，、]+/gu)) {
    urls.add(match[0].replace(/[.,:;]+$/u, ''));
  }
  return urls;
}

/** True when the research text names this page: the URL itself, or its host and path without the scheme. */
export function researchMentionsUrl(research: string, url: string): boolean {
  if (researchUrls(research).has(url)) return true;
  const bare = url.replace(/^https?:\/\//u, '');
  return bare.length > 8 && bare !== url && research.includes(bare);
}

/** True when `wording` occurs in the research text verbatim (up to white space and NFC). */
export function researchQuotes(research: string, wording: string): boolean {
  const normalise = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return normalise(research).includes(normalise(wording));
}
