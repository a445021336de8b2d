/** Interface phrases about a citation or a source, shared by the card and the Sources panel. */
import type { TFunction } from 'i18next';
import type { Citation } from '../../../corpus/citations/citation';

/** `cites p. 164`, `cites pp. 165-171` or `no page cited`. */
export function citedPagesText(t: TFunction, citation: Citation): string {
  if (!citation.locator) return t('citations:citesNoPage');
  return /[-–]/u.test(citation.locator)
    ? t('citations:citesPages', { locator: citation.locator })
    : t('citations:citesPage', { locator: citation.locator });
}

/** `narrative` (the author in the sentence) or `parenthetical`. */
export function formText(t: TFunction, citation: Citation): string {
  return citation.narrative ? t('citations:narrative') : t('citations:parenthetical');
}
