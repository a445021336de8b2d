/**
 * Orphan statistics under perturbation (prints a table; the assertions are in
 * tests/unit/annotations/robustness.test.ts):
 *
 *   npx tsx scripts/anchoring-robustness.ts
 *
 * For each perturbed copy of the source: the test annotations plus annotations around the edit,
 * split into "intact" (quote and stored context unchanged) and "affected", and how the affected
 * ones fared: exact (where their text went), close (their own quote was edited; ends within a
 * character or so), orphan, wrong (never seen: the test fails on it).
 */
import { describe } from '../annotations/anchoring/describe';
import type { BlockSelectors } from '../annotations/model/selectors';
import { spansAround, testSpans } from '../tests/helpers/annotation-spans';
import type { TestSpan } from '../tests/helpers/annotation-spans';
import { buildPerturbed, realPerturbations } from '../tests/helpers/perturbed-documents';
import { realDocument } from '../tests/helpers/real-document';
import { judgeReanchoring } from '../tests/helpers/robustness';
import { firstDifference } from '../tests/helpers/text-alignment';

const original = realDocument();
const selectorsOf = (spans: TestSpan[]): BlockSelectors[] =>
  spans.flatMap((s) => {
    const block = original.blocks.find((b) => b.id === s.blockId);
    return block ? [describe(block, s.start, s.end)] : [];
  });
const base = selectorsOf(testSpans(original));

type Row = {
  intact: number;
  affected: number;
  exact: number;
  close: number;
  orphan: number;
  wrong: number;
  moved: number;
};
const empty = (): Row => ({
  intact: 0,
  affected: 0,
  exact: 0,
  close: 0,
  orphan: 0,
  wrong: 0,
  moved: 0,
});
const byKind = new Map<string, Row>();
const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
console.log('| perturbation | annotations | intact | affected | exact | close | orphan | wrong |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const perturbation of realPerturbations()) {
  const { document } = buildPerturbed(perturbation);
  if (!document) throw new Error(`${perturbation.name}: does not build`);
  const edit = firstDifference(original, document);
  const near = edit ? selectorsOf(spansAround(original, edit.blockId, edit.offset)) : [];
  const judged = judgeReanchoring(original, document, [...base, ...near]);
  const row = empty();
  for (const j of judged) {
    if (j.result.status === 'anchored' && j.result.moved) row.moved++;
    if (j.intact) {
      row.intact++;
      continue;
    }
    row.affected++;
    row[j.outcome]++;
  }
  const total = byKind.get(perturbation.kind) ?? empty();
  for (const key of Object.keys(row) as (keyof Row)[]) total[key] += row[key];
  byKind.set(perturbation.kind, total);
  console.log(
    `| ${perturbation.name} | ${judged.length} | ${row.intact} | ${row.affected} | ${row.exact} | ${row.close} | ${row.orphan} | ${row.wrong} |`,
  );
}
console.log(
  '\n| kind | affected | exact | close | orphan | wrong | placed in another block (moved) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, r] of byKind) {
  console.log(
    `| ${kind} | ${r.affected} | ${r.exact} | ${r.close} | ${r.orphan} (${pct(r.orphan, r.affected)}) | ${r.wrong} | ${r.moved} |`,
  );
}
