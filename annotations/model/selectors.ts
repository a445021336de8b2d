/**
 * Selectors that place an annotation in a block. Offsets are **Unicode code points in the
 * block's NFC-normalised text** (the W3C Web Annotation rule), never UTF-16 units.
 */

/** W3C TextQuoteSelector: the quoted text with up to 32 grapheme clusters of context each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) in code points of the block's NFC text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C FragmentSelector naming a block by its id (`s2.3.1-p4`, `fn-6`, …). */
export interface FragmentSelector {
  type: 'FragmentSelector';
  value: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

/** The redundant selectors every Triglot annotation carries: block, quote and position. */
export interface BlockSelectors {
  blockId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
