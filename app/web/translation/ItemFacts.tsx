import { useTranslation } from 'react-i18next';
import type { VietnameseItem } from '../../../corpus/vietnamese/item-types';
import { langOfScript } from './translation-index';
import { ScriptText } from './ScriptText';

/** The standard spelling of an item (or, for a quotation, that none is given), with its caveat. */
export function ItemSpelling({ item }: { item: VietnameseItem }) {
  const { t } = useTranslation('translation');
  if (item.vi === null) return null;
  return (
    <p className="item-spelling">
      <span className="field-label">{t('vietnamese.standard')}</span>{' '}
      <strong lang="vi" data-content="">
        {item.vi}
      </strong>
      {item.viNote && (
        <span className="item-caveat">
          {' '}
          <ScriptText text={item.viNote} />
        </span>
      )}
    </p>
  );
}

/** The article's forms of an item, each with its script and, for Chinese, how it renders the Vietnamese. */
export function ItemForms({
  item,
  current,
  withNotes = true,
}: {
  item: VietnameseItem;
  /** The form printed at the occurrence a card is about. */
  current?: string;
  withNotes?: boolean;
}) {
  const { t } = useTranslation('translation');
  return (
    <div className="item-forms">
      <span className="field-label">{t('vietnamese.forms')}</span>
      <ul>
        {item.forms.map((form) => (
          <li key={form.text} className={form.text === current ? 'is-current' : undefined}>
            <span className="item-form" lang={langOfScript(form.script)} data-content="">
              {form.text}
            </span>{' '}
            <span className="form-tag">{t(`script.${form.script}`)}</span>
            {form.rendering && (
              <>
                {' '}
                <span className={`form-tag rendering-${form.rendering}`}>
                  {t(`rendering.${form.rendering}`)}
                </span>
              </>
            )}
            {withNotes && form.note && (
              <span className="form-note">
                {' '}
                <ScriptText text={form.note} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The project's English gloss (for a quotation: its English of the article's Chinese). */
export function ItemGloss({ item }: { item: VietnameseItem }) {
  const { t } = useTranslation('translation');
  return (
    <p className="item-gloss">
      <span className="field-label">
        {t(item.kind === 'quotation' ? 'vietnamese.quotationGloss' : 'vietnamese.gloss')}
      </span>{' '}
      <ScriptText text={item.gloss} />
    </p>
  );
}

/** The Hán-Việt reading, the other names the article uses and the note: all the project's. */
export function ItemNotes({ item }: { item: VietnameseItem }) {
  const { t } = useTranslation('translation');
  return (
    <>
      {item.hanViet && (
        <p className="item-han-viet">
          <span className="field-label">{t('vietnamese.hanViet')}</span>{' '}
          <ScriptText text={item.hanViet} base="vi" />
        </p>
      )}
      {item.otherNames.length > 0 && (
        <div className="item-other-names">
          <span className="field-label">{t('vietnamese.otherNames')}</span>
          <ul>
            {item.otherNames.map((other) => (
              <li key={other.text}>
                <span lang="zh-Hant" data-content="">
                  {other.text}
                </span>{' '}
                <ScriptText text={other.note} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.note && (
        <p className="item-note">
          <span className="field-label">{t('vietnamese.note')}</span>{' '}
          <ScriptText text={item.note} />
        </p>
      )}
    </>
  );
}
