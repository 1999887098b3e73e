import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestoreChoice, RestoreConflict, RestoreResult } from '../../electron/contract'
import { askPassphraseAgain, newPassphraseError, type PassphraseAsking } from './new-passphrase'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { Button } from '../kit/Button'
import { Modal } from '../kit/Modal'
import { PasswordInput } from '../kit/PasswordInput'
import { Radios } from '../kit/Radios'
import { PassphraseForm } from './PassphraseForm'

type Asking =
  PassphraseAsking | { kind: 'conflicts'; token: string; total: number; conflicts: RestoreConflict[]; choices: Record<string, RestoreChoice> } | null

/** The choices a dossier that is here already allows: never replacing a locked or unreadable one, never doubling a sealed one. */
function allowed(conflict: RestoreConflict): RestoreChoice[] {
  return [...(conflict.incomingLocked ? [] : (['keepBoth'] as const)), ...(conflict.existing === 'open' ? (['replace'] as const) : []), 'skip']
}

/**
 * A backup of everything: saved in one file with a passphrase of its own, and restored with a
 * choice per dossier that is here already. Every problem is told, and then nothing has changed.
 */
export function BackupPanel() {
  const { t } = useTranslation(['privacy', 'errors'])
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [asking, setAsking] = useState<Asking>(null)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setStatus('')
    setError(null)
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
    setBusy(true)
    try {
      const result = await call('backup.save', { passphrase })
      if (!result.saved) setStatus(t('backup.cancelled'))
      else {
        setPassphrase('')
        setRepeat('')
        setStatus(
          [
            t('backup.saved', { file: result.fileName, count: result.dossiers }),
            result.unreadable > 0 ? t('backup.unreadable', { count: result.unreadable }) : '',
          ]
            .filter(Boolean)
            .join(' '),
        )
      }
    } catch (failure) {
      setError(errorCodeOf(failure))
    } finally {
      setBusy(false)
    }
  }

  const handle = (result: RestoreResult) => {
    setBusy(false)
    switch (result.status) {
      case 'cancelled':
        setAsking(null)
        return
      case 'needs-passphrase':
        setAsking((before) => askPassphraseAgain(before, result.token, result.wrong))
        return
      case 'conflicts':
        setAsking({
          kind: 'conflicts',
          token: result.token,
          total: result.total,
          conflicts: result.conflicts,
          // Nothing is replaced unless chosen: the first choice is the one that changes least.
          choices: Object.fromEntries(result.conflicts.map((conflict) => [conflict.id, allowed(conflict).includes('keepBoth') ? 'keepBoth' : 'skip'])),
        })
        return
      case 'problem':
        setAsking(null)
        setStatus(t(`import.problems.${result.problem}`))
        return
      case 'restored':
        setAsking(null)
        setStatus(t('restore.done', { added: result.added, replaced: result.replaced, skipped: result.skipped }))
    }
  }
  const restore = async (request: Parameters<typeof call<'backup.restore'>>[1]) => {
    setBusy(true)
    setStatus('')
    setError(null)
    try {
      handle(await call('backup.restore', request))
    } catch (failure) {
      setBusy(false)
      setAsking(null)
      setError(errorCodeOf(failure))
    }
  }
  const close = () => {
    if (asking) void call('backup.restore', { token: asking.token, cancel: true }).catch(() => undefined)
    setAsking(null)
  }
  const choose = (id: string, choice: RestoreChoice) =>
    setAsking((before) => (before?.kind === 'conflicts' ? { ...before, choices: { ...before.choices, [id]: choice } } : before))
  const chooseAll = (choice: RestoreChoice) =>
    setAsking((before) =>
      before?.kind === 'conflicts'
        ? { ...before, choices: Object.fromEntries(before.conflicts.map((conflict) => [conflict.id, allowed(conflict).includes(choice) ? choice : 'skip'])) }
        : before,
    )

  return (
    <>
      <section className="panel" aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('backup.heading')}</h2>
        <p>{t('backup.intro')}</p>
        <p>{t('backup.lockedNote')}</p>
        <form onSubmit={(event) => void save(event)} noValidate>
          <PasswordInput label={t('backup.passphrase')} hint={t('protect.passphraseHint')} value={passphrase} onChange={setPassphrase} />
          <PasswordInput label={t('protect.repeat')} error={mismatch ? t('protect.mismatch') : undefined} value={repeat} onChange={setRepeat} />
          <p>
            <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
              {t('backup.save')}
            </Button>
          </p>
        </form>
      </section>
      <section className="panel" aria-labelledby="restore-heading">
        <h2 id="restore-heading">{t('restore.heading')}</h2>
        <p>{t('restore.intro')}</p>
        <p>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => !busy && void restore({})}>
            {t('restore.button')}
          </Button>
        </p>
      </section>
      {error && <ErrorMessage code={error} />}
      <p role="status" className="status-message">
        {busy && !asking ? t('backup.working') : status}
      </p>
      {asking?.kind === 'passphrase' && (
        <Modal heading={t('restore.passphraseHeading')} onCancel={close}>
          <PassphraseForm
            key={asking.attempt}
            label={t('locked.passphrase')}
            text={t('restore.passphraseText')}
            error={asking.wrong ? t('import.wrong') : undefined}
            submitLabel={t('import.open')}
            cancelLabel={t('import.cancel')}
            busy={busy}
            busyLabel={t('locked.working')}
            onSubmit={(value) => void restore({ token: asking.token, passphrase: value })}
            onCancel={close}
          />
        </Modal>
      )}
      {asking?.kind === 'conflicts' && (
        <Modal heading={t('restore.conflictsHeading')} onCancel={close}>
          <p>{t('restore.conflictsText', { count: asking.conflicts.length, total: asking.total })}</p>
          {asking.conflicts.length > 1 && (
            <div className="at-button-row">
              <Button variant="secondary" onClick={() => chooseAll('keepBoth')}>
                {t('restore.allKeepBoth')}
              </Button>
              <Button variant="secondary" onClick={() => chooseAll('skip')}>
                {t('restore.allSkip')}
              </Button>
            </div>
          )}
          {asking.conflicts.map((conflict) => (
            <Radios<RestoreChoice>
              key={conflict.id}
              legend={conflict.name || t('noName', { ns: 'dossiers' })}
              hint={
                [
                  conflict.existing === 'locked' && t('restore.lockedHere'),
                  conflict.existing === 'unreadable' && t('restore.unreadableHere'),
                  conflict.incomingLocked && t('restore.incomingLocked'),
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              options={allowed(conflict).map((choice) => ({ value: choice, label: t(`restore.${choice}`) }))}
              value={asking.choices[conflict.id] ?? null}
              onChange={(choice) => choose(conflict.id, choice)}
            />
          ))}
          <div className="at-button-row">
            <Button variant="primary" aria-disabled={busy || undefined} onClick={() => !busy && void restore({ token: asking.token, choices: asking.choices })}>
              {t('restore.submit')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('import.cancel')}
            </Button>
          </div>
        </Modal>
      )}
    </>
  )
}
