import { useTranslation } from 'react-i18next';
import type { Block } from '../../../corpus/model/document';
import { Icon } from '../components/Icon';
import { InlineText } from './InlineText';
import { langRuns } from './lang-runs';
import { segmentBlock } from './segments';
import type { Mark } from './segments';
import { TableView } from './TableView';

interface Props {
  block: Block;
  pageMarkers: { offset: number; page: number }[];
  marks: Mark[];
  targeted: boolean;
  onFootnote: (n: number, marker: HTMLButtonElement) => void;
  onPassageMenu: (block: Block, anchor: HTMLElement) => void;
}

/** One block of the reading pane, rendered by kind, with its id as the anchor of deep links. */
export function BlockView({
  block,
  pageMarkers,
  marks,
  targeted,
  onFootnote,
  onPassageMenu,
}: Props) {
  const { t } = useTranslation();
  const segments = segmentBlock({
    text: block.text,
    pageBreaks: pageMarkers,
    footnoteRefs: block.footnoteRefs,
    langRuns: langRuns(block.text, block.lang),
    marks,
    cuts: partBoundaries(block),
  });
  /** The segments of [from, to): the parts of a table, figure or timeline row render apart. */
  const inline = (from = 0, to = Number.POSITIVE_INFINITY) => (
    <InlineText
      segments={segments.filter((s) => {
        const at = s.type === 'text' ? s.start : s.offset;
        return at >= from && at < to;
      })}
      blockId={block.id}
      onFootnote={onFootnote}
    />
  );
  const common = {
    id: block.id,
    lang: block.lang,
    'data-kind': block.kind,
    tabIndex: -1,
    'data-content': '',
    className: `block block-${block.kind}${targeted ? ' is-targeted' : ''}`,
  };

  const menu = (
    <button
      type="button"
      className="passage-button"
      aria-label={t('passage.menuLabel')}
      aria-haspopup="dialog"
      onClick={(event) => onPassageMenu(block, event.currentTarget)}
    >
      <Icon name="pilcrow" />
    </button>
  );

  switch (block.kind) {
    case 'heading': {
      const Tag = block.level <= 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return (
        <Tag {...common}>
          {inline()}
          {menu}
        </Tag>
      );
    }
    case 'footnote':
      return (
        <aside {...common} aria-label={t('reader.footnoteTitle', { n: block.footnote })}>
          <a
            className="footnote-number"
            href={`#fnref-${block.footnote}`}
            aria-label={t('reader.footnoteBack')}
            data-content=""
          >
            {block.footnote}
          </a>{' '}
          {inline()}
          {menu}
        </aside>
      );
    case 'table':
      return (
        <figure {...common} aria-label={t('reader.tableLabel', { n: block.table.number })}>
          <figcaption id={`${block.id}-caption`}>
            {inline(block.table.caption.start, block.table.caption.end)}
          </figcaption>
          {block.table.unit && (
            <p className="table-unit">{inline(block.table.unit.start, block.table.unit.end)}</p>
          )}
          <TableView block={block} inline={inline} />
          <p className="source-line">
            {inline(block.table.sourceLine.start, block.table.sourceLine.end)}
          </p>
          {menu}
        </figure>
      );
    case 'figure':
      return (
        <figure {...common} aria-label={t('reader.figureLabel', { n: block.figure.number })}>
          <div className="figure-missing" role="note" data-ui="">
            {t('reader.figureMissing')}
          </div>
          <figcaption>{inline(block.figure.caption.start, block.figure.caption.end)}</figcaption>
          <p className="source-line">
            {inline(block.figure.sourceLine.start, block.figure.sourceLine.end)}
          </p>
          {menu}
        </figure>
      );
    case 'timeline-entry':
      return (
        <div {...common} role="listitem">
          <time className="timeline-date" dateTime={block.entry.start}>
            {inline(block.entry.date.start, block.entry.date.end)}
          </time>
          <span className="timeline-event">
            {inline(block.entry.event.start, block.entry.event.end)}
          </span>
          {menu}
        </div>
      );
    case 'note':
      return (
        <p {...common} data-role={block.role}>
          {inline()}
          {menu}
        </p>
      );
    default:
      return (
        <p {...common}>
          {inline()}
          {menu}
        </p>
      );
  }
}

/** Offsets where a structured block's parts begin and end. */
function partBoundaries(block: Block): number[] {
  const spans =
    block.kind === 'table'
      ? [
          block.table.caption,
          block.table.sourceLine,
          ...(block.table.unit ? [block.table.unit] : []),
          ...block.table.rows.flat(),
        ]
      : block.kind === 'figure'
        ? [block.figure.caption, block.figure.sourceLine]
        : block.kind === 'timeline-entry'
          ? [block.entry.date, block.entry.event]
          : [];
  return spans.flatMap((s) => [s.start, s.end]);
}
