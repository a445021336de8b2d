/**
 * The pipeline: raw PDF text extraction + layout hints + metadata → structured Document.
 * Pure and deterministic: the same inputs always give the same Document.
 */
import type { Block, Document, FootnoteBlock } from '../model/document';
import { BlockSink } from './block-sink';
import { walkBody } from './body';
import { buildEnglishAbstract } from './english-abstract';
import { splitFootnotes } from './footnotes';
import { BreakHints, segmentFlow } from './flow';
import { joinLines } from './join-lines';
import { keywordSpans } from './keywords';
import { LineCursor } from './line-cursor';
import { buildAppendix } from './appendix';
import { parseLayoutHints } from './layout-hints';
import { parseMetadata } from './metadata';
import { paginate } from './paginate';
import type { RunningHead } from './paginate';
import type { Problem } from './problems';
import type { SourceFiles } from './source-files';
import { splitSourceLines } from './source-lines';

export interface DocumentInput {
  id: string;
  source: string;
  layout: unknown;
  metadata: unknown;
  files: SourceFiles;
}

export interface BuildResult {
  document: Document | null;
  runningHeads: RunningHead[];
  problems: Problem[];
}

const ABSTRACT_HEADING = '摘要';
const KEYWORDS_LABEL = '關鍵詞：';

/** Builds the Document; problems say what is wrong and where, and never throw. */
export function buildDocument(input: DocumentInput): BuildResult {
  const { files } = input;
  const parsedHints = parseLayoutHints(input.layout, files.layout);
  const parsedMetadata = parseMetadata(input.metadata, files.metadata);
  const problems: Problem[] = [...parsedHints.problems, ...parsedMetadata.problems];
  const hints = parsedHints.hints;
  if (!hints || !parsedMetadata.metadata) return { document: null, runningHeads: [], problems };

  const pagination = paginate(splitSourceLines(input.source), hints, files);
  problems.push(...pagination.problems);
  const split = splitFootnotes(pagination.lines, files);
  problems.push(...split.problems);

  const sink = new BlockSink();
  const breakHints = new BreakHints(hints.paragraphEnds, hints.paragraphContinues);
  const cursor = new LineCursor(split.lines, files.source, problems);

  buildChineseAbstract(cursor, sink, breakHints);
  walkBody(
    cursor.takeUntil((l) => l.text === hints.timeline.heading),
    sink,
    breakHints,
    hints,
    files.source,
    problems,
  );
  buildAppendix(
    cursor.takeUntil((l) => l.text === hints.englishAbstract.titleFirstLine),
    sink,
    hints.timeline,
    files.source,
    problems,
  );
  buildEnglishAbstract(cursor.takeRest(), sink, hints.englishAbstract, files.source, problems);
  problems.push(...breakHints.problems(files.layout));

  const blocks = placeFootnotes(sink.blocks, split.bodies, files.source, problems);
  const lastPage = Math.max(...blocks.map((b) => b.pages[1]));
  const document: Document = {
    id: input.id,
    metadata: parsedMetadata.metadata,
    blocks,
    sections: sink.sections,
    pages: { first: hints.firstPage, last: lastPage },
    timelineColumns: columnsOf(hints.timeline.columnsLine),
  };
  return { document, runningHeads: pagination.runningHeads, problems };
}

function buildChineseAbstract(cursor: LineCursor, sink: BlockSink, breakHints: BreakHints): void {
  const heading = cursor.expect(
    (l) => l.text === ABSTRACT_HEADING,
    `the heading 「${ABSTRACT_HEADING}」`,
  );
  if (!heading) return;
  sink.openSection('abstract', '', ABSTRACT_HEADING, 1, joinLines([heading]), 'zh-Hant');
  const body = cursor.takeUntil((l) => l.text.startsWith(KEYWORDS_LABEL));
  for (const unit of segmentFlow(body, breakHints)) {
    sink.addNumbered('p', 'zh-Hant', joinLines(unit.lines), { kind: 'abstract' });
  }
  const keywords = cursor.expect(
    (l) => l.text.startsWith(KEYWORDS_LABEL),
    `the line 「${KEYWORDS_LABEL}…」`,
  );
  if (!keywords) return;
  const joined = joinLines([keywords]);
  sink.add('abstract-keywords', 'zh-Hant', joined, {
    kind: 'keywords',
    keywords: keywordSpans(joined.text, KEYWORDS_LABEL),
  });
}

/** Puts each footnote right after the block that carries its marker. */
function placeFootnotes(
  blocks: Block[],
  bodies: ReturnType<typeof splitFootnotes>['bodies'],
  sourceFile: string,
  problems: Problem[],
): Block[] {
  const out: Block[] = [];
  const byNumber = new Map(bodies.map((body) => [body.n, body]));
  const placed = new Set<number>();
  for (const block of blocks) {
    out.push(block);
    for (const ref of block.footnoteRefs) {
      const body = byNumber.get(ref.n);
      if (!body) {
        problems.push({
          where: block.id,
          message: `footnote marker ${ref.n} has no footnote body`,
        });
        continue;
      }
      if (placed.has(ref.n)) {
        problems.push({
          where: block.id,
          message: `footnote marker ${ref.n} appears more than once`,
        });
        continue;
      }
      placed.add(ref.n);
      const joined = joinLines(body.lines);
      const footnote: FootnoteBlock = {
        id: `fn-${ref.n}`,
        kind: 'footnote',
        lang: 'zh-Hant',
        section: block.section,
        pages: joined.pages,
        pageBreaks: joined.pageBreaks,
        text: joined.text,
        footnoteRefs: [],
        source: { firstLine: joined.firstLine, lastLine: joined.lastLine },
        footnote: ref.n,
        refBlockId: block.id,
      };
      out.push(footnote);
    }
  }
  for (const body of bodies) {
    if (!placed.has(body.n)) {
      problems.push({
        where: `${sourceFile}:${body.lines[0]?.n ?? '?'}`,
        message: `footnote body ${body.n} has no marker in the text`,
      });
    }
  }
  return out;
}

function columnsOf(line: string): Document['timelineColumns'] {
  const [date = '', event = ''] = line.split(/\s+/u);
  return { date, event };
}
