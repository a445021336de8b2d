import { useTranslation } from 'react-i18next';
import { CopyButton } from '../reader/CopyButton';
import type { ArticleRecordFile } from './passage-citer';

/** The article's BibTeX, RIS and CSL-JSON records, each copyable and downloadable. */
export function ArticleRecords({ files }: { files: ArticleRecordFile[] }) {
  const { t } = useTranslation('citations');
  return (
    <div className="article-records">
      <h4 className="cite-style-name">{t('cite.records')}</h4>
      <p className="panel-note">{t('cite.recordsNote')}</p>
      <ul>
        {files.map((file) => (
          <li key={file.format} data-format={file.format}>
            <CopyButton text={file.text} label={t('cite.copyRecord', { format: file.format })} />
            <a
              className="download-link"
              download={file.fileName}
              href={`data:${file.mediaType};charset=utf-8,${encodeURIComponent(file.text)}`}
            >
              {t('cite.downloadRecord', { format: file.format })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
