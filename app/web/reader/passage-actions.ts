/**
 * Actions on a passage (a whole block or a selection inside it): copy its permalink, cite it…
 * Each feature adds its action here (one line); the passage menu shows them all.
 */
import type { ComponentType } from 'react';
import type { Block } from '../../../corpus/model/document';
import { CiteAction } from '../citations/CiteAction';
import { CopyLinkAction } from './CopyLinkAction';

export interface PassageActionProps {
  block: Block;
  /** The selected range in code points, or null for the whole block. */
  range: { start: number; end: number } | null;
  close: () => void;
}

export const PASSAGE_ACTIONS: { id: string; Component: ComponentType<PassageActionProps> }[] = [
  { id: 'link', Component: CopyLinkAction },
  { id: 'cite', Component: CiteAction },
];
