/** The decoration providers of the reading pane; each feature adds its provider here (one line). */
import { citationDecorations } from '../citations/citation-decorations';
import type { DecorationProvider } from './decorations';

export const DECORATION_PROVIDERS: DecorationProvider[] = [citationDecorations];
