import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_TYPES } from '../../../annotations/model/annotation';
import type { EvidenceType } from '../../../annotations/model/annotation';
import { useReader } from '../state/reader-context';
import { buildOutline } from './argument-outline';
import type { OutlineClaim as Item } from './argument-outline';
import { ClaimLink } from './EntryLinks';
import { OutlineClaim } from './OutlineClaim';
import { EVIDENCE_FILTER_PARAM } from './panel-ids';
import { ProblemsList } from './ProblemsList';
import { useAnnotations } from './use-annotations';
import './annotations.css';

/**
 * The argument outline: thesis → claims (sub-claims by section, rivals with their rebuttals,
 * conclusion) → evidence, each a link to its passage with its print page; claims without
 * evidence listed as such; a filter by evidence type kept in the URL.
 */
export function OutlinePanel() {
  const { t } = useTranslation('annotations');
  const { document, extra, setExtra } = useReader();
  const loaded = useAnnotations();
  const filterValue = extra[EVIDENCE_FILTER_PARAM];
  const filter = (EVIDENCE_TYPES as readonly string[]).includes(filterValue ?? '')
    ? (filterValue as EvidenceType)
    : null;
  // Evidence lists start closed, or open under a filter (the filtered evidence is the point).
  const [toggled, setToggled] = useState<{ filter: EvidenceType | null; ids: Set<string> }>({
    filter,
    ids: new Set(),
  });
  const toggledIds = toggled.filter === filter ? toggled.ids : new Set<string>();
  const outline = useMemo(
    () => (loaded ? buildOutline(document, loaded.index, filter) : null),
    [document, loaded, filter],
  );
  if (!loaded || !outline) return <p className="panel-note">{t('outline.loading')}</p>;

  const isOpen = (item: Item) => toggledIds.has(item.claim.annotation.id) !== (filter !== null);
  const toggle = (item: Item) => {
    const ids = new Set(toggledIds);
    const id = item.claim.annotation.id;
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    setToggled({ filter, ids });
  };
  const claim = (item: Item, bare = true) => (
    <OutlineClaim
      key={item.claim.annotation.id}
      item={item}
      bare={bare}
      open={isOpen(item)}
      onToggle={() => toggle(item)}
    />
  );
  const sectionTitle = (id: string) => {
    const section = document.sections.find((s) => s.id === id);
    if (!section) return { text: t('outline.notPlacedGroup'), lang: undefined };
    return {
      text: section.label ? `${section.label}、${section.title}` : section.title,
      lang: id === 'abstract-en' ? 'en' : 'zh-Hant',
    };
  };
  const empty =
    outline.thesis.length +
      outline.subClaims.length +
      outline.rivals.length +
      outline.generalRebuttals.length +
      outline.conclusions.length ===
    0;

  return (
    <div className="outline-panel">
      <ProblemsList errors={loaded.data.errors} orphans={loaded.index.orphans} />
      <p className="panel-note">{t('outline.note')}</p>
      <label className="control outline-filter">
        <span>{t('outline.filter')}</span>
        <select
          value={filter ?? ''}
          onChange={(event) => setExtra({ [EVIDENCE_FILTER_PARAM]: event.target.value || null })}
        >
          <option value="">{t('outline.allTypes')}</option>
          {EVIDENCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {loaded.index.claims.length === 0 && <p className="panel-note">{t('outline.empty')}</p>}
      {filter && empty && <p className="panel-note">{t('outline.nothing')}</p>}

      {outline.thesis.length > 0 && (
        <section aria-labelledby="outline-thesis">
          <h2 className="panel-heading" id="outline-thesis">
            {t('outline.thesis')}
          </h2>
          <ul className="outline-list">{outline.thesis.map((item) => claim(item))}</ul>
        </section>
      )}

      {outline.subClaims.length > 0 && (
        <section aria-labelledby="outline-sub-claims">
          <h2 className="panel-heading" id="outline-sub-claims">
            {t('outline.subClaims')}
          </h2>
          {outline.subClaims.map((group) => {
            const title = sectionTitle(group.sectionId);
            return (
              <section key={group.sectionId} className="outline-section">
                <h3 className="outline-section-title">
                  <span lang={title.lang} data-content={title.lang ? '' : undefined}>
                    {title.text}
                  </span>
                </h3>
                <ul className="outline-list">{group.claims.map((item) => claim(item))}</ul>
              </section>
            );
          })}
        </section>
      )}

      {(outline.rivals.length > 0 || outline.generalRebuttals.length > 0) && (
        <section aria-labelledby="outline-rivals">
          <h2 className="panel-heading" id="outline-rivals">
            {t('outline.rivals')}
          </h2>
          <ul className="outline-list">
            {outline.rivals.map(({ rival, rebuttals }) => (
              <OutlineClaim
                key={rival.claim.annotation.id}
                item={rival}
                bare
                open={isOpen(rival)}
                onToggle={() => toggle(rival)}
              >
                {rebuttals.length > 0 && (
                  <>
                    <p className="outline-rebutted">{t('outline.rebuttedBy')}</p>
                    <ul className="outline-list outline-rebuttals">
                      {rebuttals.map((item) => claim(item))}
                    </ul>
                  </>
                )}
              </OutlineClaim>
            ))}
          </ul>
          {outline.generalRebuttals.length > 0 && (
            <>
              <h3 className="outline-section-title">{t('outline.general')}</h3>
              <ul className="outline-list">
                {outline.generalRebuttals.map((item) => claim(item))}
              </ul>
            </>
          )}
        </section>
      )}

      {outline.conclusions.length > 0 && (
        <section aria-labelledby="outline-conclusion">
          <h2 className="panel-heading" id="outline-conclusion">
            {t('outline.conclusion')}
          </h2>
          <ul className="outline-list">{outline.conclusions.map((item) => claim(item))}</ul>
        </section>
      )}

      {filter === null && outline.withoutEvidence.length > 0 && (
        <section aria-labelledby="outline-without-evidence">
          <h2 className="panel-heading" id="outline-without-evidence">
            {t('outline.withoutEvidence', { count: outline.withoutEvidence.length })}
          </h2>
          <p className="panel-note">{t('outline.withoutEvidenceNote')}</p>
          <ul className="outline-list">
            {outline.withoutEvidence.map((entry) => (
              <li
                key={entry.annotation.id}
                className="outline-claim"
                data-claim={entry.annotation.id}
              >
                <ClaimLink entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
