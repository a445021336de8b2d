import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useAnnotationData } from '../data/annotation-data';
import { useReader } from '../state/reader-context';
import { FacetFilters } from './FacetFilters';
import { onSearchFocusRequest } from './focus-request';
import { FoldOptions } from './FoldOptions';
import { optionId, ResultList } from './ResultList';
import { revealFirstHit } from './reveal-hit';
import {
  clearFiltersPatch,
  filterPatch,
  foldsPatch,
  hasFilters,
  queryPatch,
  readSearchParams,
} from './search-params';
import type { SearchParams } from './search-params';
import { searchLacksAnnotations } from './search-service';
import { SearchStatus } from './SearchStatus';
import { Suggestions } from './Suggestions';
import { equivalentForms, noResultProposals, probeKey } from './suggestions';
import type { Proposal } from './suggestions';
import { useProbeCounts } from './use-probe-counts';
import { useSearch } from './use-search';
import './search.css';

/** Typing pauses this long before the search runs (a search takes a few ms, in the worker). */
const SEARCH_DELAY_MS = 120;
/**
 * …and this long before the query goes into the URL, which re-renders the text with the new
 * highlights (tens of ms on the main thread): not at every pause between two keys.
 */
const URL_DELAY_MS = 600;
/** The glossary panel and its entry parameter, where the reader has one (see its panel). */
const GLOSSARY_PANEL = 'glossary';
const TERM_PARAM = 'term';

/** Whether the panels are a drawer over the text (the phone layout, panels.css). */
const panelsCoverText = () => window.matchMedia?.('(max-width: 900px)').matches ?? false;

/**
 * The search panel: a search box (`/` anywhere brings the cursor here), the four normalisations,
 * keyword-in-context results with their print page and section, counts per filter, proposals when
 * nothing is found, and the glossary's equivalents of a term. The query, folds and filters live in
 * the URL; opening a result goes to the passage, where every occurrence is highlighted.
 */
export default function SearchPanelContent() {
  const { t } = useTranslation('search');
  const { document, extra, setExtra, navigate, openPanel, closePanels } = useReader();
  const url = readSearchParams(extra);
  const [input, setInput] = useState(url.query);
  // What is searched: the input once typing pauses (not the URL, which drops very long queries).
  const [query, setQuery] = useState(url.query);
  const written = useRef(url.query);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [active, setActive] = useState(-1);
  const annotationData = useAnnotationData(document.id);
  const listId = `${useId()}-results`;
  const inputId = `${useId()}-query`;
  const hintId = `${inputId}-hint`;

  const params: SearchParams = { query, folds: url.folds, filters: url.filters };
  const search = useSearch(document, params);
  const { hits, summary, info } = search;

  const writeUrl = (value: string, mode: 'push' | 'replace' = 'replace') => {
    const patch = queryPatch(value);
    written.current = patch.q ?? '';
    setExtra(patch, mode);
  };
  /** Searches `value` and puts it in the URL, now. */
  const commit = (value: string, mode: 'push' | 'replace' = 'replace') => {
    setQuery(value);
    writeUrl(value, mode);
  };
  const committed = () => input === query && (queryPatch(input).q ?? '') === written.current;

  // Back, forward or a link changed the URL's query: the box follows.
  useEffect(() => {
    if (url.query === written.current) return;
    written.current = url.query;
    setInput(url.query);
    setQuery(url.query);
  }, [url.query]);

  useEffect(() => {
    const search = setTimeout(() => setQuery(input), SEARCH_DELAY_MS);
    const url = setTimeout(() => {
      if ((queryPatch(input).q ?? '') !== written.current) writeUrl(input);
    }, URL_DELAY_MS);
    return () => {
      clearTimeout(search);
      clearTimeout(url);
    };
    // `writeUrl` is rebuilt on every render; the input is what matters.
  }, [input]);

  useEffect(() => onSearchFocusRequest(() => inputRef.current?.focus()), []);

  const resultKey = JSON.stringify([search.query, url.folds, url.filters]);
  useEffect(() => setActive(-1), [resultKey]);
  useEffect(() => {
    if (active >= 0)
      window.document
        .getElementById(optionId(listId, active))
        ?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const noResults =
    search.status === 'done' &&
    summary?.total === 0 &&
    !info?.problems.some((p) => p.code === 'empty' || p.code === 'only-exclusions');
  const equivalents = equivalentForms(info);
  const proposals = noResults ? [...noResultProposals(params), ...equivalents] : equivalents;
  const counts = useProbeCounts(
    document,
    params,
    search.status === 'done' ? proposals.map((p) => p.probe) : [],
  );

  const setTyped = (value: string) => {
    setInput(value);
    if (value.trim() === '') commit(value);
  };

  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    if (!committed()) commit(input);
    if (hit.layer === 'glossary') {
      const termId = hit.blockId.slice('glossary:'.length);
      if (window.document.getElementById(`tab-${GLOSSARY_PANEL}`)) {
        openPanel(GLOSSARY_PANEL);
        setExtra({ [TERM_PARAM]: termId }, 'push');
        return;
      }
      // Without a glossary panel: where does the article use the term?
      const term = annotationData.glossary.terms.find((x) => x.id === termId);
      const form = term?.zh[0];
      if (form) {
        setInput(form);
        commit(form, 'push');
      }
      return;
    }
    navigate(hit.anchor ? { blockId: hit.blockId, ...hit.anchor } : { blockId: hit.blockId });
    if (panelsCoverText()) closePanels?.();
    if (hit.layer === 'text') revealFirstHit(hit.blockId);
  };

  const apply = (proposal: Proposal) => {
    if (proposal.kind === 'fold') setExtra(foldsPatch(proposal.probe.folds), 'push');
    else if (proposal.kind === 'filters') setExtra(clearFiltersPatch(), 'push');
    else {
      setInput(proposal.probe.query);
      commit(proposal.probe.query, 'push');
    }
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const next =
        event.key === 'ArrowDown' ? Math.min(active + 1, hits.length - 1) : Math.max(active - 1, 0);
      if (event.key === 'ArrowDown' && next === hits.length - 1 && !search.complete)
        search.loadMore();
      setActive(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) open(active);
      else if (!committed()) commit(input);
      else if (hits.length) setActive(0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (input !== '') {
        setInput('');
        commit('');
      } else {
        closePanels?.();
        window.document.getElementById('text')?.focus();
      }
    }
  };

  return (
    <div
      className="search-panel"
      role="search"
      aria-label={t('title')}
      // Busy while the results do not yet answer what is in the box.
      aria-busy={
        input !== search.query || search.status === 'searching' || search.status === 'preparing'
      }
    >
      <label htmlFor={inputId} className="search-label">
        {t('label')}
      </label>
      <div className="search-field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          enterKeyHint="search"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-controls={listId}
          aria-expanded={hits.length > 0}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && hits[active] ? optionId(listId, active) : undefined}
          placeholder={t('placeholder')}
          value={input}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {input !== '' && (
          <button
            type="button"
            className="search-clear"
            aria-label={t('clear')}
            onClick={() => {
              setInput('');
              commit('');
              inputRef.current?.focus();
            }}
          >
            <Icon name="close" />
          </button>
        )}
      </div>
      <p id={hintId} className="search-hint">
        {t('syntax')}
      </p>
      <FoldOptions folds={url.folds} onChange={(folds) => setExtra(foldsPatch(folds), 'push')} />
      <SearchStatus
        status={search.status}
        summary={summary}
        problems={info?.problems ?? []}
        lacksAnnotations={search.status === 'done' && searchLacksAnnotations()}
      />
      {noResults && <p className="search-empty-hint">{t('noResults.hint')}</p>}
      {proposals.length > 0 && (
        <div className={noResults ? 'search-proposals' : 'search-equivalents'}>
          {!noResults && equivalents.some((p) => (counts.get(probeKey(p.probe)) ?? 0) > 0) && (
            <p className="search-equivalents-title">{t('equivalents')}</p>
          )}
          <Suggestions proposals={proposals} counts={counts} onApply={apply} />
        </div>
      )}
      {summary && summary.total > 0 && (
        <FacetFilters
          open={!panelsCoverText() || hasFilters(params)}
          document={document}
          params={params}
          facets={summary.facets}
          onChange={(dimension, values) => setExtra(filterPatch(dimension, values), 'push')}
        />
      )}
      <ResultList
        id={listId}
        hits={hits}
        active={active}
        busy={search.status === 'searching' || search.status === 'preparing'}
        onOpen={open}
        onHover={setActive}
      />
      {hits.length > 0 && !search.complete && (
        <button type="button" className="search-more" onClick={search.loadMore}>
          {t('more')}
        </button>
      )}
    </div>
  );
}
