import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/Header';
import { LinkNotice } from './components/LinkNotice';
import { allDocuments } from './data/documents';
import { Sidebar } from './panels/Sidebar';
import { ReadingPane } from './reader/ReadingPane';
import { ReaderContext } from './state/reader-context';
import type { NavigateTo, ReaderContextValue } from './state/reader-context';
import { resolveLocation } from './state/resolve-location';
import { useUrlState } from './state/use-url-state';
import { EMPTY_STATE } from './state/url-state';

/** The reader: header, side panels and the reading pane, all driven by the URL. */
export function App() {
  const { t } = useTranslation();
  const { state, update } = useUrlState();
  const location = useMemo(() => resolveLocation(state, allDocuments), [state]);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [panelsOpen, setPanelsOpen] = useState(
    () => window.matchMedia?.('(min-width: 900px)').matches ?? true,
  );
  const { document } = location;

  const navigate = useCallback(
    (to: NavigateTo) => {
      if (!document) return;
      // On a phone the panels cover the text: close them so the reader sees where they went.
      if (window.matchMedia?.('(max-width: 900px)').matches) setPanelsOpen(false);
      update((current) => {
        const base = {
          ...EMPTY_STATE,
          doc: document.id,
          panel: current.panel,
          extra: current.extra,
        };
        return 'page' in to
          ? { ...base, page: to.page }
          : { ...base, block: to.blockId, start: to.start ?? null, end: to.end ?? null };
      });
    },
    [document, update],
  );
  const openPanel = useCallback(
    (panel: string | null) => {
      setPanelsOpen(true);
      update((current) => ({ ...current, panel }), 'replace');
    },
    [update],
  );
  const closePanels = useCallback(() => setPanelsOpen(false), []);
  const setExtra = useCallback(
    (patch: Record<string, string | null>, mode: 'push' | 'replace' = 'replace') => {
      update((current) => {
        const merged: Record<string, string | null> = { ...current.extra, ...patch };
        const extra = Object.fromEntries(
          Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null),
        );
        return { ...current, extra };
      }, mode);
    },
    [update],
  );

  const context: ReaderContextValue | null = document
    ? {
        document,
        target: location.target,
        panel: state.panel,
        extra: state.extra,
        navigate,
        openPanel,
        closePanels,
        setExtra,
      }
    : null;
  const noticeKey = location.notice ? `${location.notice.reason}:${location.notice.value}` : null;

  if (!context) return <p role="alert">{t('app.noDocument')}</p>;
  return (
    <ReaderContext.Provider value={context}>
      <Header panelsOpen={panelsOpen} onTogglePanels={() => setPanelsOpen((open) => !open)} />
      {location.notice && noticeKey !== dismissed && (
        <LinkNotice notice={location.notice} onDismiss={() => setDismissed(noticeKey)} />
      )}
      <div className={`layout${panelsOpen ? ' with-panels' : ''}`}>
        <Sidebar open={panelsOpen} />
        <ReadingPane />
      </div>
    </ReaderContext.Provider>
  );
}
