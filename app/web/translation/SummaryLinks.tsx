import { useTranslation } from 'react-i18next';
import type { Passage, SummaryLink } from '../../../corpus/alignment/alignment-types';
import { pageAt } from './page-at';
import type { Block } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { permalink } from '../reader/permalink';
import { useReader } from '../state/reader-context';
import { ScriptText } from './ScriptText';

/** The body passages an English abstract sentence summarises, each a link into the text. */
export function SummaryLinks({ sentence, link }: { sentence: number; link: SummaryLink }) {
  const { t } = useTranslation('translation');
  const { document, navigate } = useReader();
  return (
    <details className="summary-links">
      <summary>{t('alignment.summarises', { sentence, count: link.passages.length })}</summary>
      <ul>
        {link.passages.map((passage, i) => {
          const block = document.blocks.find((b) => b.id === passage.blockId);
          if (!block) return null;
          const range =
            passage.start !== undefined && passage.end !== undefined
              ? { start: passage.start, end: passage.end }
              : null;
          return (
            <li key={i}>
              <a
                href={permalink(document.id, block.id, range, '')}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ blockId: block.id, ...(range ?? {}) });
                }}
              >
                <span className="passage-page">
                  {t('alignment.page', { page: pageAt(block, range?.start ?? 0) })}
                </span>
                <span className="passage-snippet" lang={block.lang} data-content="">
                  {snippet(block, passage)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {link.note && (
        <p className="project-note">
          <span className="project-label">{t('alignment.projectNote')}</span>{' '}
          <ScriptText text={link.note.text} />
        </p>
      )}
    </details>
  );
}

/** The passage's opening words (a table by its caption); CSS cuts the line with an ellipsis. */
function snippet(block: Block, passage: Passage): string {
  if (passage.text) return passage.text.slice(0, 60);
  if (block.kind === 'table')
    return sliceCodePoints(block.text, block.table.caption.start, block.table.caption.end);
  return sliceCodePoints(block.text, 0, 60);
}
