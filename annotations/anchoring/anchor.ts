/**
 * `anchor`: places an annotation's selectors in a Document, or makes it an orphan. Three steps:
 *
 * 1. **position** — the stored code-point range of the named block, accepted only if the text there
 *    is the quote and its surroundings still score at least the minimum (a two-character term can
 *    reappear at the same offset after an edit upstream; that is not the same passage);
 * 2. **quote** — the exact quote with its exact context (a context shorter than the 32-grapheme
 *    window must reach the block edge), unique, in the named block; then in the named block's
 *    section (paragraph numbers shift inside a section when a paragraph is split or merged); or, if
 *    the block id no longer exists, anywhere in the document. Failing that, the same search
 *    accepts one side of the context exact and the other cut, or no longer cut, by a block edge
 *    (a paragraph split or merged right next to the quote);
 * 3. **fuzzy** — approximate matches of the quote in the named block (approx-string-match), their
 *    ends set by aligning the stored prefix + quote + suffix with the text (refine-boundaries.ts),
 *    scored on quote, prefix, suffix and position with hypothesis/client's weights, and accepted
 *    only at or above the minimum score. Without the named block there is no fuzzy step.
 *
 * Anything else is an orphan, with the reason and the closest rejected passage.
 */
import type { Block, Document } from '../../corpus/model/document';
import { codePointToUtf16, utf16ToCodePoint } from '../../corpus/text/code-points';
import type { AnchorResult, AnchorStrategy, RejectedCandidate } from '../model/anchor';
import type { BlockSelectors } from '../model/selectors';
import { CONTEXT_GRAPHEMES } from './describe';
import { graphemeCount } from './graphemes';
import {
  contextMatchesAcrossEdges,
  contextMatchesExactly,
  exactOccurrences,
  findCandidates,
  maxQuoteErrors,
  scoreCandidate,
} from './match-quote';
import type { Candidate, QuoteContext, ScoredCandidate } from './match-quote';
import { refineBoundaries } from './refine-boundaries';

/**
 * The minimum score of a positional or fuzzy placement, calibrated on the real article by
 * `scripts/calibrate-anchoring.ts` over 1,958 test spans: with the annotated passage blanked out,
 * the best remaining passage of its block (a look-alike) scores at most 0.757; the annotated passage
 * after 8 random edits in its 64-character context scores at least 0.898, and after one edit in a
 * quote of 6 or more characters at least 0.901 (or is an orphan). 0.85 sits between the two.
 */
export const MIN_SCORE = 0.85;

export interface AnchorOptions {
  minScore?: number;
}

interface Located extends ScoredCandidate {
  block: Block;
}

/** Places `selectors` in `document`, or says why it cannot (see the file comment for the steps). */
export function anchor(
  document: Document,
  selectors: BlockSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const minScore = options.minScore ?? MIN_SCORE;
  const context = quoteContext(selectors);
  if (context.exact.length === 0) return { status: 'orphan', reason: 'the quote is empty' };
  const named = document.blocks.find((b) => b.id === selectors.blockId);
  const hint = named ? codePointToUtf16(named.text, selectors.position.start) : null;
  const score = (block: Block, candidate: { start: number; end: number; errors: number }) => ({
    ...scoreCandidate(block.text, candidate, context, block === named ? hint : null),
    block,
  });

  if (named && hint !== null) {
    const end = codePointToUtf16(named.text, selectors.position.end);
    if (end > hint && named.text.slice(hint, end) === context.exact) {
      const atPosition = score(named, { start: hint, end, errors: 0 });
      if (atPosition.score >= minScore) return placed(atPosition, 'position', selectors.blockId);
    }
  }

  const scopes = named ? [[named], sectionOf(document, named)] : [document.blocks];
  for (const matches of [contextMatchesExactly, contextMatchesAcrossEdges]) {
    for (const scope of scopes) {
      const hits = scope.flatMap((block) =>
        exactOccurrences(block.text, context.exact)
          .filter((c) => matches(block.text, c.start, c.end, context))
          .map((c) => score(block, c)),
      );
      if (hits.length === 0) continue;
      const [best, second] = hits.sort((a, b) => b.score - a.score);
      if (best && (!second || best.block === named))
        return placed(best, 'quote', selectors.blockId);
      return ambiguous(hits);
    }
  }

  // Fuzzy matching needs the named block as its frame: across the whole document near-duplicates
  // (the two figure captions, footnotes 2 and 3) score up to 0.98 against each other.
  if (!named) {
    return {
      status: 'orphan',
      reason: `block ${selectors.blockId} no longer exists and the quote with its context is not in the document`,
    };
  }
  const refined = findCandidates(named.text, context.exact, maxQuoteErrors(context.exact)).map(
    (c) => refineBoundaries(named.text, c, context),
  );
  const candidates = distinct(refined)
    .map((c) => score(named, c))
    .sort((a, b) => b.score - a.score);
  const [best] = candidates;
  if (!best) return { status: 'orphan', reason: 'no passage resembles the quote' };
  if (best.score < minScore) {
    return {
      status: 'orphan',
      reason: `the closest passage scores ${best.score.toFixed(3)}, below the minimum ${minScore}`,
      best: rejected(best),
    };
  }
  return placed(best, 'fuzzy', selectors.blockId);
}

/** The stored quote with what its context says about the block edges. */
export function quoteContext(selectors: BlockSelectors): QuoteContext {
  const { exact, prefix, suffix } = selectors.quote;
  return {
    exact,
    prefix,
    suffix,
    prefixReachesStart: graphemeCount(prefix) < CONTEXT_GRAPHEMES,
    suffixReachesEnd: graphemeCount(suffix) < CONTEXT_GRAPHEMES,
  };
}

/** The candidates left after refinement, each span once. */
function distinct(candidates: (Candidate | null)[]): Candidate[] {
  const spans = new Map<string, Candidate>();
  for (const c of candidates) if (c) spans.set(`${c.start}:${c.end}`, c);
  return [...spans.values()];
}

/** The blocks of the named block's section, the named block first. */
function sectionOf(document: Document, named: Block): Block[] {
  return [named, ...document.blocks.filter((b) => b !== named && b.section === named.section)];
}

function placed(found: Located, strategy: AnchorStrategy, namedId: string): AnchorResult {
  const { block } = found;
  const [start, end] = codePointRange(block.text, found.start, found.end);
  return {
    status: 'anchored',
    blockId: block.id,
    start,
    end,
    strategy,
    score: Number(found.score.toFixed(4)),
    moved: block.id !== namedId,
  };
}

function ambiguous(hits: Located[]): AnchorResult {
  const where = [...new Set(hits.map((h) => h.block.id))].join(', ');
  return {
    status: 'orphan',
    reason: `ambiguous: the quote fits ${hits.length} passages equally well (${where})`,
  };
}

function rejected(found: Located): RejectedCandidate {
  const [start, end] = codePointRange(found.block.text, found.start, found.end);
  return { blockId: found.block.id, start, end, score: Number(found.score.toFixed(4)) };
}

/** UTF-16 [start, end) → code points, widened so that no surrogate pair is cut. */
function codePointRange(text: string, start: number, end: number): [number, number] {
  const isLow = (i: number) => {
    const code = text.charCodeAt(i);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  const from = start > 0 && isLow(start) ? start - 1 : start;
  const to = end < text.length && isLow(end) ? end + 1 : end;
  return [utf16ToCodePoint(text, from), utf16ToCodePoint(text, to)];
}
