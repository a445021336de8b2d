import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../state/reader-context';
import { DEFAULT_PANEL, PANELS } from './registry';

/** The panel system: a tab list of panels beside the text; the open panel is in the URL. */
export function Sidebar({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const { panel, openPanel } = useReader();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active =
    PANELS.find((p) => p.id === panel) ?? PANELS.find((p) => p.id === DEFAULT_PANEL) ?? PANELS[0];
  if (!active) return null;

  // Arrow keys, Home and End move between tabs, as the ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = PANELS.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % PANELS.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index + last) % PANELS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    tabs.current[target]?.focus();
    openPanel(PANELS[target]?.id ?? null);
  };

  return (
    <>
      {PANELS.map(({ id, Background }) => Background && <Background key={id} />)}
      <aside
        className={`sidebar${open ? ' is-open' : ''}`}
        aria-label={t('panels.label')}
        id="sidebar"
      >
        <div role="tablist" aria-label={t('panels.label')} className="panel-tabs">
          {PANELS.map((definition, index) => (
            <button
              key={definition.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${definition.id}`}
              aria-controls={`panel-${definition.id}`}
              aria-selected={definition.id === active.id}
              tabIndex={definition.id === active.id ? 0 : -1}
              onClick={() => openPanel(definition.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t(definition.titleKey)}
            </button>
          ))}
        </div>
        <section
          role="tabpanel"
          id={`panel-${active.id}`}
          aria-labelledby={`tab-${active.id}`}
          className="panel-body"
          tabIndex={0}
        >
          <active.Component />
        </section>
      </aside>
    </>
  );
}
