/** Turns URL state into a place in a document, or into a notice saying why the link fails. */
import { codePointLength } from '../../../corpus/text/code-points';
import type { Document } from '../../../corpus/model/document';
import type { UrlState } from './url-state';

export type NoticeReason = 'unknownDocument' | 'unknownBlock' | 'unknownPage' | 'badRange';

export interface LinkNotice {
  reason: NoticeReason;
  value: string;
}

export type Target =
  | { kind: 'block'; blockId: string; range: { start: number; end: number } | null }
  | { kind: 'page'; page: number }
  | { kind: 'start' };

export interface Location {
  document: Document | null;
  target: Target;
  notice: LinkNotice | null;
}

/** Resolves a URL state against the corpus; anything that does not resolve falls back to the start. */
export function resolveLocation(state: UrlState, documents: readonly Document[]): Location {
  const fallback = documents[0] ?? null;
  const start: Target = { kind: 'start' };
  const document =
    state.doc === null ? fallback : (documents.find((d) => d.id === state.doc) ?? null);
  if (!document) {
    return {
      document: fallback,
      target: start,
      notice: { reason: 'unknownDocument', value: state.doc ?? '' },
    };
  }
  if (state.block !== null) {
    const block = document.blocks.find((b) => b.id === state.block);
    if (!block)
      return { document, target: start, notice: { reason: 'unknownBlock', value: state.block } };
    if (state.start !== null || state.end !== null) {
      const { start: from, end: to } = state;
      const length = codePointLength(block.text);
      if (
        from === null ||
        to === null ||
        !Number.isInteger(from) ||
        !Number.isInteger(to) ||
        from >= to ||
        to > length
      ) {
        return {
          document,
          target: { kind: 'block', blockId: block.id, range: null },
          notice: { reason: 'badRange', value: `${String(from)}–${String(to)}` },
        };
      }
      return {
        document,
        target: { kind: 'block', blockId: block.id, range: { start: from, end: to } },
        notice: null,
      };
    }
    return { document, target: { kind: 'block', blockId: block.id, range: null }, notice: null };
  }
  if (state.page !== null) {
    const { first, last } = document.pages;
    if (!Number.isInteger(state.page) || state.page < first || state.page > last) {
      return {
        document,
        target: start,
        notice: { reason: 'unknownPage', value: String(state.page) },
      };
    }
    return { document, target: { kind: 'page', page: state.page }, notice: null };
  }
  return { document, target: start, notice: null };
}
