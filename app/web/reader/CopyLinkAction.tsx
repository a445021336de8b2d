import { useTranslation } from 'react-i18next';
import { useReader } from '../state/reader-context';
import { CopyButton } from './CopyButton';
import type { PassageActionProps } from './passage-actions';
import { permalink } from './permalink';

/** The passage's permalink, shown and copyable. */
export function CopyLinkAction({ block, range }: PassageActionProps) {
  const { t } = useTranslation();
  const { document } = useReader();
  const url = permalink(document.id, block.id, range);
  return (
    <section className="passage-action">
      <h3 className="passage-action-title">{t('passage.link')}</h3>
      <p className="passage-url" data-content="">
        <code>{url}</code>
      </p>
      <CopyButton text={url} label={t('passage.copyLink')} />
    </section>
  );
}
