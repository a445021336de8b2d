import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../search';
import { useReader } from '../state/reader-context';
import { sectionHeading, valueKey } from './labels';
import { ResultSnippet } from './ResultSnippet';

interface Props {
  id: string;
  hits: SearchHit[];
  active: number;
  busy: boolean;
  onOpen: (index: number) => void;
  onHover: (index: number) => void;
}

/** The id of the option showing hit `index` (for aria-activedescendant). */
export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * The hits as a listbox driven from the search box (combobox pattern): the box keeps the focus,
 * the arrow keys move the active option, Enter or a click opens it.
 */
export function ResultList({ id, hits, active, busy, onOpen, onHover }: Props) {
  const { t } = useTranslation('search');
  const { document } = useReader();
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={t('resultsLabel')}
      aria-busy={busy}
      className="search-results"
    >
      {hits.map((hit, index) => {
        // The section as the contents list prints it (壹、前言); nothing for a glossary entry.
        const heading = hit.layer === 'glossary' ? null : sectionHeading(document, hit.section);
        const where = heading ? (
          <span className="hit-section" lang={heading.lang} data-content="">
            {heading.text}
          </span>
        ) : null;
        return (
          // The option is chosen from the search box (Enter); a click is the mouse's way to it.
          <li
            key={hit.recordId}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === active}
            className={`search-hit${index === active ? ' is-active' : ''}`}
            onClick={() => onOpen(index)}
            onMouseMove={() => index !== active && onHover(index)}
          >
            <span className="hit-meta">
              {where}
              {hit.page !== null && (
                <span className="hit-page">{t('page', { page: hit.page })}</span>
              )}
              <span className="hit-kind">
                {hit.layer === 'text' ? t(valueKey('kind', hit.kind)) : t(`hitLayer.${hit.layer}`)}
              </span>
              <span className="hit-count">{t('occurrences', { count: hit.matches })}</span>
            </span>
            <ResultSnippet snippet={hit.snippet} lang={hit.lang} />
          </li>
        );
      })}
    </ul>
  );
}
