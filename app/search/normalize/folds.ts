/** The normalisations a query can switch on or off (SPEC, "Search": all on by default). */

export interface Folds {
  /** Unicode NFKC compatibility folding and case folding (one switch, as SPEC pairs them). */
  case: boolean;
  /** Full-width ↔ half-width: `ＨＤ－９８１` finds `HD-981`, `（` finds `(`. */
  width: boolean;
  /** Vietnamese tone and vowel marks (and every other Latin combining mark), and đ/Đ → d. */
  diacritics: boolean;
  /** Simplified ↔ Traditional Chinese: both sides are folded to one script (OpenCC dictionaries). */
  script: boolean;
}

export type FoldName = keyof Folds;

export const FOLD_NAMES: readonly FoldName[] = ['case', 'width', 'diacritics', 'script'];

/** Every fold on: what a query gets unless it says otherwise. */
export const DEFAULT_FOLDS: Readonly<Folds> = Object.freeze({
  case: true,
  width: true,
  diacritics: true,
  script: true,
});

/** Every fold off: `--exact` — code-point-exact matching on the NFC text. */
export const NO_FOLDS: Readonly<Folds> = Object.freeze({
  case: false,
  width: false,
  diacritics: false,
  script: false,
});

/** A small integer naming a fold combination (for caches keyed by folds). */
export function foldsKey(folds: Folds): number {
  return (
    (folds.case ? 1 : 0) |
    (folds.width ? 2 : 0) |
    (folds.diacritics ? 4 : 0) |
    (folds.script ? 8 : 0)
  );
}

/** Whether two fold sets are the same. */
export function sameFolds(a: Folds, b: Folds): boolean {
  return foldsKey(a) === foldsKey(b);
}

/** Fills in missing switches from the defaults. */
export function resolveFolds(partial: Partial<Folds> | undefined): Folds {
  return { ...DEFAULT_FOLDS, ...partial };
}
