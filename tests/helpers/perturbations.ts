/**
 * Perturbed copies of the real source.txt for the anchoring robustness tests: one edit per copy,
 * so that the ground truth (text-alignment.ts) is exact. Hand-picked edits say what they do; the
 * insert/delete sweep puts an edit in the middle of evenly spaced body lines.
 */

export type PerturbationKind = 'insert' | 'delete' | 'split' | 'merge' | 'move' | 'delete-quote';

export interface Perturbation {
  name: string;
  kind: PerturbationKind;
  source: string;
}

/** A hand-picked edit: replace the one occurrence of `find` by `replace`. */
interface Edit {
  name: string;
  kind: PerturbationKind;
  find: string;
  replace: string;
}

const EDITS: Edit[] = [
  {
    name: 'split s2.1-p6 after its first sentence (later paragraph ids of s2.1 shift by one)',
    kind: 'split',
    find: '446）。Schweller（1994）指出',
    replace: '446）。\nSchweller（1994）指出',
  },
  {
    name: 'split a paragraph of s4.1 before 「在此同時」',
    kind: 'split',
    find: '動機和意願。在此同時，',
    replace: '動機和意願。\n在此同時，',
  },
  {
    name: 'split s3-p2 after the power transition sentence',
    kind: 'split',
    find: '（Lebow and Valentino 2009）。無論',
    replace: '（Lebow and Valentino 2009）。\n無論',
  },
  {
    name: 'merge s2.3.1-p5 into the next paragraph (block s2.3.1-p6 disappears)',
    kind: 'merge',
    find: '賽（all-out great power rivalry）。',
    replace: '賽（all-out great power rivalry）',
  },
  {
    name: 'move a sentence to a later paragraph of s4.1',
    kind: 'move',
    find: '美國的舉動已經讓越南更有向其靠攏的動機和意願。',
    replace: '',
  },
  {
    name: 'move 吳玉山’s sentence from s2.3.1-p6 to the end of s3-p1',
    kind: 'move',
    find: '吳玉山（2009, 41）\n\n亦指出，只有在大國給出的壓力有限的情況下，小國才得以採取避險策略。',
    replace: '',
  },
  {
    name: 'delete the first of two 「避險」 five characters apart (s2.1-p9)',
    kind: 'delete-quote',
    find: '都可以叫做「避險」。',
    replace: '都可以叫做。',
  },
  {
    name: 'delete the second 抗衡 of s2.3.1-p4 (another one ten characters before)',
    kind: 'delete-quote',
    find: '差別在於其抗衡行動本身',
    replace: '差別在於其行動本身',
  },
  {
    // The whole verse, not only its first words: deleting 「Nam quốc sơn hà 」 before 「Nam đế」
    // cannot be told from deleting 「quốc sơn hà Nam 」, and the ground truth must be unambiguous.
    name: 'delete the verse of footnote 6, whose opening 「Nam quốc sơn hà」 recurs later in it',
    kind: 'delete-quote',
    find: '「Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư」',
    replace: '「」',
  },
];

/** Where each moved sentence goes: after this unique text. */
const MOVE_TARGETS: Record<string, string> = {
  '美國的舉動已經讓越南更有向其靠攏的動機和意願。': '越南的政治體制（Tran 2015）。',
  '吳玉山（2009, 41）\n\n亦指出，只有在大國給出的壓力有限的情況下，小國才得以採取避險策略。':
    '（Manning 2015）。',
};

const SWEEP_SITES = 12;
const INSERTED = '甲乙丙';
const HAN = /^\p{Script=Han}{3}$/u;

/**
 * Every perturbed copy of `source`. `protectedText` lists text the layout hints quote: a sweep edit
 * there would break the hint (a build error, not an anchoring test), so those lines are skipped.
 */
export function perturbations(source: string, protectedText: string[]): Perturbation[] {
  return [...EDITS.map((edit) => applyEdit(source, edit)), ...sweep(source, protectedText)];
}

function applyEdit(source: string, edit: Edit): Perturbation {
  const at = uniqueIndex(source, edit.find);
  let text = source.slice(0, at) + edit.replace + source.slice(at + edit.find.length);
  if (edit.kind === 'move') {
    const target = MOVE_TARGETS[edit.find];
    if (target === undefined) throw new Error(`no target for the move of 「${edit.find}」`);
    const to = uniqueIndex(text, target) + target.length;
    text = text.slice(0, to) + edit.find + text.slice(to);
  }
  return { name: edit.name, kind: edit.kind, source: text };
}

/** Three Han characters inserted in, or deleted from, the middle of evenly spaced body lines. */
function sweep(source: string, protectedText: string[]): Perturbation[] {
  const lines = source.split('\n');
  const first = lines.findIndex((l) => l.startsWith('壹、前言'));
  const last = lines.findIndex((l) => l.includes('（收件：'));
  const candidates: number[] = [];
  for (let i = first + 1; i < last; i++) {
    const line = lines[i] ?? '';
    const mid = Math.floor(line.length / 2);
    const quoted = protectedText.some((t) => t.includes(line.slice(mid - 3, mid + 3)));
    if (
      line.length >= 24 &&
      !line.startsWith(' ') &&
      HAN.test(line.slice(mid - 1, mid + 2)) &&
      !quoted
    ) {
      candidates.push(i);
    }
  }
  const result: Perturbation[] = [];
  for (let k = 0; k < SWEEP_SITES * 2; k++) {
    const index = candidates[Math.floor(((k + 0.5) * candidates.length) / (SWEEP_SITES * 2))];
    if (index === undefined) continue;
    const line = lines[index] ?? '';
    const mid = Math.floor(line.length / 2);
    const insert = k % 2 === 0;
    const edited = insert
      ? line.slice(0, mid) + INSERTED + line.slice(mid)
      : line.slice(0, mid - 1) + line.slice(mid + 2);
    const copy = [...lines];
    copy[index] = edited;
    result.push({
      name: `${insert ? 'insert 「甲乙丙」 into' : `delete 「${line.slice(mid - 1, mid + 2)}」 from`} source line ${index + 1}`,
      kind: insert ? 'insert' : 'delete',
      source: copy.join('\n'),
    });
  }
  return result;
}

function uniqueIndex(text: string, find: string): number {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) {
    throw new Error(`「${find}」 must occur exactly once in the source`);
  }
  return at;
}

/** Every string in a layout hints file (what the hints quote from the source). */
export function quotedByHints(layout: unknown): string[] {
  if (typeof layout === 'string') return [layout];
  if (Array.isArray(layout)) return layout.flatMap(quotedByHints);
  if (typeof layout === 'object' && layout !== null)
    return Object.values(layout).flatMap(quotedByHints);
  return [];
}
