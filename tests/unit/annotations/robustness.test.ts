/**
 * Re-anchoring on perturbed copies of the real source: characters inserted or deleted in the middle
 * of body lines, paragraphs split and merged, sentences moved, annotated words deleted next to a
 * look-alike. Every test annotation must land exactly where its text went, or close to it when its
 * own quote was edited, or become an orphan — never on another passage; and an annotation whose quote
 * and context survived intact must land exactly. Ground truth: tests/helpers/text-alignment.ts.
 */
import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../annotations/anchoring/describe';
import { spansAround, testSpans } from '../../helpers/annotation-spans';
import type { TestSpan } from '../../helpers/annotation-spans';
import { buildPerturbed, realPerturbations } from '../../helpers/perturbed-documents';
import { realDocument } from '../../helpers/real-document';
import { judgeReanchoring } from '../../helpers/robustness';
import { firstDifference } from '../../helpers/text-alignment';

const original = realDocument();
const selectorsOf = (spans: TestSpan[]) =>
  spans.map((span) => {
    const block = original.blocks.find((b) => b.id === span.blockId);
    if (!block) throw new Error(`no block ${span.blockId}`);
    return describe(block, span.start, span.end);
  });
const annotations = selectorsOf(testSpans(original));

group('re-anchoring on perturbed copies of the source', () => {
  const all = realPerturbations();

  it('covers every kind of perturbation', () => {
    const kinds = new Set(all.map((p) => p.kind));
    expect([...kinds].sort()).toEqual([
      'delete',
      'delete-quote',
      'insert',
      'merge',
      'move',
      'split',
    ]);
    expect(all.filter((p) => p.kind === 'insert' || p.kind === 'delete').length).toBe(24);
  });

  it.each(all.map((p) => [p.name, p] as const))('%s', (_name, perturbation) => {
    const { document, problems } = buildPerturbed(perturbation);
    expect(problems).toEqual([]);
    if (!document) throw new Error('the perturbed source does not build');
    // Besides the test spans, annotations in and around the edit itself.
    const edit = firstDifference(original, document);
    if (!edit) throw new Error('the perturbation changed nothing');
    const near = selectorsOf(spansAround(original, edit.blockId, edit.offset));
    const judged = judgeReanchoring(original, document, [...annotations, ...near]);
    const describeOne = (j: (typeof judged)[number]) =>
      `${j.selectors.blockId} [${j.selectors.position.start}, ${j.selectors.position.end}) 「${j.selectors.quote.exact}」: ${j.detail}`;
    expect(judged.filter((j) => j.outcome === 'wrong').map(describeOne)).toEqual([]);
    expect(judged.filter((j) => j.intact && j.outcome !== 'exact').map(describeOne)).toEqual([]);
    // The edit reached some annotations (otherwise the test proves nothing).
    expect(judged.filter((j) => !j.intact).length).toBeGreaterThan(0);
  });
});

group('specific perturbations', () => {
  const byName = (fragment: string) => {
    const found = realPerturbations().find((p) => p.name.includes(fragment));
    if (!found) throw new Error(`no perturbation ${fragment}`);
    const { document } = buildPerturbed(found);
    if (!document) throw new Error('does not build');
    return document;
  };

  it('a deleted 「避險」 does not move to the one five characters later', () => {
    const block = original.blocks.find((b) => b.id === 's2.1-p9');
    if (!block) throw new Error('no s2.1-p9');
    // 「都可以叫做「避險」。「避險」涵蓋」: the first 避險 is at 82, the second at 87 (code points).
    expect(Array.from(block.text).slice(82, 84).join('')).toBe('避險');
    expect(Array.from(block.text).slice(87, 89).join('')).toBe('避險');
    const judged = judgeReanchoring(original, byName('five characters apart'), [
      describe(block, 82, 84),
      describe(block, 87, 89),
    ]);
    expect(judged.map((j) => j.outcome)).toEqual(['orphan', 'exact']);
  });

  it('a deleted Vietnamese phrase does not move to its second occurrence in footnote 6', () => {
    const block = original.blocks.find((b) => b.id === 'fn-6');
    if (!block) throw new Error('no fn-6');
    const text = Array.from(block.text).join('');
    const first = text.indexOf('Nam quốc sơn hà');
    const second = text.indexOf('Nam quốc sơn hà', first + 1);
    expect(second).toBeGreaterThan(first);
    const judged = judgeReanchoring(original, byName('verse of footnote 6'), [
      describe(block, first, first + 15),
      describe(block, second, second + 15),
    ]);
    expect(judged.map((j) => j.outcome)).toEqual(['orphan', 'exact']);
  });

  it('after a paragraph split, the shifted paragraphs are found in their section by quote', () => {
    const document = byName('split s2.1-p6');
    const block = original.blocks.find((b) => b.id === 's2.1-p10');
    if (!block) throw new Error('no s2.1-p10');
    const [judged] = judgeReanchoring(original, document, [describe(block, 10, 40)]);
    expect(judged?.outcome).toBe('exact');
    expect(judged?.result).toMatchObject({
      status: 'anchored',
      strategy: 'quote',
      blockId: 's2.1-p11',
      moved: true,
    });
  });

  it('after a split right after a quote, its cut suffix does not orphan it', () => {
    const document = byName('split s2.1-p6');
    const block = original.blocks.find((b) => b.id === 's2.1-p6');
    if (!block) throw new Error('no s2.1-p6');
    const text = Array.from(block.text).join('');
    const end = Array.from(text.slice(0, text.indexOf('446）。') + 5)).length;
    expect(
      Array.from(block.text)
        .slice(end - 5, end)
        .join(''),
    ).toBe('446）。');
    const [judged] = judgeReanchoring(original, document, [describe(block, end - 12, end)]);
    expect(judged?.outcome).toBe('exact');
    expect(judged?.result).toMatchObject({
      status: 'anchored',
      strategy: 'quote',
      blockId: 's2.1-p6',
    });
  });

  it('after a merge, the vanished block is found in the document by quote', () => {
    const document = byName('merge s2.3.1-p5');
    expect(document.blocks.some((b) => b.id === 's2.3.1-p6')).toBe(false);
    const block = original.blocks.find((b) => b.id === 's2.3.1-p6');
    if (!block) throw new Error('no s2.3.1-p6');
    const [judged] = judgeReanchoring(original, document, [describe(block, 50, 90)]);
    expect(judged?.outcome).toBe('exact');
    expect(judged?.result).toMatchObject({
      status: 'anchored',
      strategy: 'quote',
      blockId: 's2.3.1-p5',
      moved: true,
    });
  });
});
