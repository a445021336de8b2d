/**
 * Inline decorations: features (search hits, citations, annotation layers, Vietnamese items…)
 * mark spans of a block's text without touching the reading pane. Each feature registers a provider
 * in `decoration-registry.ts`; clicking a decorated span opens one card that gathers every
 * provider's view of the ids under the pointer.
 */
import type { ReactNode } from 'react';
import type { Block, Document } from '../../../corpus/model/document';
import type { NavigateTo } from '../state/reader-context';
import type { DocumentAnnotationData } from '../data/annotation-data';

/** A decorated span of a block, in code points of its text. */
export interface Decoration {
  start: number;
  end: number;
  /** The provider's key: the span gets the class `mark-<key>`. */
  key: string;
  /** What the span stands for (an annotation id, a citation key…), passed back to the card. */
  id: string;
}

export interface DecorationContext {
  document: Document;
  /** The URL parameters panels own (search query, layer toggles…). */
  extra: Record<string, string>;
  /** Annotation layers, glossary, alignment and Vietnamese items (empty until their chunk loads). */
  annotations: DocumentAnnotationData;
}

export interface CardContext extends DecorationContext {
  /** Where the card was opened: the clicked span's block and code-point offset in it. */
  at: { blockId: string; offset: number } | null;
  /** Every provider's ids under the pointer, so a card need not repeat what another card shows. */
  marks: Map<string, string[]>;
  navigate: (to: NavigateTo) => void;
  openPanel: (panel: string | null) => void;
  setExtra: (patch: Record<string, string | null>, mode?: 'push' | 'replace') => void;
  close: () => void;
}

export interface DecorationProvider {
  key: string;
  /** The decorations of one block (called for every rendered block: keep it cheap or memoised). */
  decorate: (block: Block, context: DecorationContext) => Decoration[];
  /** What the card shows for the ids of this provider under the pointer; omit for passive marks. */
  renderCard?: (ids: string[], context: CardContext) => ReactNode;
  /** A short preview shown while the pointer rests on the span (no controls); omit for none. */
  renderPreview?: (ids: string[], context: DecorationContext) => ReactNode;
  /**
   * For a provider whose decorations arrive later (computed off the main thread): `listener` is
   * called when they change, and the reading pane decorates again. Returns the unsubscribe.
   */
  subscribe?: (listener: () => void) => () => void;
}

/** Encodes the marks of a span as `key:id key:id` for the DOM (ids never contain spaces). */
export function encodeMarks(marks: { key: string; data?: string }[]): string {
  return [
    ...new Set(marks.filter((m) => m.data !== undefined).map((m) => `${m.key}:${m.data ?? ''}`)),
  ].join(' ');
}

/** Decodes `data-marks` into ids grouped by provider key. */
export function decodeMarks(value: string): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const token of value.split(' ')) {
    const at = token.indexOf(':');
    if (at <= 0) continue;
    const key = token.slice(0, at);
    byKey.set(key, [...(byKey.get(key) ?? []), token.slice(at + 1)]);
  }
  return byKey;
}
