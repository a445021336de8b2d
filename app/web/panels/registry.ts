/**
 * The side panels. Each feature adds its panel here (one entry); the id is what `?panel=` holds.
 * A panel is a component reading the reader context (document, target, navigate, URL extras).
 */
import type { ComponentType } from 'react';
import { ContentsPanel } from './ContentsPanel';
import { SourcesPanel } from '../citations/SourcesPanel';
import { AlignmentPanel } from '../translation/AlignmentPanel';
import { NotesPanel } from '../translation/NotesPanel';
import { VietnamesePanel } from '../translation/VietnamesePanel';
import { GlossaryPanel } from '../annotations/GlossaryPanel';
import { OutlinePanel } from '../annotations/OutlinePanel';
import { GLOSSARY_PANEL, OUTLINE_PANEL } from '../annotations/panel-ids';
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
  { id: 'search', titleKey: 'search:title', Component: SearchPanel, Background: SearchBackground },
  { id: 'abstract', titleKey: 'panels.abstract', Component: AlignmentPanel },
  { id: 'sources', titleKey: 'citations:panel.title', Component: SourcesPanel },
  { id: 'vietnamese', titleKey: 'translation:panels.vietnamese', Component: VietnamesePanel },
  { id: 'notes', titleKey: 'translation:panels.notes', Component: NotesPanel },
  { id: OUTLINE_PANEL, titleKey: 'annotations:outline.title', Component: OutlinePanel },
  { id: GLOSSARY_PANEL, titleKey: 'annotations:glossary.title', Component: GlossaryPanel },
];

export const DEFAULT_PANEL = 'contents';
