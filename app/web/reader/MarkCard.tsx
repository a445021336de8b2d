import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useReader } from '../state/reader-context';
import { DECORATION_PROVIDERS } from './decoration-registry';
import { Popover } from './Popover';
import type { DocumentAnnotationData } from '../data/annotation-data';

interface Props {
  anchor: HTMLElement;
  marks: Map<string, string[]>;
  annotations: DocumentAnnotationData;
  onClose: () => void;
}

/** The card of a decorated span: every provider's view of the ids under the pointer. */
export function MarkCard({ anchor, marks, annotations, onClose }: Props) {
  const { t } = useTranslation();
  const reader = useReader();
  const context = { ...reader, annotations, marks, at: clickedAt(anchor), close: onClose };
  const sections = DECORATION_PROVIDERS.filter((p) => p.renderCard && marks.has(p.key));
  return (
    <Popover anchor={anchor} labelledBy="mark-card-title" onClose={onClose} className="mark-card">
      <div className="popover-head">
        <strong id="mark-card-title">{t('reader.markCardTitle')}</strong>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('reader.closeCard')}
        >
          <Icon name="close" />
        </button>
      </div>
      {sections.map((provider) => (
        <Fragment key={provider.key}>
          {provider.renderCard?.(marks.get(provider.key) ?? [], context)}
        </Fragment>
      ))}
    </Popover>
  );
}

/** The block and code-point offset of a decorated span (its `data-start`), for the providers. */
function clickedAt(span: HTMLElement): { blockId: string; offset: number } | null {
  const block = span.closest<HTMLElement>('.block[id]');
  const offset = Number(span.dataset.start);
  return block && Number.isInteger(offset) ? { blockId: block.id, offset } : null;
}
