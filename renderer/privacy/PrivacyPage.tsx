import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutoLockMinutes, Settings } from '../../electron/contract'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { Modal } from '../app/Modal'
import { InfoPage } from '../rights/InfoPage'

const choices: AutoLockMinutes[] = [0, 5, 15, 30, 60]

/** What stays where, locking after idle time, and deleting everything. */
export function PrivacyPage({
  settings,
  onChange,
  onDeletedEverything,
  onBack,
  backLabel,
}: {
  settings: Settings
  onChange: (patch: Partial<Settings>) => void
  onDeletedEverything: (cleanupFailed: boolean) => void
  onBack: () => void
  backLabel: string
}) {
  const { t } = useTranslation('privacy')
  const [confirming, setConfirming] = useState(false)
  const [understood, setUnderstood] = useState(false)
  const [error, setError] = useState<UiErrorCode | null>(null)
  const selectId = useId()

  return (
    <InfoPage heading={t('privacy.heading')} intro={t('privacy.intro')} onBack={onBack} backLabel={backLabel}>
      <div className="field">
        <label htmlFor={selectId}>{t('privacy.autoLock')}</label>
        <p className="hint" id={`${selectId}-hint`}>
          {t('privacy.autoLockHint')}
        </p>
        <select
          id={selectId}
          className="input width-medium"
          value={settings.autoLockMinutes}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => onChange({ autoLockMinutes: Number(event.target.value) as AutoLockMinutes })}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? t('privacy.autoLockNever') : t('privacy.autoLockMinutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <section className="panel danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('privacy.deleteHeading')}</h2>
        <p>{t('privacy.deleteIntro')}</p>
        <button type="button" className="button warning" onClick={() => setConfirming(true)}>
          {t('privacy.deleteButton')}
        </button>
      </section>
      {confirming && (
        <Modal heading={t('privacy.confirmHeading')} onCancel={() => setConfirming(false)}>
          <p>{t('privacy.confirmText')}</p>
          {error && <ErrorMessage code={error} />}
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
            <span>{t('privacy.confirmCheck')}</span>
          </label>
          <div className="button-row">
            <button type="button" className="button secondary" data-autofocus onClick={() => setConfirming(false)}>
              {t('privacy.cancel')}
            </button>
            <button
              type="button"
              className="button warning"
              aria-disabled={!understood || undefined}
              onClick={() => {
                if (!understood) return
                call('app.deleteEverything', { confirm: 'delete-everything' }).then(
                  ({ cleanupFailed }) => {
                    setConfirming(false)
                    onDeletedEverything(cleanupFailed)
                  },
                  (failure: unknown) => setError(errorCodeOf(failure)),
                )
              }}
            >
              {t('privacy.confirm')}
            </button>
          </div>
        </Modal>
      )}
    </InfoPage>
  )
}
