import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The search panel's code is a chunk of its own, fetched after the first paint (see
 * `warmSearch`) or when the panel opens, so the reader's first paint does not wait for it.
 */
export const loadSearchPanel = () => import('./SearchPanelContent');
const Content = lazy(loadSearchPanel);

/** The search panel (registered in app/web/panels/registry.ts). */
export function SearchPanel() {
  const { t } = useTranslation('search');
  return (
    <Suspense fallback={<p className="panel-note">{t('status.preparing')}</p>}>
      <Content />
    </Suspense>
  );
}
