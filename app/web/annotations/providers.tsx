/**
 * The highlights of the claim, evidence and term layers: one decoration provider each, showing
 * the placed annotations of the layers the URL makes visible, with a card per layer.
 */
import type { ComponentType } from 'react';
import type { CardContext, DecorationProvider } from '../reader/decorations';
import { indexAnnotations } from './annotation-index';
import { ClaimCard } from './ClaimCard';
import { EvidenceCard } from './EvidenceCard';
import { visibleLayers } from './layer-visibility';
import { TermCard } from './TermCard';

type CardComponent = ComponentType<{ ids: string[]; context: CardContext }>;

function layerProvider(
  layer: 'claim' | 'evidence' | 'term',
  Card: CardComponent,
): DecorationProvider {
  return {
    key: layer,
    decorate(block, context) {
      if (!visibleLayers(context.extra).has(layer)) return [];
      const spans = indexAnnotations(context.document, context.annotations).spans.get(layer);
      return (spans?.get(block.id) ?? []).map((s) => ({ ...s, key: layer }));
    },
    renderCard: (ids, context) => <Card ids={ids} context={context} />,
  };
}

/**
 * Theory terms (dotted line), evidence (double line) and claims (solid line); a card lists the
 * innermost first, since a click on a term inside a claim is most likely about the term.
 */
export const ANNOTATION_PROVIDERS: DecorationProvider[] = [
  layerProvider('term', TermCard),
  layerProvider('evidence', EvidenceCard),
  layerProvider('claim', ClaimCard),
];
