/** The decoration providers of the reading pane; each feature adds its provider here (one line). */
import type { DecorationProvider } from './decorations';

export const DECORATION_PROVIDERS: DecorationProvider[] = [];
