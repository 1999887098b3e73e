import { useTranslation } from 'react-i18next'
import type { UiErrorCode } from '../app/api'
import type { SaveState } from './useDossier'

/**
 * Shows whether the latest change is stored. Only a failure is announced to screen readers:
 * "saved" after every pause in typing would drown out what the person is doing.
 */
export function SaveStatus({ state, error }: { state: SaveState; error: UiErrorCode | null }) {
  const { t } = useTranslation(['common', 'errors'])
  return (
    <div className="save-status">
      {state === 'saving' && <span>{t('save.saving')}</span>}
      {state === 'saved' && <span className="saved">✓ {t('save.saved')}</span>}
      <div role="alert">
        {state === 'failed' && error && (
          <p className="at-error-message">{error === 'storage-failed' || error === 'internal' ? t('save.failed') : t(error, { ns: 'errors' })}</p>
        )}
      </div>
    </div>
  )
}
