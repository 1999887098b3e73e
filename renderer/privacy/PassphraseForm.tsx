import { useState, type FormEvent } from 'react'
import { PasswordInput } from '../kit/PasswordInput'
import { Button } from '../kit/Button'

/** One passphrase field with its button; the field is masked, and never filled in by the browser. */
export function PassphraseForm({
  label,
  text,
  error,
  submitLabel,
  cancelLabel,
  busy,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  label: string
  text?: string | undefined
  error?: string | undefined
  submitLabel: string
  cancelLabel: string
  busy: boolean
  busyLabel: string
  onSubmit: (passphrase: string) => void
  onCancel: () => void
}) {
  const [value, setValue] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!busy && value !== '') onSubmit(value)
  }
  return (
    <form onSubmit={submit} noValidate>
      {text && <p>{text}</p>}
      <PasswordInput label={label} error={error} value={value} onChange={setValue} autoFocus autoComplete="off" />
      <div className="at-button-row">
        <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
      <p role="status">{busy ? busyLabel : ''}</p>
    </form>
  )
}
