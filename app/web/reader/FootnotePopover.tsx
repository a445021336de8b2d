import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FootnoteBlock } from '../../../corpus/model/document';
import { Icon } from '../components/Icon';
import { InlineText } from './InlineText';
import { langRuns } from './lang-runs';
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
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const rect = marker.getBoundingClientRect();
    const width = Math.min(420, window.innerWidth - 16);
    const left = Math.max(
      8,
      Math.min(
        rect.left + window.scrollX - width / 2,
        window.scrollX + window.innerWidth - width - 8,
      ),
    );
    setPosition({ top: rect.bottom + window.scrollY + 6, left });
  }, [marker]);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node) && event.target !== marker)
        onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [marker, onClose]);

  const segments = segmentBlock({
    text: footnote.text,
    pageBreaks: [],
    footnoteRefs: [],
    langRuns: langRuns(footnote.text, footnote.lang),
    marks: [],
  });
  const titleId = `popover-fn-${footnote.footnote}`;
  return (
    <div
      ref={ref}
      className="footnote-popover"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ top: position.top, left: position.left }}
    >
      <div className="footnote-popover-head">
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
      <div className="footnote-popover-actions">
        <button type="button" className="link-button" onClick={onClose}>
          {t('reader.footnoteBack')}
        </button>
        <button type="button" className="link-button" onClick={onShowInNotes}>
          {t('reader.footnoteInNotes')}
        </button>
      </div>
    </div>
  );
}
