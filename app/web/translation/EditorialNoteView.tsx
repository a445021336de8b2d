import { useTranslation } from 'react-i18next';
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import { ScriptText } from './ScriptText';

interface Props {
  note: EditorialAnnotation;
  /** Leave out the reasoning and sources (the hover preview). */
  brief?: boolean;
}

/** An editorial note: the correction, the reasoning, the sources and the confidence, as the project's. */
export function EditorialNoteView({ note, brief = false }: Props) {
  const { t } = useTranslation('translation');
  return (
    <div className="editorial-note">
      <p className="editorial-head">
        <span className="project-label">{t('editorial.label')}</span>
        <span className={`confidence confidence-${note.confidence}`}>
          {t('editorial.confidence', { level: t(`confidence.${note.confidence}`) })}
        </span>
      </p>
      <p>
        <span className="field-label">{t('editorial.correction')}</span>{' '}
        <ScriptText text={note.correction} />
      </p>
      {brief ? (
        <p className="editorial-reasoning is-brief">
          <ScriptText text={note.note} />
        </p>
      ) : (
        <>
          <p className="editorial-reasoning">
            <span className="field-label">{t('editorial.reasoning')}</span>{' '}
            <ScriptText text={note.note} />
          </p>
          {note.sources.length > 0 && (
            <div className="editorial-sources">
              <span className="field-label">{t('editorial.sources')}</span>
              <ul>
                {note.sources.map((url) => (
                  <li key={url}>
                    <a
                      href={url}
                      target="_blank"
                      rel="noreferrer noopener"
                      translate="no"
                      data-content=""
                    >
                      {displayUrl(url)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** A URL without its scheme, for reading. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//u, '').replace(/\/$/u, '');
}
