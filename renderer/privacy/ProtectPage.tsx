import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordInput } from '../kit/PasswordInput'
import type { Dossier } from '../../domain/dossier/schema'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { lockEverything } from '../app/pendingSaves'
import { passphraseProblem } from '../../domain/passphrase'
import { newPassphraseError } from './new-passphrase'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { Button } from '../kit/Button'
import { Checkbox } from '../kit/Checkboxes'

/** A passphrase for one dossier, locking now, and the hand-over file. */
export function ProtectPage({
  dossier,
  isProtected,
  saveFirst,
  onProtectionChanged,
  onLockedAll,
}: {
  dossier: Dossier
  isProtected: boolean
  saveFirst: () => Promise<boolean>
  onProtectionChanged: () => void
  /** `cleanupFailed`: a print copy could not be removed; `unsaved`: the last change was not stored. Both are told. */
  onLockedAll: (outcome: { cleanupFailed: boolean; unsaved: boolean }) => void
}) {
  const { t } = useTranslation(['privacy', 'errors'])
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [exportProtected, setExportProtected] = useState(true)
  const [exportPassphrase, setExportPassphrase] = useState('')

  const attempt = async (action: () => Promise<string>) => {
    setBusy(true)
    setError(null)
    setStatus('')
    try {
      await afterSaving(saveFirst)
      setStatus(await action())
    } catch (failure) {
      setError(errorCodeOf(failure))
    } finally {
      setBusy(false)
    }
  }

  const setLock = (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    if (passphrase !== repeat) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    const problem = newPassphraseError(passphrase)
    if (problem) {
      setError(problem)
      return
    }
    void attempt(async () => {
      await call('dossiers.setPassphrase', { id: dossier.id, passphrase })
      setPassphrase('')
      setRepeat('')
      onProtectionChanged()
      return t('protect.protectedNow')
    })
  }

  const exportFile = (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const problem = exportProtected ? newPassphraseError(exportPassphrase) : null
    if (problem) {
      setError(problem)
      return
    }
    void attempt(async () => {
      const result = await call('dossiers.export', { id: dossier.id, ...(exportProtected && { passphrase: exportPassphrase }) })
      return result.saved ? t('protect.exported', { file: result.fileName }) : t('protect.exportCancelled')
    })
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('protect.heading')}
      </h1>
      <p role="status" className="status-message">
        {busy ? t('protect.working') : status}
      </p>
      {error && <ErrorMessage code={error} />}
      <section aria-labelledby="lock-heading">
        <h2 id="lock-heading">{t('protect.lockHeading')}</h2>
        <p>{t('protect.lockIntro')}</p>
        {isProtected ? (
          <>
            <p className="lock-badge open">{t('protect.isProtected')}</p>
            <div className="at-button-row">
              <Button
                variant="primary"
                aria-describedby="lock-now-hint"
                onClick={() =>
                  // Locking goes first, even when the last change could not be stored: the person
                  // is told so on the list, and the dossier is not left open.
                  void saveFirst()
                    .then(async (saved) => {
                      const { cleanupFailed } = await lockEverything()
                      onLockedAll({ cleanupFailed, unsaved: !saved })
                    })
                    .catch((failure: unknown) => setError(errorCodeOf(failure)))
                }
              >
                {t('protect.lockNow')}
              </Button>
              <Button
                variant="secondary"
                onClick={() =>
                  void attempt(async () => {
                    await call('dossiers.removePassphrase', { id: dossier.id })
                    onProtectionChanged()
                    return t('protect.removed')
                  })
                }
              >
                {t('protect.removePassphrase')}
              </Button>
            </div>
            <p className="hint" id="lock-now-hint">
              {t('protect.lockNowHint')}
            </p>
          </>
        ) : (
          <form onSubmit={setLock} noValidate>
            <p className="warning-text">{t('protect.forgetWarning')}</p>
            <PasswordInput label={t('protect.passphrase')} hint={t('protect.passphraseHint')} value={passphrase} onChange={setPassphrase} />
            <PasswordInput label={t('protect.repeat')} error={mismatch ? t('protect.mismatch') : undefined} value={repeat} onChange={setRepeat} />
            <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
              {t('protect.setPassphrase')}
            </Button>
          </form>
        )}
      </section>
      <section aria-labelledby="export-heading" className="panel">
        <h2 id="export-heading">{t('protect.exportHeading')}</h2>
        <p>{t('protect.exportIntro')}</p>
        <form onSubmit={exportFile} noValidate>
          <Checkbox label={t('protect.exportProtect')} hint={t('protect.exportProtectHint')} checked={exportProtected} onChange={setExportProtected} />
          {exportProtected && (
            <PasswordInput label={t('protect.exportPassphrase')} hint={t('protect.passphraseHint')} value={exportPassphrase} onChange={setExportPassphrase} />
          )}
          <Button type="submit" variant="primary" aria-disabled={busy || (exportProtected && passphraseProblem(exportPassphrase) === 'too-short') || undefined}>
            {t('protect.export')}
          </Button>
        </form>
      </section>
    </>
  )
}
