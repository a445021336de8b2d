/**
 * The adapter from the stored alignment (`corpus/<doc>/alignment.json`, corpus/alignment/FORMAT.md)
 * to what the TEI writer takes: the segments of the title, the keywords and the abstract, every
 * pair with its status, differences and note, and the summary links. The Chinese title is printed
 * only in the metadata: it is the header's `<title xml:lang="zh-Hant">`.
 */
import type { Alignment, Segment } from '../../../corpus/alignment/alignment-types';
import { ALIGNED_UNITS, isBlockSegment } from '../../../corpus/alignment/alignment-types';
import { TeiInputError } from './tei-input-error';
import type { AlignmentInput, AlignmentSegment } from './tei-inputs';

/** Where a metadata field stands in the TEI: only the Chinese title has a place (the header). */
function metadataSegment(segment: Exclude<Segment, { blockId: string }>): AlignmentSegment {
  if (segment.metadata === 'csl.title' && segment.lang === 'zh-Hant')
    return { id: segment.id, title: 'zh-Hant' };
  throw new TeiInputError(
    `alignment segment ${segment.id}`,
    `the metadata field ${segment.metadata} (${segment.lang}) has no place in the TEI`,
  );
}

/** The alignment in the TEI writer's shape. */
export function alignmentInput(alignment: Alignment): AlignmentInput {
  const units = ALIGNED_UNITS.map((name) => alignment[name]);
  return {
    segments: units.flatMap((unit) =>
      [...unit.zh, ...unit.en].map((segment) =>
        isBlockSegment(segment)
          ? {
              id: segment.id,
              blockId: segment.blockId,
              start: segment.start,
              end: segment.end,
            }
          : metadataSegment(segment),
      ),
    ),
    pairs: units.flatMap((unit) =>
      unit.pairs.map((pair) => ({
        id: pair.id,
        zh: pair.zh,
        en: pair.en,
        status: pair.status,
        differences: pair.differences,
        ...(pair.note ? { note: pair.note.text } : {}),
      })),
    ),
    summaries: alignment.summaryLinks.map((link) => ({
      en: link.en,
      passages: link.passages.map((p) =>
        p.start !== undefined && p.end !== undefined
          ? { blockId: p.blockId, start: p.start, end: p.end }
          : { blockId: p.blockId },
      ),
      ...(link.note ? { note: link.note.text } : {}),
    })),
  };
}
