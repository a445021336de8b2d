import type { PassageActionProps } from '../reader/passage-actions';
import { CitePassage } from './CitePassage';

/** "Cite this passage" in the passage menu: the article's own words, so no project-text caveat. */
export function CiteAction({ block, range }: PassageActionProps) {
  return <CitePassage block={block} range={range} />;
}
