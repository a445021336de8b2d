import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALIGNED_UNITS, isBlockSegment } from '../../../corpus/alignment/alignment-types';
import { useReader } from '../state/reader-context';
import { AlignedUnitView } from './AlignedUnitView';
import { CoverageTable } from './CoverageTable';
import { useTranslationData } from './use-translation-data';
import { clearTextHighlight, showTextHighlight } from './text-highlight';
import './translation.css';

/**
 * The parallel abstract (panel `abstract`): title, keywords and abstract sentence by sentence,
 * Chinese | English, from `alignment.json`. Hovering or focusing a sentence lights up its
 * counterpart(s) here and the sentence itself in the reading pane.
 */
export function AlignmentPanel() {
  const { t } = useTranslation('translation');
  const { document } = useReader();
  const loaded = useTranslationData(document.id);
  const alignment = loaded.status === 'loaded' ? (loaded.data?.alignment ?? null) : null;
  const [active, setActive] = useState<string | null>(null);
  const summaryLinks = useMemo(
    () => new Map((alignment?.summaryLinks ?? []).map((link) => [link.en, link])),
    [alignment],
  );

  useEffect(() => {
    const segment = ALIGNED_UNITS.flatMap((u) =>
      alignment ? [...alignment[u].zh, ...alignment[u].en] : [],
    ).find((s) => s.id === active);
    if (segment && isBlockSegment(segment))
      showTextHighlight(segment.blockId, segment.start, segment.end);
    else clearTextHighlight();
  }, [active, alignment]);
  useEffect(() => clearTextHighlight, []);

  if (loaded.status === 'loading') return <p className="panel-note">{t('loading')}</p>;
  if (!alignment) return <p className="panel-note">{t('alignment.missing')}</p>;
  return (
    <div className="alignment-view">
      <p className="panel-note">{t('alignment.intro')}</p>
      <CoverageTable alignment={alignment} />
      <div className="status-legend">
        <span className="legend-item">
          <mark className="diff diff-omitted">{t('legend.sample')}</mark> {t('difference.omitted')}
        </span>
        <span className="legend-item">
          <mark className="diff diff-added">{t('legend.sample')}</mark> {t('difference.added')}
        </span>
        <span className="legend-item">
          <mark className="diff diff-changed">{t('legend.sample')}</mark> {t('difference.changed')}
        </span>
      </div>
      {ALIGNED_UNITS.map((name) => (
        <AlignedUnitView
          key={name}
          name={name}
          unit={alignment[name]}
          active={active}
          onActivate={setActive}
          summaryLinks={summaryLinks}
        />
      ))}
    </div>
  );
}
