import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutoLockMinutes, Settings } from '../../electron/contract'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { Modal } from '../kit/Modal'
import { InfoPage } from '../rights/InfoPage'
import { Button } from '../kit/Button'
import { Checkbox } from '../kit/Checkboxes'
import { Select } from '../kit/Select'
import { BackupPanel } from './BackupPanel'

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

  return (
    <InfoPage heading={t('privacy.heading')} intro={t('privacy.intro')} onBack={onBack} backLabel={backLabel}>
      <Select
        label={t('privacy.autoLock')}
        hint={t('privacy.autoLockHint')}
        value={settings.autoLockMinutes}
        options={choices.map((minutes) => ({
          value: minutes,
          label: minutes === 0 ? t('privacy.autoLockNever') : t('privacy.autoLockMinutes', { count: minutes }),
        }))}
        onChange={(autoLockMinutes) => onChange({ autoLockMinutes })}
      />
      <BackupPanel />
      <section className="panel danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('privacy.deleteHeading')}</h2>
        <p>{t('privacy.deleteIntro')}</p>
        <Button variant="warning" onClick={() => setConfirming(true)}>
          {t('privacy.deleteButton')}
        </Button>
      </section>
      {confirming && (
        <Modal heading={t('privacy.confirmHeading')} onCancel={() => setConfirming(false)}>
          <p>{t('privacy.confirmText')}</p>
          {error && <ErrorMessage code={error} />}
          <Checkbox label={t('privacy.confirmCheck')} checked={understood} onChange={setUnderstood} />
          <div className="at-button-row">
            <Button variant="secondary" data-autofocus onClick={() => setConfirming(false)}>
              {t('privacy.cancel')}
            </Button>
            <Button
              variant="warning"
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
            </Button>
          </div>
        </Modal>
      )}
    </InfoPage>
  )
}
