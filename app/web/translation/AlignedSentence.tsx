import type { DifferenceMark } from './difference-pieces';
import { splitAtMarks } from './difference-pieces';
import type { Segment } from '../../../corpus/alignment/alignment-types';
import { isBlockSegment } from '../../../corpus/alignment/alignment-types';
import { permalink } from '../reader/permalink';
import { useReader } from '../state/reader-context';

interface Props {
  segment: Segment;
  marks: DifferenceMark[];
  /** The id of the element that says what this sentence is paired with. */
  describedBy: string;
  state: 'active' | 'lit' | null;
  onActivate: (id: string | null) => void;
}

/**
 * One sentence (or keyword, or title) of the parallel view: hovering or focusing it lights up its
 * pair; following it shows it in the text. The words a difference concerns are marked and numbered.
 */
export function AlignedSentence({ segment, marks, describedBy, state, onActivate }: Props) {
  const { document, navigate } = useReader();
  const pieces = splitAtMarks(segment.text, marks).map((piece, i) => {
    if (piece.marks.length === 0) return <span key={i}>{piece.text}</span>;
    // The last piece of each quote carries the numbers of the differences it ends, drawn by CSS
    // (so that copying the sentence, or reading it aloud, gives the author's words alone).
    const ends = piece.marks.filter((m) => m.end === piece.end).map((m) => m.index + 1);
    return (
      <mark
        key={i}
        className={piece.marks.map((m) => `diff diff-${m.kind}`).join(' ')}
        data-diff-end={ends.length > 0 ? ends.join(',') : undefined}
      >
        {piece.text}
      </mark>
    );
  });
  const common = {
    className: `aligned-sentence${state ? ` is-${state}` : ''}`,
    lang: segment.lang,
    'data-content': '',
    'data-segment': segment.id,
    'aria-describedby': describedBy,
    onMouseEnter: () => onActivate(segment.id),
    onMouseLeave: () => onActivate(null),
    onFocus: () => onActivate(segment.id),
    onBlur: () => onActivate(null),
  };
  if (!isBlockSegment(segment)) {
    // The Chinese title is printed only in the metadata, so there is no passage to go to.
    return (
      <span {...common} tabIndex={0}>
        {pieces}
      </span>
    );
  }
  const range = { start: segment.start, end: segment.end };
  return (
    <a
      {...common}
      href={permalink(document.id, segment.blockId, range, '')}
      onClick={(event) => {
        event.preventDefault();
        navigate({ blockId: segment.blockId, ...range });
      }}
    >
      {pieces}
    </a>
  );
}
