import { useId, useState, type FormEvent } from 'react'

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
  const id = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!busy && value !== '') onSubmit(value)
  }
  return (
    <form onSubmit={submit} noValidate>
      {text && <p>{text}</p>}
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {error && (
          <p className="error-text" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <input
          id={id}
          className="input width-medium"
          type="password"
          autoComplete="off"
          autoFocus
          maxLength={1000}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
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
