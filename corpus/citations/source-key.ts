/** The key and the label of a cited work: its author(s), year and year suffix. */

/** `pape-2005`, `tran-vieira-ferreira-pereira-2013`, `dan-tri-2018c`, `吳玉山-2009`. */
export function sourceKey(authors: readonly string[], year: number, suffix: string): string {
  const slug = authors
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `${slug}-${year}${suffix}`;
}

/** Author(s) and year as the article writes them, with one space before the year: `吳玉山 2009`. */
export function sourceLabel(authorText: string, year: number, suffix: string): string {
  return `${authorText} ${year}${suffix}`;
}
