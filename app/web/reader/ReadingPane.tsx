import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, FootnoteBlock } from '../../../corpus/model/document';
import { useReader } from '../state/reader-context';
import { BlockView } from './BlockView';
import { DocumentTitle } from './DocumentTitle';
import { FootnotePopover } from './FootnotePopover';
import { pageStarts } from './page-starts';
import type { Mark } from './segments';
import { useProgressiveCount } from './use-progressive-count';
import { useScrollToTarget } from './use-scroll-to-target';
import { useDecorations } from './use-decorations';
import { decodeMarks } from './decorations';
import { DECORATION_PROVIDERS } from './decoration-registry';
import { MarkCard } from './MarkCard';
import { useAnnotationData } from '../data/annotation-data';
import type { BlockRange } from './dom-range';
import { PassageMenu } from './PassageMenu';
import { useSelectionRange } from './use-selection-range';
import { Icon } from '../components/Icon';
import { useLanguageOverrides } from './language-overrides';
import { LANGUAGE_PROVIDERS } from './language-registry';
import { MarkPreview } from './MarkPreview';
import { useMarkPreview } from './use-mark-preview';
import { AnnotationLegend } from '../annotations/AnnotationLegend';

/** The clean text of the document, block by block, with page and footnote markers. */
export function ReadingPane() {
  const { t } = useTranslation();
  const { document, target, navigate, extra } = useReader();
  const [openFootnote, setOpenFootnote] = useState<{ n: number; marker: HTMLElement } | null>(null);
  const [openCard, setOpenCard] = useState<{
    anchor: HTMLElement;
    marks: Map<string, string[]>;
  } | null>(null);
  const annotationData = useAnnotationData(document.id);
  const decorations = useDecorations(document, extra, annotationData);
  const languages = useLanguageOverrides(document, annotationData, LANGUAGE_PROVIDERS);
  const preview = useMarkPreview();
  const [passage, setPassage] = useState<{
    anchor: HTMLElement;
    block: Block;
    range: BlockRange | null;
  } | null>(null);
  const selection = useSelectionRange();
  const markersByBlock = useMemo(() => {
    const map = new Map<string, { offset: number; page: number }[]>();
    for (const start of pageStarts(document)) {
      map.set(start.blockId, [
        ...(map.get(start.blockId) ?? []),
        { offset: start.offset, page: start.page },
      ]);
    }
    return map;
  }, [document]);
  const groups = useMemo(() => groupTimeline(document.blocks), [document]);
  const shown = useProgressiveCount(groups.length, target.kind !== 'start');
  useScrollToTarget(target, shown === groups.length);

  const closeFootnote = useCallback(() => {
    setOpenFootnote((open) => {
      open?.marker.focus();
      return null;
    });
  }, []);
  useEffect(() => setOpenFootnote(null), [document]);

  const targetedId = target.kind === 'block' ? target.blockId : null;
  const marksFor = (block: Block): Mark[] => {
    const decorated = decorations.get(block.id) ?? [];
    return target.kind === 'block' && target.blockId === block.id && target.range
      ? [...decorated, { ...target.range, key: 'linked' }]
      : decorated;
  };
  // One listener for every decorated span: the card shows what each provider knows of it.
  const onArticleClick = (event: React.MouseEvent<HTMLElement>) => {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-marks]');
    if (!span?.dataset.marks || window.getSelection()?.isCollapsed === false) return;
    const marks = decodeMarks(span.dataset.marks);
    if (DECORATION_PROVIDERS.some((p) => p.renderCard && marks.has(p.key))) {
      preview.hide();
      setOpenCard({ anchor: span, marks });
    }
  };
  const footnote = openFootnote
    ? (document.blocks.find((b) => b.kind === 'footnote' && b.footnote === openFootnote.n) as
        FootnoteBlock | undefined)
    : undefined;

  return (
    <main id="text" className="reading-pane" aria-label={t('document.article')} tabIndex={-1}>
      {/* Decorated spans are mouse shortcuts; every card's content is also reachable from a panel. */}
      <AnnotationLegend />
      <article
        lang="zh-Hant"
        onClick={onArticleClick}
        onMouseOver={preview.onMouseOver}
        onMouseOut={preview.onMouseOut}
      >
        <DocumentTitle document={document} />
        {groups.slice(0, shown).map((group) =>
          Array.isArray(group) ? (
            <div
              key={group[0]?.id}
              role="list"
              className="timeline"
              aria-label={t('reader.timelineLabel')}
            >
              {document.timelineColumns && (
                <div className="timeline-columns" aria-hidden="true" data-content="">
                  <span>{document.timelineColumns.date}</span>
                  <span>{document.timelineColumns.event}</span>
                </div>
              )}
              {group.map((block) => (
                <BlockView
                  key={block.id}
                  block={block}
                  pageMarkers={markersByBlock.get(block.id) ?? []}
                  marks={marksFor(block)}
                  langOverrides={languages.get(block.id)}
                  targeted={targetedId === block.id}
                  onFootnote={(n, marker) => setOpenFootnote({ n, marker })}
                  onPassageMenu={(b, anchor) => setPassage({ anchor, block: b, range: null })}
                />
              ))}
            </div>
          ) : (
            <BlockView
              key={group.id}
              block={group}
              pageMarkers={markersByBlock.get(group.id) ?? []}
              marks={marksFor(group)}
              langOverrides={languages.get(group.id)}
              targeted={targetedId === group.id}
              onFootnote={(n, marker) => setOpenFootnote({ n, marker })}
              onPassageMenu={(b, anchor) => setPassage({ anchor, block: b, range: null })}
            />
          ),
        )}
      </article>
      {selection && (
        <button
          type="button"
          className="selection-button"
          style={{ top: selection.top, left: selection.left }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            const block = document.blocks.find((b) => b.id === selection.range.blockId);
            if (block) setPassage({ anchor: event.currentTarget, block, range: selection.range });
          }}
        >
          <Icon name="quote" />
          {t('passage.selectionButton')}
        </button>
      )}
      {passage && (
        <PassageMenu
          anchor={passage.anchor}
          block={passage.block}
          range={passage.range}
          onClose={() => setPassage(null)}
        />
      )}
      {preview.preview && !openCard && (
        <MarkPreview
          {...preview.preview}
          annotations={annotationData}
          onPointerEnter={preview.keep}
          onPointerLeave={preview.leave}
        />
      )}
      {openCard && (
        <MarkCard
          anchor={openCard.anchor}
          marks={openCard.marks}
          annotations={annotationData}
          onClose={() => setOpenCard(null)}
        />
      )}
      {openFootnote && footnote && (
        <FootnotePopover
          footnote={footnote}
          marker={openFootnote.marker}
          onClose={closeFootnote}
          onShowInNotes={() => {
            setOpenFootnote(null);
            navigate({ blockId: footnote.id });
          }}
        />
      )}
    </main>
  );
}

/** Consecutive timeline entries become one list; every other block stands alone. */
function groupTimeline(blocks: Block[]): (Block | Block[])[] {
  const groups: (Block | Block[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'timeline-entry') {
      if (Array.isArray(last)) last.push(block);
      else groups.push([block]);
    } else groups.push(block);
  }
  return groups;
}
