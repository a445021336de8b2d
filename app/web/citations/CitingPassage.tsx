import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../corpus/citations/citation';
import { passagePermalink } from '../../citation/permalink';
import { useReader } from '../state/reader-context';
import { ContentText } from './ContentText';
import { keywordInContext } from './keyword-in-context';
import { citedPagesText, formText } from './source-text';

/** A citing passage: the citation in its context, print page, cited pages and form; a link to it. */
export function CitingPassage({ citation }: { citation: Citation }) {
  const { t } = useTranslation('citations');
  const { document, navigate } = useReader();
  const block = document.blocks.find((b) => b.id === citation.blockId);
  if (!block) return null;
  const snippet = keywordInContext(block.text, citation.start, citation.end);
  const range = { start: citation.start, end: citation.end };
  return (
    <li className="citing-passage">
      <a
        href={passagePermalink(document.id, block.id, range)}
        onClick={(event) => {
          event.preventDefault();
          navigate({ blockId: block.id, ...range });
        }}
      >
        <span
          className={`kwic${snippet.clippedBefore ? ' clipped-before' : ''}${snippet.clippedAfter ? ' clipped-after' : ''}`}
        >
          <ContentText text={snippet.before} lang={block.lang} />
          <mark>
            <ContentText text={snippet.match} lang={block.lang} />
          </mark>
          <ContentText text={snippet.after} lang={block.lang} />
        </span>
        <span className="citing-meta">
          <span className="citing-page">{t('printPage', { page: citation.page })}</span>
          <span>{citedPagesText(t, citation)}</span>
          <span>{formText(t, citation)}</span>
        </span>
      </a>
    </li>
  );
}
