/**
 * Where an annotation lands in a Document, or why it cannot be placed. Offsets are code points
 * in the block's NFC text, like the selectors.
 */

/** How an annotation was placed: its stored position, its exact quote in context, or a fuzzy match. */
export type AnchorStrategy = 'position' | 'quote' | 'fuzzy';

/** A placed annotation. */
export interface Anchored {
  status: 'anchored';
  blockId: string;
  start: number;
  end: number;
  strategy: AnchorStrategy;
  /** Match score in [0, 1]: quote, prefix, suffix and position agreement (1 = all identical). */
  score: number;
  /** True when the annotation landed in another block than the one its selectors name. */
  moved: boolean;
}

/** The closest passage that was considered and rejected, kept so an orphan can be explained. */
export interface RejectedCandidate {
  blockId: string;
  start: number;
  end: number;
  score: number;
}

/** An annotation that cannot be placed: reported and shown, never dropped, never moved. */
export interface Orphan {
  status: 'orphan';
  reason: string;
  best?: RejectedCandidate;
}

export type AnchorResult = Anchored | Orphan;
