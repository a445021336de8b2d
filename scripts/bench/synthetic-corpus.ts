/**
 * Synthetic corpora for the benchmark: `factor` copies of a document's records, every copy after the
 * first with a small seeded perturbation (one to three characters of each record replaced by another
 * character of the same record and the same kind — ideograph for ideograph, letter for letter, digit
 * for digit), so the copies are not identical but keep the article's vocabulary and statistics.
 */
import type { SearchRecord } from '../../app/search/records/search-record';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [RegExp, string][] = [
  [/\p{Script=Han}/u, 'han'],
  [/\p{L}/u, 'letter'],
  [/\p{N}/u, 'digit'],
];

function kindOf(ch: string): string | null {
  for (const [re, kind] of KINDS) if (re.test(ch)) return kind;
  return null;
}

function perturb(text: string, random: () => number): string {
  const chars = Array.from(text);
  const byKind = new Map<string, number[]>();
  const positions: number[] = [];
  chars.forEach((ch, i) => {
    const kind = kindOf(ch);
    if (!kind) return;
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(i);
    positions.push(i);
  });
  if (positions.length < 2) return text;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const at = positions[Math.floor(random() * positions.length)] as number;
    const sameKind = byKind.get(kindOf(chars[at] as string) as string) as number[];
    const from = sameKind[Math.floor(random() * sameKind.length)] as number;
    chars[at] = chars[from] as string;
  }
  return chars.join('');
}

/** `factor` copies of `records` (the first unchanged), in reading order, copy after copy. */
export function syntheticCorpus(
  records: SearchRecord[],
  factor: number,
  seed = 20200301,
): SearchRecord[] {
  const random = seededRandom(seed);
  const out: SearchRecord[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const record of records) {
      if (copy === 0) {
        out.push(record);
        continue;
      }
      const docId = `${record.docId}~${copy}`;
      out.push({
        ...record,
        id: `${docId}#${record.blockId}`,
        docId,
        text: perturb(record.text, random),
      });
    }
  }
  return out;
}
