import { useTranslation } from 'react-i18next';
import { encodeMarks } from './decorations';
import type { Segment } from './segments';

interface Props {
  segments: Segment[];
  blockId: string;
  onFootnote?: (n: number, marker: HTMLButtonElement) => void;
}

/** Renders a block's inline segments: language spans, marks, page markers, footnote markers. */
export function InlineText({ segments, blockId, onFootnote }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {segments.map((segment) => {
        if (segment.type === 'page') {
          return (
            <span
              key={`page-${segment.page}`}
              id={`page-${segment.page}`}
              className="page-marker"
              data-page={segment.page}
              role="note"
              aria-label={t('reader.pageMarkerLabel', { page: segment.page })}
            >
              <span className="page-marker-label" aria-hidden="true" data-ui="">
                {t('reader.pageMarker', { page: segment.page })}
              </span>
            </span>
          );
        }
        if (segment.type === 'footnote') {
          return (
            <sup key={`fn-${segment.n}`} className="footnote-ref">
              <button
                type="button"
                id={`fnref-${segment.n}`}
                aria-label={t('reader.footnoteMarker', { n: segment.n })}
                aria-haspopup="dialog"
                data-footnote={segment.n}
                onClick={(event) => onFootnote?.(segment.n, event.currentTarget)}
              >
                {segment.n}
              </button>
            </sup>
          );
        }
        const className =
          [...new Set(segment.marks.map((m) => `mark-${m.key}`))].join(' ') || undefined;
        const marks = encodeMarks(segment.marks);
        return (
          <span
            key={`${blockId}-${segment.start}`}
            lang={segment.lang ?? undefined}
            className={className}
            data-start={segment.start}
            data-marks={marks || undefined}
          >
            {segment.text}
          </span>
        );
      })}
    </>
  );
}
