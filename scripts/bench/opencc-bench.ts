/**
 * Simplified/Traditional: which approach finds the article's words from a Simplified query, and
 * what each adds to the bundle. The Simplified "query" for each distinct Han bigram of the article
 * is OpenCC's own Taiwan→Mainland conversion (phrase level), as a reader typing Simplified would
 * write it.
 *  A. fold both sides to one script, character by character (Triglot: TWVariantsRev+TSCharacters);
 *  B. convert only the query, Mainland→Taiwan, with OpenCC's full phrase-level converter.
 */
import * as OpenCC from 'opencc-js';
import { NO_FOLDS } from '../../app/search/normalize/folds';
import { normalizeText } from '../../app/search/normalize/normalize';
import type { SearchRecord } from '../../app/search/records/search-record';
import { bundleSize } from './bundle-bench';

export interface OpenccReport {
  bigrams: number;
  bigramsThatDiffer: number;
  foldBothSides: { recall: number; misses: string[]; addsGzipBytes: number };
  convertQueryOnly: { recall: number; misses: string[]; addsGzipBytes: number };
  /** Distinct Traditional bigrams of the article that fold to the same key as another one. */
  foldCollisions: { groups: number; examples: string[][] };
}

/** Measures both approaches on the records' Han bigrams. */
export async function benchOpencc(records: SearchRecord[]): Promise<OpenccReport> {
  const bigrams = new Set<string>();
  for (const { text } of records) {
    const chars = Array.from(text);
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      if (/^\p{Script=Han}{2}$/u.test(pair)) bigrams.add(pair);
    }
  }
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const fold = (s: string) => normalizeText(s, { ...NO_FOLDS, script: true });
  const missA: string[] = [];
  const missB: string[] = [];
  let differ = 0;
  const byKey = new Map<string, string[]>();
  for (const bigram of bigrams) {
    const simplified = toSimplified(bigram);
    if (simplified !== bigram) differ++;
    if (fold(simplified) !== fold(bigram)) missA.push(`${bigram}→${simplified}`);
    const back = toTraditional(simplified);
    if (back !== bigram) missB.push(`${bigram}→${simplified}→${back}`);
    const key = fold(bigram);
    byKey.set(key, [...(byKey.get(key) ?? []), bigram]);
  }
  const collisions = [...byKey.values()].filter((group) => group.length > 1);
  const [foldBytes, convertBytes] = await Promise.all([
    bundleSize("export { foldScript } from './app/search/normalize/script-fold';"),
    bundleSize(
      "import * as OpenCC from 'opencc-js/cn2t'; export const c = OpenCC.Converter({ from: 'cn', to: 'tw' });",
    ),
  ]);
  return {
    bigrams: bigrams.size,
    bigramsThatDiffer: differ,
    foldBothSides: {
      recall: 1 - missA.length / bigrams.size,
      misses: missA,
      addsGzipBytes: foldBytes.gzip,
    },
    convertQueryOnly: {
      recall: 1 - missB.length / bigrams.size,
      misses: missB,
      addsGzipBytes: convertBytes.gzip,
    },
    foldCollisions: { groups: collisions.length, examples: collisions.slice(0, 12) },
  };
}
