import { useTranslation } from 'react-i18next';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { useReader } from '../state/reader-context';

/** Table of contents: sections, tables and figures, and a page list, each a link into the text. */
export function ContentsPanel() {
  const { t } = useTranslation();
  const { document, navigate } = useReader();
  const pages = Array.from(
    { length: document.pages.last - document.pages.first + 1 },
    (_, i) => document.pages.first + i,
  );
  const pageOf = (blockId: string) => document.blocks.find((b) => b.id === blockId)?.pages[0];
  const tablesAndFigures = document.blocks.flatMap((block) => {
    if (block.kind === 'table')
      return [
        {
          id: block.id,
          label: sliceCodePoints(block.text, block.table.caption.start, block.table.caption.end),
          page: block.pages[0],
        },
      ];
    if (block.kind === 'figure')
      return [
        {
          id: block.id,
          label: sliceCodePoints(block.text, block.figure.caption.start, block.figure.caption.end),
          page: block.pages[0],
        },
      ];
    return [];
  });
  const link = (blockId: string) =>
    `?doc=${encodeURIComponent(document.id)}&block=${encodeURIComponent(blockId)}`;
  const follow = (event: React.MouseEvent, blockId: string) => {
    event.preventDefault();
    navigate({ blockId });
  };

  return (
    <nav aria-label={t('panels.contents')} className="contents-panel">
      <h2 className="panel-heading">{t('contents.sections')}</h2>
      <ol className="toc">
        {document.sections.map((section) => (
          <li key={section.id} className={`toc-level-${section.level}`}>
            <a
              href={link(section.headingBlockId)}
              onClick={(e) => follow(e, section.headingBlockId)}
            >
              <span lang={section.id === 'abstract-en' ? 'en' : 'zh-Hant'} data-content="">
                {section.label ? `${section.label}、${section.title}` : section.title}
              </span>
              <span className="toc-page" data-content="">
                {pageOf(section.headingBlockId)}
              </span>
            </a>
          </li>
        ))}
      </ol>
      <h2 className="panel-heading">{t('contents.tablesFigures')}</h2>
      <ul className="toc">
        {tablesAndFigures.map((item) => (
          <li key={item.id}>
            <a href={link(item.id)} onClick={(e) => follow(e, item.id)}>
              <span lang="zh-Hant" data-content="">
                {item.label}
              </span>
              <span className="toc-page" data-content="">
                {item.page}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2 className="panel-heading" id="page-list-heading">
        {t('contents.pages')}
      </h2>
      <ul className="page-list" aria-labelledby="page-list-heading">
        {pages.map((page) => (
          <li key={page}>
            <a
              href={`?doc=${encodeURIComponent(document.id)}&page=${page}`}
              aria-label={t('contents.pageButton', { page })}
              onClick={(event) => {
                event.preventDefault();
                navigate({ page });
              }}
            >
              <span data-content="">{page}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
