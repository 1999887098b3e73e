import { useState, type FormEvent } from 'react'
import { PasswordField } from './PasswordField'

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
  text?: string
  error?: string
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
      <PasswordField label={label} error={error} value={value} onChange={setValue} autoFocus autoComplete="off" />
      <div className="button-row">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
      <p role="status">{busy ? busyLabel : ''}</p>
    </form>
  )
}
