import { useTranslation } from 'react-i18next';
import type { FootnoteBlock } from '../../../corpus/model/document';
import { Icon } from '../components/Icon';
import { InlineText } from './InlineText';
import { langRuns } from './lang-runs';
import { Popover } from './Popover';
import { segmentBlock } from './segments';

interface Props {
  footnote: FootnoteBlock;
  marker: HTMLElement;
  onClose: () => void;
  onShowInNotes: () => void;
}

/** A footnote opened in place, next to its marker; Esc or the close button return to the text. */
export function FootnotePopover({ footnote, marker, onClose, onShowInNotes }: Props) {
  const { t } = useTranslation();
  const segments = segmentBlock({
    text: footnote.text,
    pageBreaks: [],
    footnoteRefs: [],
    langRuns: langRuns(footnote.text, footnote.lang),
    marks: [],
  });
  const titleId = `popover-fn-${footnote.footnote}`;
  return (
    <Popover anchor={marker} labelledBy={titleId} onClose={onClose} className="footnote-popover">
      <div className="popover-head">
        <strong id={titleId}>{t('reader.footnoteTitle', { n: footnote.footnote })}</strong>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('reader.footnoteClose')}
        >
          <Icon name="close" />
        </button>
      </div>
      <p lang={footnote.lang} data-content="">
        <InlineText segments={segments} blockId={footnote.id} />
      </p>
      <div className="popover-actions">
        <button type="button" className="link-button" onClick={onClose}>
          {t('reader.footnoteBack')}
        </button>
        <button type="button" className="link-button" onClick={onShowInNotes}>
          {t('reader.footnoteInNotes')}
        </button>
      </div>
    </Popover>
  );
}
