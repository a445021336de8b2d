/**
 * In-text citations as a decoration of the reading pane: every citation the parser finds is a
 * `mark-citation` span whose id is its source key; its card shows the cited work.
 */
import type { DecorationProvider } from '../reader/decorations';
import { CitationCard } from './CitationCard';
import { citationIndexOf } from './citation-data';
import './citations.css';

export const citationDecorations: DecorationProvider = {
  key: 'citation',
  decorate: (block, { document }) =>
    (citationIndexOf(document).byBlock.get(block.id) ?? []).map((citation) => ({
      start: citation.start,
      end: citation.end,
      key: 'citation',
      id: citation.key,
    })),
  renderCard: (ids, context) => <CitationCard keys={[...new Set(ids)]} context={context} />,
};
