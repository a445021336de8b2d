/**
 * The target of a Triglot annotation → BlockSelectors: the document, and FragmentSelectors naming
 * one block, one refined by a TextQuoteSelector and one by a TextPositionSelector (code points).
 */
import { codePointLength } from '../../corpus/text/code-points';
import { documentIri } from '../model/iris';
import type { BlockSelectors, TextPositionSelector, TextQuoteSelector } from '../model/selectors';
import { Invalid, asList, hasType, isRecord, show } from './json';
import type { JsonRecord } from './json';

/** Parses `target`; throws Invalid (caught by parseAnnotation) naming what is wrong. */
export function parseTarget(target: unknown, docId: string): BlockSelectors {
  if (!isRecord(target)) {
    throw new Invalid('malformed-target', `the target must be one object, not ${show(target)}`);
  }
  if (target.source !== documentIri(docId)) {
    throw new Invalid(
      'malformed-target',
      `the target's source is ${show(target.source)}, not this document (${documentIri(docId)})`,
    );
  }
  const selectors = asList(target.selector);
  if (selectors.length === 0) throw new Invalid('malformed-selector', 'the target has no selector');
  const blockIds = new Set<string>();
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  selectors.forEach((selector, index) => {
    const where = `selector ${index + 1}`;
    if (!isRecord(selector) || !hasType(selector, 'FragmentSelector')) {
      throw new Invalid(
        'malformed-selector',
        `${where} must be a FragmentSelector naming a block, not ${show(selector)}`,
      );
    }
    if (typeof selector.value !== 'string' || selector.value.length === 0) {
      throw new Invalid('malformed-selector', `${where}: the block id (value) is missing`);
    }
    blockIds.add(selector.value);
    const refinement = selector.refinedBy;
    if (!isRecord(refinement)) {
      throw new Invalid('malformed-selector', `${where} is not refined by a quote or a position`);
    }
    if (hasType(refinement, 'TextQuoteSelector')) {
      if (quote) throw new Invalid('malformed-selector', 'more than one TextQuoteSelector');
      quote = parseQuote(refinement, where);
    } else if (hasType(refinement, 'TextPositionSelector')) {
      if (position) throw new Invalid('malformed-selector', 'more than one TextPositionSelector');
      position = parsePosition(refinement, where);
    } else {
      throw new Invalid('malformed-selector', `${where} is refined by ${show(refinement.type)}`);
    }
  });
  if (blockIds.size !== 1) {
    throw new Invalid(
      'malformed-selector',
      `the selectors name different blocks (${[...blockIds].join(', ')})`,
    );
  }
  if (!quote) throw new Invalid('malformed-selector', 'no TextQuoteSelector');
  if (!position) throw new Invalid('malformed-selector', 'no TextPositionSelector');
  const length = codePointLength(quote.exact);
  if (position.end - position.start !== length) {
    throw new Invalid(
      'malformed-selector',
      `the position [${position.start}, ${position.end}) spans ${position.end - position.start} code points but the quote has ${length}`,
    );
  }
  return { blockId: [...blockIds][0] ?? '', quote, position };
}

function parseQuote(selector: JsonRecord, where: string): TextQuoteSelector {
  const { exact, prefix = '', suffix = '' } = selector;
  if (typeof exact !== 'string' || exact.length === 0) {
    throw new Invalid(
      'malformed-selector',
      `${where}: the quote (exact) must be a non-empty string`,
    );
  }
  if (typeof prefix !== 'string' || typeof suffix !== 'string') {
    throw new Invalid('malformed-selector', `${where}: prefix and suffix must be strings`);
  }
  if (
    exact !== exact.normalize('NFC') ||
    prefix !== prefix.normalize('NFC') ||
    suffix !== suffix.normalize('NFC')
  ) {
    throw new Invalid('malformed-selector', `${where}: the quote and its context must be NFC`);
  }
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function parsePosition(selector: JsonRecord, where: string): TextPositionSelector {
  const { start, end } = selector;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    throw new Invalid(
      'malformed-selector',
      `${where}: start and end must be integers (code points), not ${show(start)} and ${show(end)}`,
    );
  }
  const [from, to] = [start as number, end as number];
  if (from < 0 || to <= from) {
    throw new Invalid(
      'malformed-selector',
      `${where}: [${from}, ${to}) is not a range of the text`,
    );
  }
  return { type: 'TextPositionSelector', start: from, end: to };
}
