import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCE } from '../../../annotations/model/annotation';
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import { useReader } from '../state/reader-context';
import { EditorialNoteView } from './EditorialNoteView';
import { OccurrenceList } from './OccurrenceList';
import { CONFIDENCE_PARAM, NOTE_PARAM, localId } from './panel-params';
import type { Placed } from './translation-index';
import { translationIndex } from './translation-index';
import { useTranslationData } from './use-translation-data';
import './translation.css';

/** The notes panel: every editorial note of the project in reading order, each linked to its span. */
export function NotesPanel() {
  const { t } = useTranslation('translation');
  const { document, extra, setExtra } = useReader();
  const loaded = useTranslationData(document.id);
  if (loaded.status === 'loading') return <p className="panel-note">{t('loading')}</p>;
  if (!loaded.data) return <p className="panel-note">{t('notes.missing')}</p>;
  const { notes } = translationIndex(document, loaded.data);
  const confidence = extra[CONFIDENCE_PARAM] ?? '';
  const shown = notes.filter((n) => confidence === '' || n.annotation.confidence === confidence);
  const count = (level: string) => notes.filter((n) => n.annotation.confidence === level).length;

  return (
    <div className="notes-panel">
      <p className="panel-note">{t('notes.intro')}</p>
      <p className="panel-count">
        {t('notes.count', {
          count: notes.length,
          high: count('high'),
          medium: count('medium'),
          low: count('low'),
        })}
      </p>
      <div className="panel-filters">
        <label className="filter-field">
          <span>{t('notes.confidenceFilter')}</span>
          <select
            value={confidence}
            onChange={(event) => setExtra({ [CONFIDENCE_PARAM]: event.target.value || null })}
          >
            <option value="">{t('notes.allConfidence')}</option>
            {CONFIDENCE.map((level) => (
              <option key={level} value={level}>
                {t(`confidence.${level}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="notes-list">
        {shown.map((placed) => (
          <NoteItem
            key={placed.annotation.id}
            placed={placed}
            focused={extra[NOTE_PARAM] === localId(placed.annotation.id)}
          />
        ))}
      </ol>
    </div>
  );
}

function NoteItem({ placed, focused }: { placed: Placed<EditorialAnnotation>; focused: boolean }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const { annotation, anchor } = placed;
  return (
    <li
      ref={ref}
      id={`note-${localId(annotation.id)}`}
      className={`note-item${focused ? ' is-focused' : ''}`}
    >
      <OccurrenceList
        occurrences={[{ id: annotation.id, anchor, quote: annotation.target.quote.exact }]}
      />
      <EditorialNoteView note={annotation} />
    </li>
  );
}
