import { useTranslation } from 'react-i18next';
import type { LinkNotice as Notice } from '../state/resolve-location';
import { Icon } from './Icon';

/** A visible, dismissible notice that a link could not be followed. */
export function LinkNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="link-notice" role="status">
      <p>
        {t('notice.malformedLink', {
          reason: t(`notice.${notice.reason}`, { value: notice.value }),
        })}
      </p>
      <button
        type="button"
        className="icon-button"
        onClick={onDismiss}
        aria-label={t('notice.dismiss')}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
