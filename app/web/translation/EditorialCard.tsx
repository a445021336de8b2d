import { useTranslation } from 'react-i18next';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import type { CardContext } from '../reader/decorations';
import { ArticleText } from './ArticleText';
import { EditorialNoteView } from './EditorialNoteView';
import { NOTE_PARAM, NOTES_PANEL, localId } from './panel-params';
import { translationIndex } from './translation-index';

/** The card of editorial notes under the pointer: what the article has, and the project's note. */
export function EditorialCard({ ids, context }: { ids: string[]; context: CardContext }) {
  const { t } = useTranslation('translation');
  const index = translationIndex(context.document, context.annotations);
  return (
    <>
      {[...new Set(ids)].map((id) => {
        const placed = index.note.get(id);
        if (!placed) return null;
        const { anchor, annotation } = placed;
        const block =
          anchor.status === 'anchored'
            ? context.document.blocks.find((b) => b.id === anchor.blockId)
            : undefined;
        return (
          <section key={id} className="editorial-card" aria-label={t('editorial.label')}>
            {block && anchor.status === 'anchored' && (
              <p className="editorial-quote">
                <span className="field-label">{t('editorial.articleHas')}</span>{' '}
                <q>
                  <ArticleText
                    text={sliceCodePoints(block.text, anchor.start, anchor.end)}
                    lang={block.lang}
                  />
                </q>
              </p>
            )}
            <EditorialNoteView note={annotation} />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                context.openPanel(NOTES_PANEL);
                context.setExtra({ [NOTE_PARAM]: localId(id) });
                context.close();
              }}
            >
              {t('editorial.showAll')}
            </button>
          </section>
        );
      })}
    </>
  );
}
