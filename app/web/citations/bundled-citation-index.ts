/** The source index of a document as the bundle carries it (made by `build/citations-plugin.ts`). */
import type { SourceEntry } from '../../../corpus/citations/source-index';
import type { Problem } from '../../../corpus/pipeline/problems';

export interface BundledCitationIndex {
  /** Every cited work with its classification and its citations, sorted by label. */
  sources: SourceEntry[];
  /** Classification problems (a work unclassified, an entry naming no work…). */
  problems: Problem[];
}
