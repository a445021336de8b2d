/** Paths of a document's data files, used to say where a problem is. */
export interface SourceFiles {
  source: string;
  layout: string;
  metadata: string;
}
