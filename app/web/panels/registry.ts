/**
 * The side panels. Each feature adds its panel here (one entry); the id is what `?panel=` holds.
 * A panel is a component reading the reader context (document, target, navigate, URL extras).
 */
import type { ComponentType } from 'react';
import { AbstractPanel } from './AbstractPanel';
import { ContentsPanel } from './ContentsPanel';
import { SearchBackground } from '../search/SearchBackground';
import { SearchPanel } from '../search/SearchPanel';

export interface PanelDefinition {
  id: string;
  /** i18n key of the panel's name. */
  titleKey: string;
  Component: ComponentType;
  /**
   * Mounted with the reader whatever panel is open, for what a panel must do before it is opened
   * (a keyboard shortcut that opens it, background work). Renders nothing visible.
   */
  Background?: ComponentType;
}

export const PANELS: PanelDefinition[] = [
  { id: 'contents', titleKey: 'panels.contents', Component: ContentsPanel },
  { id: 'abstract', titleKey: 'panels.abstract', Component: AbstractPanel },
  { id: 'search', titleKey: 'search:title', Component: SearchPanel, Background: SearchBackground },
];

export const DEFAULT_PANEL = 'contents';
