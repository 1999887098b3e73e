import { useId, type ReactNode } from 'react'

interface TextFieldProps {
  label: ReactNode
  hint?: string
  error?: string
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  /** Visible rows of a multi-line answer; it grows with what is typed. */
  rows?: number
  inputMode?: 'text' | 'numeric' | 'tel'
  autoComplete?: string
  maxLength?: number
  width?: 'short' | 'medium' | 'full'
}

/** A labelled text answer with an optional hint and error, wired for screen readers. */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  multiline = false,
  rows = 4,
  inputMode,
  autoComplete = 'off',
  maxLength = multiline ? 100_000 : 500,
  width = 'full',
}: TextFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    autoComplete,
    maxLength,
    className: `input width-${width}`,
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-text" id={errorId}>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  )
}
