import { useTranslation } from 'react-i18next';
import { LAYERS } from '../../../annotations/model/annotation';
import type { Layer } from '../../../annotations/model/annotation';
import { useReader } from '../state/reader-context';
import { LAYERS_PARAM, layersParam, visibleLayers } from './layer-visibility';
import { OUTLINE_PANEL } from './panel-ids';
import { PROBLEMS_HEADING_ID } from './ProblemsList';
import { useAnnotations } from './use-annotations';
import './annotations.css';

/**
 * The legend of the annotation layers above the text: one toggle per layer showing its line
 * style, its count, and a notice when some annotations could not be placed or loaded.
 */
export function AnnotationLegend() {
  const { t } = useTranslation('annotations');
  const { extra, setExtra, openPanel } = useReader();
  const loaded = useAnnotations();
  const visible = visibleLayers(extra);
  const counts = new Map<Layer, number>();
  for (const { annotation } of loaded?.data.annotations ?? [])
    counts.set(annotation.layer, (counts.get(annotation.layer) ?? 0) + 1);
  const problems = loaded ? loaded.data.errors.length + loaded.index.orphans.length : 0;

  const toggle = (layer: Layer) => {
    const next = new Set(visible);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setExtra({ [LAYERS_PARAM]: layersParam(next) });
  };

  return (
    <div className="anno-legend" role="group" aria-labelledby="anno-legend-label">
      <div className="anno-legend-inner">
        <span id="anno-legend-label" className="anno-legend-label">
          {t('legend.label')}
        </span>

        {LAYERS.map((layer) => (
          <button
            key={layer}
            type="button"
            className="anno-toggle"
            aria-pressed={visible.has(layer)}
            data-layer={layer}
            onClick={() => toggle(layer)}
          >
            {/* The name is drawn in the layer's own line style: the legend is its own key. */}
            <span className={`anno-toggle-name mark-${layer}`}>{t(`layers.${layer}`)}</span>
            {loaded && ' '}
            {loaded && (
              <span className="anno-toggle-count">
                {t('legend.count', { count: counts.get(layer) ?? 0 })}
              </span>
            )}
          </button>
        ))}
        {problems > 0 && (
          <button
            type="button"
            className="anno-problems-badge"
            onClick={() => {
              openPanel(OUTLINE_PANEL);
              // The outline lists the problems first; take the reader there once it is shown.
              window.requestAnimationFrame(() =>
                document.getElementById(PROBLEMS_HEADING_ID)?.focus(),
              );
            }}
          >
            {t('legend.problems', { count: problems })}
          </button>
        )}
      </div>
    </div>
  );
}
