import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ForWhom } from '../../domain/dossier/schema'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { ForWhomChoice } from '../steps/who/ForWhomChoice'
import { Button } from '../kit/Button'
import { TextField } from '../kit/TextField'

/** Starts a preparation: for whom, and a first name. Nothing more is asked before going on. */
export function CreateDossier({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation(['dossiers', 'common'])
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const [forWhom, setForWhom] = useState<ForWhom | null>(null)
  const [firstName, setFirstName] = useState('')
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      const dossier = await call('dossiers.create', { ...(forWhom && { forWhom }), firstName: firstName.trim() })
      onCreated(dossier.id)
    } catch (failure) {
      setError(errorCodeOf(failure))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('create.heading')}
      </h1>
      {error && <ErrorMessage code={error} />}
      <ForWhomChoice legend={t('create.forWhom')} hint={t('create.forWhomHint')} value={forWhom} onChange={setForWhom} />
      <TextField label={t('create.firstName')} hint={t('create.firstNameHint')} value={firstName} width="medium" onChange={setFirstName} />
      <div className="at-button-row">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('create.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('actions.back', { ns: 'common' })}
        </Button>
      </div>
    </form>
  )
}
