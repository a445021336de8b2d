import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../state/reader-context';
import { citationIndexOf } from './citation-data';
import { SourceFilters } from './SourceFilters';
import { SourceItem } from './SourceItem';
import { SourcesSummary } from './SourcesSummary';
import { readSourceView, SOURCE_PARAMS, viewSources } from './source-list';

/**
 * The source index: every cited work with its citation count, filtered by kind and language and
 * sorted by name or count; a work opens to its citing passages. Selection, filters and sort are
 * URL parameters, so reload and the back button restore them.
 */
export function SourcesPanel() {
  const { t } = useTranslation('citations');
  const { document, extra, setExtra } = useReader();
  const index = citationIndexOf(document);
  const view = readSourceView(extra);
  const shown = viewSources(index.sources, view);
  const list = useRef<HTMLUListElement>(null);

  // Bring the selected work into view inside the panel (not the window) when it changes; when
  // nothing has focus (the card that asked for it has closed), its button takes focus.
  useEffect(() => {
    if (!view.selected) return;
    const item = list.current?.querySelector<HTMLElement>(
      `[data-source="${CSS.escape(view.selected)}"]`,
    );
    const body = item?.closest<HTMLElement>('.panel-body');
    if (!item || !body) return;
    const offset = item.getBoundingClientRect().top - body.getBoundingClientRect().top;
    if (offset < 0 || offset > body.clientHeight - 48) body.scrollTop += offset - 8;
    if (!window.document.activeElement || window.document.activeElement === window.document.body)
      item.querySelector<HTMLElement>('.source-toggle')?.focus({ preventScroll: true });
  }, [view.selected]);

  return (
    <div className="sources-panel">
      <SourcesSummary index={index} />
      <SourceFilters sources={index.sources} view={view} />
      <p className="sources-showing" role="status">
        {t('panel.showing', {
          works: shown.length,
          total: index.sources.length,
          citations: shown.reduce((sum, entry) => sum + entry.citations.length, 0),
        })}
      </p>
      {shown.length === 0 && (
        <p className="panel-note">
          {t('panel.none')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setExtra({ [SOURCE_PARAMS.kind]: null, [SOURCE_PARAMS.language]: null }, 'push')
            }
          >
            {t('panel.clearFilters')}
          </button>
        </p>
      )}
      <ul className="source-list" ref={list}>
        {shown.map((entry) => (
          <SourceItem key={entry.key} entry={entry} expanded={entry.key === view.selected} />
        ))}
      </ul>
    </div>
  );
}
