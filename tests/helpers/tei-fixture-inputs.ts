/**
 * Inputs for TEI export tests: the real article, its real term layer and glossary, the fixture
 * layers of tests/fixtures/tei (claims, evidence, editorial, Vietnamese, in FORMAT.md shape) and
 * a fixture alignment.
 */
import { anchor } from '../../annotations/anchoring/anchor';
import type { LoadedAnnotation } from '../../annotations/load/load-annotations';
import type { TriglotAnnotation } from '../../annotations/model/annotation';
import { loadTeiInputs } from '../../app/export/tei/load-tei-inputs';
import type { AlignmentInput, TeiInputs } from '../../app/export/tei/tei-inputs';
import { codePointLength } from '../../corpus/text/code-points';
import { codePointIndexOf, realDocument } from './real-document';

export const FIXTURE_ANNOTATIONS = new URL('../fixtures/tei/annotations/', import.meta.url)
  .pathname;
const document = realDocument();
const blockText = (id: string) => document.blocks.find((b) => b.id === id)?.text ?? '';

/** Sentence `n` (from 0) of a block, as code points, ending after its full stop. */
function sentence(blockId: string, n: number, stop: string): { start: number; end: number } {
  const text = blockText(blockId);
  let start = 0;
  for (let i = 0; i < n; i++) start = codePointIndexOf(text, stop, start) + codePointLength(stop);
  while (text.charAt(start) === ' ') start++;
  return { start, end: codePointIndexOf(text, stop, start) + 1 };
}

const zhTerm = codePointIndexOf(blockText('abstract-p1'), '避險');
/** A fixture alignment (the pairs exercise the writer; they are not a reading of the abstracts). */
export const FIXTURE_ALIGNMENT: AlignmentInput = {
  segments: [
    { id: 'title-zh', title: 'zh-Hant' },
    {
      id: 'title-en',
      blockId: 'abstract-en-h',
      start: 0,
      end: codePointLength(blockText('abstract-en-h')),
    },
    { id: 'zh-1', blockId: 'abstract-p1', ...sentence('abstract-p1', 0, '。') },
    { id: 'zh-2', blockId: 'abstract-p1', ...sentence('abstract-p1', 1, '。') },
    { id: 'zh-3', blockId: 'abstract-p1', ...sentence('abstract-p1', 2, '。') },
    { id: 'en-1', blockId: 'abstract-en-p1', ...sentence('abstract-en-p1', 0, '. ') },
    { id: 'en-2', blockId: 'abstract-en-p1', ...sentence('abstract-en-p1', 1, '. ') },
    { id: 'en-3', blockId: 'abstract-en-p1', ...sentence('abstract-en-p1', 2, '. ') },
    { id: 'kw-zh-1', blockId: 'abstract-keywords', start: 4, end: 8 },
    { id: 'kw-en-1', blockId: 'abstract-en-keywords', start: 10, end: 33 },
    // Ends inside 「避險」: it cannot nest with the term, so one of them goes to the standOff.
    { id: 'crossing', blockId: 'abstract-p1', start: zhTerm - 3, end: zhTerm + 1 },
  ],
  pairs: [
    { zh: ['title-zh'], en: ['title-en'], status: 'exact' },
    { zh: ['zh-1'], en: ['en-1'], status: 'exact' },
    {
      zh: ['zh-2', 'zh-3'],
      en: ['en-2'],
      status: 'partial',
      note: 'Fixture note: two sentences against one.',
    },
    { zh: [], en: ['en-3'], status: 'added' },
    { zh: ['kw-zh-1'], en: ['kw-en-1'], status: 'exact' },
    { zh: ['crossing'], en: ['en-3'], status: 'partial' },
  ],
};

/** An annotation placed by the shared anchoring, as the loader hands it to the export. */
export function placed(annotation: TriglotAnnotation): LoadedAnnotation {
  return { annotation, file: 'test', anchor: anchor(document, annotation.target) };
}

/**
 * The real article with its real term layer and glossary, the fixture layers (claims, evidence,
 * editorial notes, Vietnamese items) and the fixture alignment; one Vietnamese item described by
 * fixture data, the others only by their occurrences.
 */
export function fixtureInputs(overrides: Partial<TeiInputs> = {}): TeiInputs {
  const real = loadTeiInputs(document);
  const fixtures = loadTeiInputs(document, FIXTURE_ANNOTATIONS);
  return {
    ...real,
    annotations: [
      ...real.annotations.filter((a) => a.annotation.layer === 'term'),
      ...fixtures.annotations,
    ],
    vietnameseItems: [
      { id: 'quan-dao-hoang-sa', standard: 'Quần đảo Hoàng Sa', gloss: 'Paracel Islands' },
    ],
    alignment: FIXTURE_ALIGNMENT,
    ...overrides,
  };
}
