/**
 * Calibrates the minimum score of `anchor` on the real article (prints a report; no assertions).
 *
 *   npx tsx scripts/calibrate-anchoring.ts
 *
 * For every test span (tests/helpers/annotation-spans.ts):
 * - look-alike score: the annotated passage is blanked out and the best remaining placement is
 *   scored with no minimum — this is what would win if the passage disappeared, so the minimum must
 *   lie above it. Measured with the block present (fuzzy search in the block) and with the block id
 *   gone (fuzzy search in the whole document).
 * - true score: random edits (insert, delete, substitute a Han character) in the 32-grapheme context
 *   only, or in the quote only, then the score of the placement on the edited passage.
 */
import { loadDocument } from '../corpus/load/node-loader';
import type { Block, Document } from '../corpus/model/document';
import { anchor, MIN_SCORE } from '../annotations/anchoring/anchor';
import { describe } from '../annotations/anchoring/describe';
import type { BlockSelectors } from '../annotations/model/selectors';
import { seededRandom, testSpans } from '../tests/helpers/annotation-spans';

const built = loadDocument('nguyen-2020').document;
if (!built) throw new Error('the article does not build');
const document: Document = built;
const spans = testSpans(document);
const random = seededRandom(7);
const THRESHOLDS = [0.75, 0.8, 0.85, 0.9, 0.95];

function withBlockText(block: Block, text: string): Document {
  return { ...document, blocks: document.blocks.map((b) => (b === block ? { ...b, text } : b)) };
}

/** Score of what would be placed, with no minimum, once the annotated passage is gone (0: nothing). */
function lookAlike(block: Block, selectors: BlockSelectors, gone: boolean): number {
  const chars = Array.from(block.text);
  for (let i = selectors.position.start; i < selectors.position.end; i++) chars[i] = '\u0001';
  const target = gone ? { ...selectors, blockId: 'no-such-block' } : selectors;
  const result = anchor(withBlockText(block, chars.join('')), target, { minScore: 0 });
  return result.status === 'anchored' ? result.score : 0;
}

/** Score of the placement on the true passage after `edits` edits in the context or the quote. */
function edited(
  block: Block,
  selectors: BlockSelectors,
  edits: number,
  where: 'context' | 'quote',
) {
  const chars = Array.from(block.text);
  let { start, end } = selectors.position;
  // Edits use the block's own Han characters, but never one of the quote's: an edit must not
  // manufacture a second copy of the quote (then neither copy would be "the" passage).
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c) && !selectors.quote.exact.includes(c));
  for (let k = 0; k < edits; k++) {
    const spots: number[] = [];
    if (where === 'quote') for (let i = start; i < end; i++) spots.push(i);
    else {
      for (let i = Math.max(0, start - 32); i < start; i++) spots.push(i);
      for (let i = end; i < Math.min(chars.length, end + 32); i++) spots.push(i);
    }
    if (spots.length === 0) return null;
    const at = spots[Math.floor(random() * spots.length)] ?? 0;
    const char = han[Math.floor(random() * han.length)] ?? '中';
    const kind = Math.floor(random() * 3);
    if (kind === 0) {
      chars.splice(at, 0, char);
      if (at < start) start++;
      if (at < end) end++;
    } else if (kind === 1 && !(where === 'quote' && end - start < 2)) {
      chars.splice(at, 1);
      if (at < start) start--;
      if (at < end) end--;
    } else chars[at] = char;
  }
  const result = anchor(withBlockText(block, chars.join('')), selectors, { minScore: 0 });
  if (result.status !== 'anchored') {
    if (process.env.DEBUG && where === 'quote')
      console.log(
        'orphan',
        result.reason,
        JSON.stringify(selectors.quote.exact),
        JSON.stringify(chars.slice(Math.max(0, start - 5), end + 5).join('')),
      );
    return 0;
  }
  if (result.blockId === block.id && result.start < end && start < result.end) return result.score;
  // Placed elsewhere: what matters is whether the real minimum would have let it through.
  if (result.score >= MIN_SCORE)
    wrong.push(
      `${block.id}[${start},${end}) → ${result.blockId}[${result.start},${result.end}) ${result.score} ${result.strategy} 「${chars.join('')}」`,
    );
  return 0;
}
const wrong: string[] = [];

function quantiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN).toFixed(3);
  return `n=${sorted.length} min=${q(0)} p01=${q(0.01)} p05=${q(0.05)} median=${q(0.5)} p99=${q(0.99)} max=${q(1)}`;
}
function below(values: number[]): string {
  return THRESHOLDS.map((t) => `<${t}: ${values.filter((v) => v < t).length}`).join('  ');
}
function above(values: number[]): string {
  return THRESHOLDS.map((t) => `≥${t}: ${values.filter((v) => v >= t).length}`).join('  ');
}

const blocks = new Map(document.blocks.map((b) => [b.id, b]));
const look = { block: [] as number[], document: [] as number[] };
const worst: { score: number; label: string }[] = [];
const truth = new Map<string, number[]>();
const record = (key: string, score: number | null) => {
  if (score !== null) truth.set(key, [...(truth.get(key) ?? []), score]);
};
for (const span of spans) {
  const block = blocks.get(span.blockId);
  if (!block) continue;
  const selectors = describe(block, span.start, span.end);
  const inBlock = lookAlike(block, selectors, false);
  const inDocument = lookAlike(block, selectors, true);
  look.block.push(inBlock);
  look.document.push(inDocument);
  const label = `${span.blockId}[${span.start},${span.end}) ${span.why} 「${selectors.quote.exact.slice(0, 16)}」`;
  worst.push(
    { score: inBlock, label: `${label} (block)` },
    { score: inDocument, label: `${label} (document)` },
  );
  for (const edits of [1, 2, 4, 8])
    record(`context × ${edits}`, edited(block, selectors, edits, 'context'));
  const length = span.end - span.start;
  if (length >= 6) {
    for (const edits of [1, Math.max(1, Math.floor(length / 10))])
      record(
        `quote ≥ 6 chars × ${edits === 1 ? '1' : '10%'}`,
        edited(block, selectors, edits, 'quote'),
      );
  }
}
console.log(`${spans.length} spans; MIN_SCORE is ${MIN_SCORE}`);
console.log(`look-alike in the named block:      ${quantiles(look.block)}`);
console.log(`   ${above(look.block)}`);
console.log(`look-alike in the document (no id): ${quantiles(look.document)}`);
console.log(`   ${above(look.document)}`);
console.log('highest look-alikes:');
for (const w of worst
  .filter((w) => process.env.SCOPE === undefined || w.label.endsWith(`(${process.env.SCOPE})`))
  .sort((a, b) => b.score - a.score)
  .slice(0, 30))
  console.log(`  ${w.score.toFixed(3)} ${w.label}`);
console.log(`placed on another passage at or above MIN_SCORE after edits: ${wrong.length}`);
for (const w of wrong.slice(0, 10)) console.log(`  ${w}`);
for (const [key, scores] of truth) {
  console.log(`true passage, edits in ${key}: ${quantiles(scores)}`);
  console.log(`   ${below(scores)}`);
}
