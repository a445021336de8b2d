import { useTranslation } from 'react-i18next';
import { ITEM_KINDS } from '../../../corpus/vietnamese/item-types';
import { useReader } from '../state/reader-context';
import { FILTER_PARAM, ITEM_PARAM, KIND_PARAM } from './panel-params';
import { groupByKind, itemMatches, translationIndex } from './translation-index';
import { useTranslationData } from './use-translation-data';
import { VietnameseItemView } from './VietnameseItemView';
import './translation.css';

/**
 * The Vietnamese panel: every Vietnamese item of the document grouped by kind, with its forms,
 * standard spelling, gloss, occurrence count and every occurrence; filters live in the URL.
 */
export function VietnamesePanel() {
  const { t } = useTranslation('translation');
  const { document, extra, setExtra } = useReader();
  const loaded = useTranslationData(document.id);
  if (loaded.status === 'loading') return <p className="panel-note">{t('loading')}</p>;
  if (!loaded.data?.vietnamese) return <p className="panel-note">{t('vietnamese.missing')}</p>;

  const index = translationIndex(document, loaded.data);
  const filter = extra[FILTER_PARAM] ?? '';
  const kind = extra[KIND_PARAM] ?? '';
  const focused = extra[ITEM_PARAM] ?? null;
  const shown = index.items.filter(
    (item) => (kind === '' || item.kind === kind) && itemMatches(item, filter),
  );
  const occurrences = shown.reduce((n, i) => n + (index.occurrences.get(i.id)?.length ?? 0), 0);

  return (
    <div className="vi-panel">
      <p className="panel-note">{t('vietnamese.intro')}</p>
      <div className="panel-filters" role="search">
        <label className="filter-field">
          <span>{t('vietnamese.filter')}</span>
          <input
            type="search"
            value={filter}
            onChange={(event) => setExtra({ [FILTER_PARAM]: event.target.value || null })}
          />
        </label>
        <label className="filter-field">
          <span>{t('vietnamese.kindFilter')}</span>
          <select
            value={kind}
            onChange={(event) => setExtra({ [KIND_PARAM]: event.target.value || null })}
          >
            <option value="">{t('vietnamese.allKinds')}</option>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="panel-count" role="status">
        {t('vietnamese.count', { shown: shown.length, total: index.items.length, occurrences })}
      </p>
      {groupByKind(shown).map(([groupKind, items]) => (
        <section key={groupKind} className="vi-group" aria-labelledby={`vi-group-${groupKind}`}>
          <h2 className="panel-heading" id={`vi-group-${groupKind}`}>
            {t('vietnamese.group', { kind: t(`kinds.${groupKind}`), count: items.length })}
          </h2>
          <ul className="vi-items">
            {items.map((item) => (
              <VietnameseItemView
                key={item.id}
                item={item}
                index={index}
                focused={focused === item.id}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
