/**
 * The translation units of the TMX export, built from the alignment and, when present, the
 * glossary. Pairs map to units as follows (documented in README):
 * - 1:1 and n:m pairs are one unit; the n Chinese segments are joined without a separator, the m
 *   English ones with a space, and a property says `1:2` etc.;
 * - `added` and `omitted` pairs have one language only: they are not translation pairs and are not
 *   exported (the header counts them);
 * - status, segment ids, differences and notes travel as `<prop>` and `<note>` (the project's).
 */
import type {
  AlignedUnit,
  Alignment,
  AlignmentPair,
} from '../../../corpus/alignment/alignment-types';
import type { GlossaryPair } from './glossary-pairs';

export interface TmxVariant {
  lang: string;
  text: string;
}

export interface TmxUnit {
  tuid: string;
  segtype: 'sentence' | 'phrase';
  props: [type: string, value: string][];
  notes: string[];
  variants: TmxVariant[];
}

const UNIT_KIND = { title: 'title', keywords: 'keyword', abstract: 'abstract-sentence' } as const;
/** Marks every note as the project's, so a CAT tool user never mistakes it for the author's. */
const PROJECT = 'Triglot project note:';

/** Units for the title, keywords and abstract pairs, then the glossary pairs; and what was left out. */
export function buildTmxUnits(
  alignment: Alignment,
  glossary: GlossaryPair[],
): { units: TmxUnit[]; skipped: AlignmentPair[] } {
  const units: TmxUnit[] = [];
  const skipped: AlignmentPair[] = [];
  for (const name of ['title', 'keywords', 'abstract'] as const) {
    const unit = alignment[name];
    for (const pair of unit.pairs) {
      if (pair.zh.length === 0 || pair.en.length === 0) {
        skipped.push(pair);
        continue;
      }
      units.push(pairUnit(alignment.doc, name, unit, pair));
    }
  }
  glossary.forEach((term, i) => units.push(glossaryUnit(alignment.doc, term, i)));
  return { units, skipped };
}

function pairUnit(
  doc: string,
  name: keyof typeof UNIT_KIND,
  unit: AlignedUnit,
  pair: AlignmentPair,
): TmxUnit {
  const text = (side: 'zh' | 'en') =>
    pair[side]
      .map((id) => unit[side].find((s) => s.id === id)?.text ?? '')
      .join(side === 'zh' ? '' : ' ');
  const notes = pair.differences.map(
    (d) =>
      `${PROJECT} ${d.kind}${d.zh ? ` 「${d.zh}」` : ''}${d.en ? ` “${d.en}”` : ''}: ${d.explanation}`,
  );
  if (pair.note) notes.push(`${PROJECT} ${pair.note.text}`);
  return {
    tuid: `${doc}:${pair.id}`,
    segtype: name === 'abstract' ? 'sentence' : 'phrase',
    props: [
      ['x-triglot-unit', UNIT_KIND[name]],
      ['x-triglot-status', pair.status],
      ['x-triglot-alignment', `${pair.zh.length}:${pair.en.length}`],
      ['x-triglot-segments', `${pair.zh.join(' ')} | ${pair.en.join(' ')}`],
    ],
    notes,
    variants: [
      { lang: 'zh-Hant', text: text('zh') },
      { lang: 'en', text: text('en') },
    ],
  };
}

function glossaryUnit(doc: string, term: GlossaryPair, index: number): TmxUnit {
  return {
    tuid: `${doc}:term:${term.termId}:${term.formIndex + 1}`,
    segtype: 'phrase',
    props: [
      ['x-triglot-unit', 'glossary-term'],
      ['x-triglot-term', term.termId],
      ['x-triglot-en-source', term.enSource],
      ...(term.vi ? ([['x-triglot-vi-source', 'project']] as [string, string][]) : []),
      ['x-triglot-order', String(index + 1)],
    ],
    notes: [`${PROJECT} ${term.definition}`],
    variants: [
      { lang: 'zh-Hant', text: term.zh },
      { lang: 'en', text: term.en },
      ...(term.vi ? [{ lang: 'vi', text: term.vi }] : []),
    ],
  };
}
