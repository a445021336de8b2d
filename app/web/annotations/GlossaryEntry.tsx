import { useTranslation } from 'react-i18next';
import type { GlossaryExclusion, GlossaryTerm } from '../../../annotations/model/glossary';
import { useReader } from '../state/reader-context';
import type { AnnotationIndex } from './annotation-index';
import { Concordance } from './Concordance';
import { ExclusionList } from './ExclusionList';
import { concordance } from './glossary-view';
import { TermDetails } from './TermDetails';

interface Props {
  term: GlossaryTerm;
  index: AnnotationIndex;
  exclusions: GlossaryExclusion[];
}

/** An open glossary entry: the entry itself, every occurrence in context, the exclusions. */
export function GlossaryEntry({ term, index, exclusions }: Props) {
  const { t } = useTranslation('annotations');
  const { document } = useReader();
  const lines = concordance(document, index, term.id);
  const headingId = `glossary-occurrences-${term.id}`;
  return (
    <div className="glossary-entry">
      <TermDetails term={term} />
      <h3 className="outline-section-title" id={headingId}>
        {t('glossary.occurrences', { count: lines.length })}
      </h3>
      <Concordance lines={lines} labelledBy={headingId} />
      {exclusions.length > 0 && (
        <>
          <h3 className="outline-section-title">
            {t('glossary.termExclusions', { count: exclusions.length })}
          </h3>
          <ExclusionList exclusions={exclusions} />
        </>
      )}
    </div>
  );
}
