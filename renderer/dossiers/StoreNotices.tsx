import { useTranslation } from 'react-i18next'
import type { StoreNotice } from '../../electron/contract'
import { formatMoment } from '../app/format'
import { Button } from '../kit/Button'

/** Tells once what the store repaired at start: a restored backup, or a file set aside. */
export function StoreNotices({ notices, onDismiss }: { notices: StoreNotice[]; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('dossiers')
  return (
    <section className="notice" role="alert" aria-labelledby="store-notices-heading">
      <h2 id="store-notices-heading">{t('notices.heading')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.kind}-${notice.id}`}>
            {notice.kind === 'restored-from-backup'
              ? t('notices.restored', {
                  name: notice.displayName || t('noName'),
                  date: formatMoment(notice.backupSavedAt, i18n.language),
                })
              : notice.kind === 'newer-version'
                ? t('notices.newerVersion', { file: notice.fileName })
                : notice.kind === 'unreadable'
                  ? t('notices.unreadable', { file: notice.fileName })
                  : t('notices.setAside', { file: notice.fileName })}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={onDismiss}>
        {t('notices.dismiss')}
      </Button>
    </section>
  )
}
