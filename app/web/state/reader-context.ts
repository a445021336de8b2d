/** What reader components share: the document, where the reader is, and how to go elsewhere. */
import { createContext, useContext } from 'react';
import type { Document } from '../../../corpus/model/document';
import type { Target } from './resolve-location';

export type NavigateTo = { blockId: string; start?: number; end?: number } | { page: number };

export interface ReaderContextValue {
  document: Document;
  target: Target;
  panel: string | null;
  /** Panel-owned URL parameters (`q`, filters…). */
  extra: Record<string, string>;
  navigate: (to: NavigateTo) => void;
  openPanel: (panel: string | null) => void;
  /** Hides the panels (the drawer on a phone); optional so that test contexts may leave it out. */
  closePanels?: () => void;
  setExtra: (patch: Record<string, string | null>, mode?: 'push' | 'replace') => void;
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const value = useContext(ReaderContext);
  if (!value) throw new Error('useReader outside a ReaderContext');
  return value;
}
