import { useId } from 'react'

/** A masked passphrase field with its hint and error; browsers are asked not to fill it in. */
export function PasswordField({
  label,
  hint,
  error,
  value,
  onChange,
  autoFocus = false,
  autoComplete = 'new-password',
}: {
  label: string
  hint?: string
  error?: string
  value: string
  onChange: (value: string) => void
  autoFocus?: boolean
  /** 'new-password' when choosing one; 'off' when typing an existing one. */
  autoComplete?: 'new-password' | 'off'
}) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <input
        id={id}
        className="input width-medium"
        type="password"
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        maxLength={1000}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
