import { useTranslation } from 'react-i18next';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import type { CardContext } from '../reader/decorations';
import { EditorialNoteView } from './EditorialNoteView';
import { ItemForms, ItemGloss, ItemNotes, ItemSpelling } from './ItemFacts';
import { QuotationOriginal } from './QuotationOriginal';
import { notesOverlapping, translationIndex } from './translation-index';
import { VIETNAMESE_PANEL, ITEM_PARAM } from './panel-params';

/**
 * The card of Vietnamese occurrences under the pointer: for each item, the form printed here, the
 * standard spelling, the Chinese renderings, the project's gloss and notes, a quotation's original,
 * and any editorial note on the occurrence that the editorial card does not already show.
 */
export function VietnameseCard({ ids, context }: { ids: string[]; context: CardContext }) {
  const { t } = useTranslation('translation');
  const index = translationIndex(context.document, context.annotations);
  const shownNotes = new Set(context.marks.get('editorial') ?? []);
  const seen = new Set<string>();
  return (
    <>
      {ids.map((id) => {
        const occurrence = index.vietnamese.get(id);
        const item = index.item.get(occurrence?.annotation.itemId ?? '');
        if (!occurrence || !item || seen.has(item.id)) return null;
        seen.add(item.id);
        const { anchor } = occurrence;
        const block = context.document.blocks.find(
          (b) => anchor.status === 'anchored' && b.id === anchor.blockId,
        );
        const printed =
          block && anchor.status === 'anchored'
            ? sliceCodePoints(block.text, anchor.start, anchor.end)
            : occurrence.annotation.target.quote.exact;
        const notes =
          anchor.status === 'anchored'
            ? notesOverlapping(index, anchor.blockId, anchor.start, anchor.end).filter(
                (n) => !shownNotes.has(n.annotation.id),
              )
            : [];
        const count = index.occurrences.get(item.id)?.length ?? 0;
        return (
          <section key={item.id} className="vi-card" aria-labelledby={`vi-card-${item.id}`}>
            <h3 className="card-heading" id={`vi-card-${item.id}`}>
              <span className="kind-tag">{t(`kind.${item.kind}`)}</span>{' '}
              {item.vi !== null ? (
                <span lang="vi" data-content="">
                  {item.vi}
                </span>
              ) : (
                t('vietnamese.quotation')
              )}
            </h3>
            <ItemSpelling item={item} />
            <ItemForms item={item} current={printed} />
            <ItemGloss item={item} />
            <ItemNotes item={item} />
            {item.quotation && <QuotationOriginal quotation={item.quotation} />}
            {notes.map((note) => (
              <EditorialNoteView key={note.annotation.id} note={note.annotation} />
            ))}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                context.openPanel(VIETNAMESE_PANEL);
                context.setExtra({ [ITEM_PARAM]: item.id });
                context.close();
              }}
            >
              {t('vietnamese.showInPanel', { count })}
            </button>
          </section>
        );
      })}
    </>
  );
}
