/** The decoration providers of the reading pane; each feature adds its provider here (one line). */
import { citationDecorations } from '../citations/citation-decorations';
import type { DecorationProvider } from './decorations';
import { vietnameseDecorations } from '../translation/vietnamese-decorations';
import { editorialDecorations } from '../translation/editorial-decorations';
import { ANNOTATION_PROVIDERS } from '../annotations/providers';
import { hitDecorations } from '../search/hit-highlights';

export const DECORATION_PROVIDERS: DecorationProvider[] = [
  hitDecorations,
  citationDecorations,
  ...ANNOTATION_PROVIDERS,
  vietnameseDecorations,
  editorialDecorations,
];
