import { useTranslation } from 'react-i18next';
import type { Anchored, AnchorResult } from '../../../annotations/model/anchor';
import { pageAt } from './page-at';
import type { Document, Lang } from '../../../corpus/model/document';
import { codePointLength, sliceCodePoints } from '../../../corpus/text/code-points';
import { permalink } from '../reader/permalink';
import { useReader } from '../state/reader-context';
import { ArticleText } from './ArticleText';

const CONTEXT = 12;

export interface Occurrence {
  id: string;
  anchor: AnchorResult;
  /** The quote the annotation stores, shown for an occurrence that cannot be placed. */
  quote: string;
  /** The language of the occurrence when known better than by script (a name without diacritics). */
  lang?: Lang;
}

/** Occurrences in reading order, each a link to its passage with a few words either side. */
export function OccurrenceList({ occurrences }: { occurrences: Occurrence[] }) {
  const { t } = useTranslation('translation');
  const { document, navigate } = useReader();
  return (
    <ol className="occurrence-list">
      {occurrences.map(({ id, anchor, quote, lang }) =>
        anchor.status === 'anchored' ? (
          <li key={id}>
            <OccurrenceLink
              document={document}
              anchor={anchor}
              lang={lang}
              page={t('page', { page: pageOfAnchor(document, anchor) })}
              onFollow={() =>
                navigate({ blockId: anchor.blockId, start: anchor.start, end: anchor.end })
              }
            />
          </li>
        ) : (
          <li key={id} className="occurrence-orphan">
            {t('orphan')}{' '}
            <q data-content="" lang={lang ?? 'zh-Hant'}>
              {quote}
            </q>
          </li>
        ),
      )}
    </ol>
  );
}

function OccurrenceLink({
  document,
  anchor,
  lang,
  page,
  onFollow,
}: {
  document: Document;
  anchor: Anchored;
  lang?: Lang;
  page: string;
  onFollow: () => void;
}) {
  const block = document.blocks.find((b) => b.id === anchor.blockId);
  if (!block) return null;
  const before = sliceCodePoints(block.text, Math.max(0, anchor.start - CONTEXT), anchor.start);
  const after = sliceCodePoints(
    block.text,
    anchor.end,
    Math.min(codePointLength(block.text), anchor.end + CONTEXT),
  );
  return (
    <a
      href={permalink(document.id, block.id, { start: anchor.start, end: anchor.end }, '')}
      onClick={(event) => {
        event.preventDefault();
        onFollow();
      }}
    >
      <span className="occurrence-page">{page}</span>{' '}
      <span className="occurrence-context">
        <ArticleText text={before} lang={block.lang} />
        <mark>
          {lang ? (
            <span lang={lang} data-content="">
              {sliceCodePoints(block.text, anchor.start, anchor.end)}
            </span>
          ) : (
            <ArticleText
              text={sliceCodePoints(block.text, anchor.start, anchor.end)}
              lang={block.lang}
            />
          )}
        </mark>
        <ArticleText text={after} lang={block.lang} />
      </span>
    </a>
  );
}

function pageOfAnchor(document: Document, anchor: Anchored): number {
  const block = document.blocks.find((b) => b.id === anchor.blockId);
  return block ? pageAt(block, anchor.start) : 0;
}
