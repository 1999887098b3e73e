import { useEffect, useEffectEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../electron/contract'
import { call, errorCodeOf } from '../app/api'
import { Modal } from '../kit/Modal'
import { PassphraseForm } from './PassphraseForm'
import { Button } from '../kit/Button'
import { askPassphraseAgain, type PassphraseAsking } from './new-passphrase'

type Asking = PassphraseAsking | { kind: 'exists'; token: string; name: string; existing: 'open' | 'locked' | 'unreadable' } | null

/**
 * Opening a hand-over file: choose it, give its passphrase if it has one, choose what to do when
 * the preparation is already here. Every problem is told plainly, and nothing existing changes.
 */
export function ImportButton({ onDone }: { onDone: (message: string, importedId?: string) => void }) {
  const { t } = useTranslation(['privacy', 'errors'])
  const [asking, setAsking] = useState<Asking>(null)
  const [busy, setBusy] = useState(false)

  const handle = (result: ImportResult) => {
    setBusy(false)
    switch (result.status) {
      case 'cancelled':
        setAsking(null)
        return
      case 'needs-passphrase':
        setAsking((before) => askPassphraseAgain(before, result.token, result.wrong))
        return
      case 'exists':
        setAsking({ kind: 'exists', token: result.token, name: result.existingName, existing: result.existing })
        return
      case 'problem':
        setAsking(null)
        onDone(t(`import.problems.${result.problem}`))
        return
      case 'imported':
        setAsking(null)
        onDone(t(result.protected ? 'import.importedProtected' : 'import.imported', { name: result.displayName }), result.id)
    }
  }
  const run = async (request: Parameters<typeof call<'dossiers.import'>>[1]) => {
    setBusy(true)
    try {
      handle(await call('dossiers.import', request))
    } catch (failure) {
      setBusy(false)
      setAsking(null)
      onDone(t(errorCodeOf(failure), { ns: 'errors' }))
    }
  }

  // A hand-over file the operating system asked the app to open (a double-click) is imported here,
  // with the same questions: when the list shows (the app may have been started for it) and when
  // the main process says one came. Nothing waiting: nothing happens.
  const openedFileRead = useEffectEvent((result: ImportResult) => {
    if (result.status === 'cancelled') return
    if (asking) void call('dossiers.import', { token: asking.token, cancel: true }).catch(() => undefined)
    handle(result)
  })
  const openedFileFailed = useEffectEvent((failure: unknown) => onDone(t(errorCodeOf(failure), { ns: 'errors' })))
  useEffect(() => {
    const importOpenedFile = () => void call('dossiers.import', { opened: true }).then(openedFileRead, openedFileFailed)
    importOpenedFile()
    return window.aanTafelEvents?.on('fileOpened', importOpenedFile)
  }, [])

  // Closing a question tells the main process to forget the file it holds.
  const close = () => {
    if (asking) void call('dossiers.import', { token: asking.token, cancel: true }).catch(() => undefined)
    setAsking(null)
  }

  return (
    <>
      <Button variant="secondary" aria-describedby="import-hint" onClick={() => void run({})}>
        {t('import.button')}
      </Button>
      <p className="hint" id="import-hint">
        {t('import.hint')}
      </p>
      {asking?.kind === 'passphrase' && (
        <Modal heading={t('import.passphraseHeading')} onCancel={close}>
          <PassphraseForm
            key={asking.attempt}
            label={t('locked.passphrase')}
            text={t('import.passphraseText')}
            error={asking.wrong ? t('import.wrong') : undefined}
            submitLabel={t('import.open')}
            cancelLabel={t('import.cancel')}
            busy={busy}
            busyLabel={t('locked.working')}
            onSubmit={(passphrase) => void run({ token: asking.token, passphrase })}
            onCancel={close}
          />
        </Modal>
      )}
      {asking?.kind === 'exists' && (
        <Modal heading={t('import.existsHeading')} onCancel={close}>
          {asking.existing === 'unreadable' ? <p>{t('import.existsUnreadable')}</p> : <p>{t('import.existsText', { name: asking.name })}</p>}
          {asking.existing === 'locked' && <p>{t('import.existsLocked')}</p>}
          <div className="at-button-row">
            <Button variant="primary" data-autofocus onClick={() => void run({ token: asking.token, onConflict: 'keepBoth' })}>
              {t('import.keepBoth')}
            </Button>
            {asking.existing === 'open' && (
              <Button variant="warning" onClick={() => void run({ token: asking.token, onConflict: 'replace' })}>
                {t('import.replace')}
              </Button>
            )}
            <Button variant="secondary" onClick={close}>
              {t('import.cancel')}
            </Button>
          </div>
        </Modal>
      )}
    </>
  )
}
