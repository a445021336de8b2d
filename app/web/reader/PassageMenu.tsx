import { useTranslation } from 'react-i18next';
import type { Block } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { Icon } from '../components/Icon';
import { PASSAGE_ACTIONS } from './passage-actions';
import { Popover } from './Popover';

interface Props {
  anchor: HTMLElement;
  block: Block;
  range: { start: number; end: number } | null;
  onClose: () => void;
}

/** What can be done with a passage: link to it, cite it… (one section per registered action). */
export function PassageMenu({ anchor, block, range, onClose }: Props) {
  const { t } = useTranslation();
  const quote = range ? sliceCodePoints(block.text, range.start, range.end) : null;
  return (
    <Popover
      anchor={anchor}
      labelledBy="passage-menu-title"
      onClose={onClose}
      className="passage-menu"
    >
      <div className="popover-head">
        <strong id="passage-menu-title">
          {range ? t('passage.selectionTitle') : t('passage.blockTitle')}
        </strong>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('reader.closeCard')}
        >
          <Icon name="close" />
        </button>
      </div>
      {quote && (
        <blockquote className="passage-quote" lang={block.lang} data-content="">
          {quote}
        </blockquote>
      )}
      {PASSAGE_ACTIONS.map(({ id, Component }) => (
        <Component key={id} block={block} range={range} close={onClose} />
      ))}
    </Popover>
  );
}
