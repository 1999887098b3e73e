import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordField } from './PasswordField'
import type { Dossier } from '../../domain/dossier/schema'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { lockEverything } from '../app/pendingSaves'
import { passphraseProblem } from '../../domain/passphrase'
import { useHeadingFocus } from '../app/useHeadingFocus'

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
  const exportProtectHint = useId()

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
    const problem = passphraseProblem(passphrase)
    if (problem) {
      setError(problem === 'too-short' ? 'weak-passphrase' : 'common-passphrase')
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
    const problem = exportProtected ? passphraseProblem(exportPassphrase) : null
    if (problem) {
      setError(problem === 'too-short' ? 'weak-passphrase' : 'common-passphrase')
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
            <div className="button-row">
              <button
                type="button"
                className="button primary"
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
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  void attempt(async () => {
                    await call('dossiers.removePassphrase', { id: dossier.id })
                    onProtectionChanged()
                    return t('protect.removed')
                  })
                }
              >
                {t('protect.removePassphrase')}
              </button>
            </div>
            <p className="hint" id="lock-now-hint">
              {t('protect.lockNowHint')}
            </p>
          </>
        ) : (
          <form onSubmit={setLock} noValidate>
            <p className="warning-text">{t('protect.forgetWarning')}</p>
            <PasswordField label={t('protect.passphrase')} hint={t('protect.passphraseHint')} value={passphrase} onChange={setPassphrase} />
            <PasswordField label={t('protect.repeat')} error={mismatch ? t('protect.mismatch') : undefined} value={repeat} onChange={setRepeat} />
            <button type="submit" className="button primary" aria-disabled={busy || undefined}>
              {t('protect.setPassphrase')}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="export-heading" className="panel">
        <h2 id="export-heading">{t('protect.exportHeading')}</h2>
        <p>{t('protect.exportIntro')}</p>
        <form onSubmit={exportFile} noValidate>
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" checked={exportProtected} aria-describedby={exportProtectHint} onChange={(event) => setExportProtected(event.target.checked)} />
              <span>{t('protect.exportProtect')}</span>
            </label>
            <p className="hint option-hint" id={exportProtectHint}>
              {t('protect.exportProtectHint')}
            </p>
          </div>
          {exportProtected && (
            <PasswordField label={t('protect.exportPassphrase')} hint={t('protect.passphraseHint')} value={exportPassphrase} onChange={setExportPassphrase} />
          )}
          <button type="submit" className="button primary" aria-disabled={busy || (exportProtected && passphraseProblem(exportPassphrase) === 'too-short') || undefined}>
            {t('protect.export')}
          </button>
        </form>
      </section>
    </>
  )
}
