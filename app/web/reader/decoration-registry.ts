/** The decoration providers of the reading pane; each feature adds its provider here (one line). */
import type { DecorationProvider } from './decorations';
import { ANNOTATION_PROVIDERS } from '../annotations/providers';

export const DECORATION_PROVIDERS: DecorationProvider[] = [...ANNOTATION_PROVIDERS];
