import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorCodeOf } from '../app/api'
import { Modal } from '../kit/Modal'
import { PassphraseForm } from './PassphraseForm'

/** Asks for a locked dossier's passphrase; a wrong one says so and reveals nothing else. */
export function UnlockDialog({ id, name, onUnlocked, onCancel }: { id: string; name: string; onUnlocked: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['privacy', 'errors'])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const unlock = async (passphrase: string) => {
    setBusy(true)
    setError(undefined)
    try {
      await call('dossiers.unlock', { id, passphrase })
      onUnlocked()
    } catch (failure) {
      setError(t(errorCodeOf(failure), { ns: 'errors' }))
      setBusy(false)
    }
  }
  return (
    <Modal heading={t('locked.dialogHeading', { name })} onCancel={onCancel}>
      <PassphraseForm
        label={t('locked.passphrase')}
        text={t('locked.dialogText')}
        error={error}
        submitLabel={t('locked.submit')}
        cancelLabel={t('locked.cancel')}
        busy={busy}
        busyLabel={t('locked.working')}
        onSubmit={(passphrase) => void unlock(passphrase)}
        onCancel={onCancel}
      />
    </Modal>
  )
}
