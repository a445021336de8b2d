import { useTranslation } from 'react-i18next';
import type { SourceEntry } from '../../../corpus/citations/source-index';
import { useReader } from '../state/reader-context';
import { CitingPassage } from './CitingPassage';
import { ContentText, labelLang } from './ContentText';
import { SourceFacts } from './SourceFacts';
import { SOURCE_PARAMS } from './source-list';

interface Props {
  entry: SourceEntry;
  expanded: boolean;
}

/** One cited work: its label and citation count; expanded, its classification and citing passages. */
export function SourceItem({ entry, expanded }: Props) {
  const { t } = useTranslation('citations');
  const { setExtra } = useReader();
  const regionId = `source-passages-${entry.key}`;
  return (
    <li className={`source-item${expanded ? ' is-expanded' : ''}`} data-source={entry.key}>
      <button
        type="button"
        className="source-toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? regionId : undefined}
        onClick={() => setExtra({ [SOURCE_PARAMS.selected]: expanded ? null : entry.key }, 'push')}
      >
        <ContentText text={entry.label} lang={labelLang(entry.label)} className="source-label" />
        <span className="source-count">
          {t('citationCount', { count: entry.citations.length })}
        </span>
      </button>
      {expanded && (
        <div id={regionId} className="source-detail">
          <SourceFacts entry={entry} />
          <ol className="citing-passages" aria-label={t('panel.passages', { label: entry.label })}>
            {entry.citations.map((citation) => (
              <CitingPassage key={`${citation.blockId}-${citation.start}`} citation={citation} />
            ))}
          </ol>
        </div>
      )}
    </li>
  );
}
