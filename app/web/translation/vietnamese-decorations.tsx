/**
 * The Vietnamese layer in the reading pane: every occurrence of a Vietnamese item is a
 * `mark-vietnamese` span while the layer is visible, with a hover preview (the standard spelling)
 * and a card (forms, renderings, gloss, original, editorial notes).
 */
import { visibleLayers } from '../annotations/layer-visibility';
import type { DecorationProvider } from '../reader/decorations';
import { VietnamesePreview } from './MarkPreviews';
import { translationIndex } from './translation-index';
import { VietnameseCard } from './VietnameseCard';
import './translation.css';

export const vietnameseDecorations: DecorationProvider = {
  key: 'vietnamese',
  decorate: (block, { document, annotations, extra }) => {
    if (!visibleLayers(extra).has('vietnamese')) return [];
    const placed = translationIndex(document, annotations).byBlock.get(block.id);
    return (placed?.vietnamese ?? []).map((anchor, i) => ({
      start: anchor.start,
      end: anchor.end,
      key: 'vietnamese',
      id: placed?.ids[i] ?? '',
    }));
  },
  renderCard: (ids, context) => <VietnameseCard ids={ids} context={context} />,
  renderPreview: (ids, context) => <VietnamesePreview ids={ids} context={context} />,
};
