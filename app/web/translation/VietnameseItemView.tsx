import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VietnameseItem } from '../../../corpus/vietnamese/item-types';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { useReader } from '../state/reader-context';
import { EditorialNoteView } from './EditorialNoteView';
import { ItemForms, ItemGloss, ItemNotes, ItemSpelling } from './ItemFacts';
import { OccurrenceList } from './OccurrenceList';
import type { Occurrence } from './OccurrenceList';
import { QuotationOriginal } from './QuotationOriginal';
import { FILTER_PARAM, ITEM_PARAM, KIND_PARAM } from './panel-params';
import { ScriptText } from './ScriptText';
import { formOf, langOfScript, notesOnItem } from './translation-index';
import type { TranslationIndex } from './translation-index';

interface Props {
  item: VietnameseItem;
  index: TranslationIndex;
  /** The item a link opened: its details are open and it is scrolled into view. */
  focused: boolean;
}

/** One item of the Vietnamese panel: spelling, forms and gloss; notes, original and occurrences. */
export function VietnameseItemView({ item, index, focused }: Props) {
  const { t } = useTranslation('translation');
  const { document, setExtra } = useReader();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const placed = index.occurrences.get(item.id) ?? [];
  const occurrences: Occurrence[] = placed.map(({ annotation, anchor }) => {
    const block =
      anchor.status === 'anchored' ? document.blocks.find((b) => b.id === anchor.blockId) : null;
    const printed =
      block && anchor.status === 'anchored'
        ? sliceCodePoints(block.text, anchor.start, anchor.end)
        : annotation.target.quote.exact;
    const form = formOf(item, printed);
    return { id: annotation.id, anchor, quote: printed, lang: form && langOfScript(form.script) };
  });
  const notes = notesOnItem(index, item.id);
  return (
    <li
      ref={ref}
      id={`vi-item-${item.id}`}
      className={`vi-item${focused ? ' is-focused' : ''}`}
      aria-labelledby={`vi-item-${item.id}-name`}
    >
      <h3 className="vi-item-name" id={`vi-item-${item.id}-name`}>
        {item.vi !== null ? (
          <span lang="vi" data-content="">
            {item.vi}
          </span>
        ) : (
          <span lang="zh-Hant" data-content="" className="vi-quotation-text">
            {item.forms[0]?.text}
          </span>
        )}
      </h3>
      <ItemGloss item={item} />
      {item.kind !== 'quotation' && <ItemForms item={item} withNotes={false} />}
      {item.quotation && <QuotationOriginal quotation={item.quotation} witnesses={false} />}
      <p className="vi-counts">
        <span className="occurrence-count" data-count={occurrences.length}>
          {t('vietnamese.occurrences', { count: occurrences.length })}
        </span>
        {notes.length > 0 && (
          <span className="note-count">{t('vietnamese.notes', { count: notes.length })}</span>
        )}
      </p>
      <details open={focused || undefined}>
        <summary>{t('vietnamese.details')}</summary>
        <ItemSpelling item={item} />
        {(item.kind === 'quotation' || item.forms.some((f) => f.note)) && <ItemForms item={item} />}
        <ItemNotes item={item} />
        {item.quotation && <QuotationOriginal quotation={item.quotation} summary={false} />}
        {notes.map((note) => (
          <EditorialNoteView key={note.annotation.id} note={note.annotation} />
        ))}
        {item.related.length > 0 && (
          <p className="item-related">
            <span className="field-label">{t('vietnamese.related')}</span>{' '}
            {item.related.map((id, i) => {
              const related = index.item.get(id);
              return (
                <span key={id}>
                  {i > 0 && <span>{t('listSeparator')}</span>}
                  <a
                    href={`#vi-item-${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      setExtra({ [ITEM_PARAM]: id, [FILTER_PARAM]: null, [KIND_PARAM]: null });
                    }}
                  >
                    {related?.vi ? (
                      <span lang="vi" data-content="">
                        {related.vi}
                      </span>
                    ) : (
                      <ScriptText text={related?.gloss ?? id} />
                    )}
                  </a>
                </span>
              );
            })}
          </p>
        )}
        <OccurrenceList occurrences={occurrences} />
      </details>
    </li>
  );
}
