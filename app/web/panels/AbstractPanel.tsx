import { useTranslation } from 'react-i18next';
import type { Block } from '../../../corpus/model/document';
import { useReader } from '../state/reader-context';

/** The Chinese and English abstracts side by side (paragraph level until sentence alignment exists). */
export function AbstractPanel() {
  const { t } = useTranslation();
  const { document, navigate } = useReader();
  const side = (lang: 'zh-Hant' | 'en') => {
    const section = lang === 'en' ? 'abstract-en' : 'abstract';
    return document.blocks.filter(
      (b: Block) => b.section === section && (b.kind === 'abstract' || b.kind === 'keywords'),
    );
  };
  const englishTitle = document.blocks.find((b) => b.id === 'abstract-en-h');
  const columns = [
    {
      lang: 'zh-Hant' as const,
      label: t('abstract.zh'),
      title: document.metadata.csl.title,
      blocks: side('zh-Hant'),
    },
    {
      lang: 'en' as const,
      label: t('abstract.en'),
      title: englishTitle?.text ?? '',
      blocks: side('en'),
    },
  ];
  return (
    <div className="abstract-panel">
      <p className="panel-note">{t('abstract.paragraphLevel')}</p>
      <div className="abstract-columns">
        {columns.map((column) => (
          <section key={column.lang} aria-label={column.label} className="abstract-column">
            <h2 className="panel-heading">{column.label}</h2>
            <p lang={column.lang} className="abstract-title" data-content="">
              {column.title}
            </p>
            {column.blocks.map((block) => (
              <p
                key={block.id}
                lang={block.lang}
                data-content=""
                className={`abstract-${block.kind}`}
              >
                <a
                  href={`?doc=${encodeURIComponent(document.id)}&block=${encodeURIComponent(block.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ blockId: block.id });
                  }}
                >
                  {block.text}
                </a>
              </p>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
