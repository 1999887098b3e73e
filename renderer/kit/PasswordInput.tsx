import { Field, inputClass } from './Field'

/** A masked passphrase field with its hint and error; browsers are asked not to fill it in. */
export function PasswordInput({
  label,
  hint,
  error,
  value,
  onChange,
  autoFocus = false,
  autoComplete = 'new-password',
}: {
  label: string
  hint?: string | undefined
  error?: string | undefined
  value: string
  onChange: (value: string) => void
  autoFocus?: boolean | undefined
  /** 'new-password' when choosing one; 'off' when typing an existing one. */
  autoComplete?: 'new-password' | 'off' | undefined
}) {
  return (
    <Field label={label} hint={hint} error={error && <span role="alert">{error}</span>}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className={inputClass('medium')}
          type="password"
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          maxLength={1000}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
