import { Fragment, useLayoutEffect, useState } from 'react';
import { useReader } from '../state/reader-context';
import type { DocumentAnnotationData } from '../data/annotation-data';
import { DECORATION_PROVIDERS } from './decoration-registry';
import type { PreviewState } from './use-mark-preview';

interface Props extends PreviewState {
  annotations: DocumentAnnotationData;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The hover preview of a decorated span: each provider's short view, under the span, no focus. */
export function MarkPreview({ anchor, marks, annotations, onPointerEnter, onPointerLeave }: Props) {
  const { document, extra } = useReader();
  const [position, setPosition] = useState({ top: 0, left: 0 });
  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(384, window.innerWidth - 16);
    const left = Math.max(
      8 + window.scrollX,
      Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8),
    );
    setPosition({ top: rect.bottom + window.scrollY + 4, left });
  }, [anchor]);
  const context = { document, extra, annotations };
  const sections = DECORATION_PROVIDERS.filter((p) => p.renderPreview && marks.has(p.key));
  return (
    <div
      role="tooltip"
      className="mark-preview"
      style={{ top: position.top, left: position.left }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {sections.map((provider) => (
        <Fragment key={provider.key}>
          {provider.renderPreview?.(marks.get(provider.key) ?? [], context)}
        </Fragment>
      ))}
    </div>
  );
}
