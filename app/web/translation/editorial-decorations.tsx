/**
 * The editorial layer in the reading pane: every note of the project is a `mark-editorial` span
 * while the layer is visible, with a hover preview (the correction) and a card (the correction, the
 * reasoning, the sources and the confidence).
 */
import { visibleLayers } from '../annotations/layer-visibility';
import type { DecorationProvider } from '../reader/decorations';
import { EditorialCard } from './EditorialCard';
import { EditorialPreview } from './MarkPreviews';
import { translationIndex } from './translation-index';
import './translation.css';

export const editorialDecorations: DecorationProvider = {
  key: 'editorial',
  decorate: (block, { document, annotations, extra }) => {
    if (!visibleLayers(extra).has('editorial')) return [];
    const placed = translationIndex(document, annotations).byBlock.get(block.id);
    return (placed?.editorial ?? []).map((anchor, i) => ({
      start: anchor.start,
      end: anchor.end,
      key: 'editorial',
      id: placed?.notes[i] ?? '',
    }));
  },
  renderCard: (ids, context) => <EditorialCard ids={ids} context={context} />,
  renderPreview: (ids, context) => <EditorialPreview ids={ids} context={context} />,
};
