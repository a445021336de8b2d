import { useTranslation } from 'react-i18next';
import type { DecorationContext } from '../reader/decorations';
import { EditorialNoteView } from './EditorialNoteView';
import { ScriptText } from './ScriptText';
import { translationIndex } from './translation-index';

/** The hover preview of Vietnamese occurrences: the standard spelling and the project's gloss. */
export function VietnamesePreview({ ids, context }: { ids: string[]; context: DecorationContext }) {
  const { t } = useTranslation('translation');
  const index = translationIndex(context.document, context.annotations);
  const items = [
    ...new Set(ids.map((id) => index.vietnamese.get(id)?.annotation.itemId ?? '')),
  ].flatMap((id) => index.item.get(id) ?? []);
  return (
    <>
      {items.map((item) => (
        <div key={item.id} className="preview-item">
          <p>
            <span className="kind-tag">{t(`kind.${item.kind}`)}</span>{' '}
            {item.vi !== null ? (
              <>
                <span className="field-label">{t('vietnamese.standard')}</span>{' '}
                <strong lang="vi" data-content="">
                  {item.vi}
                </strong>
              </>
            ) : (
              item.quotation && (
                <>
                  <span className="field-label">{t('quotation.original')}</span>{' '}
                  <strong>{t(`original.${item.quotation.original.status}`)}</strong>
                </>
              )
            )}
          </p>
          <p className="preview-gloss">
            <span className="field-label">
              {t(item.kind === 'quotation' ? 'vietnamese.quotationGloss' : 'vietnamese.gloss')}
            </span>{' '}
            <ScriptText text={item.gloss} />
          </p>
        </div>
      ))}
    </>
  );
}

/** The hover preview of editorial notes: the correction and the start of the reasoning. */
export function EditorialPreview({ ids, context }: { ids: string[]; context: DecorationContext }) {
  const index = translationIndex(context.document, context.annotations);
  return (
    <>
      {[...new Set(ids)].flatMap((id) => {
        const placed = index.note.get(id);
        return placed ? [<EditorialNoteView key={id} note={placed.annotation} brief />] : [];
      })}
    </>
  );
}
