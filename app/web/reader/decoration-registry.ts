/** The decoration providers of the reading pane; each feature adds its provider here (one line). */
import type { DecorationProvider } from './decorations';
import { hitDecorations } from '../search/hit-highlights';

export const DECORATION_PROVIDERS: DecorationProvider[] = [hitDecorations];
