import type { ReactNode } from 'react'
import { Field, inputClass, type InputWidth } from './Field'

interface TextFieldProps {
  label: ReactNode
  hint?: string | undefined
  error?: string | undefined
  value: string
  onChange: (value: string) => void
  multiline?: boolean | undefined
  /** Visible rows of a multi-line answer; it grows with what is typed. */
  rows?: number | undefined
  inputMode?: 'text' | 'numeric' | 'tel' | undefined
  autoComplete?: string | undefined
  maxLength?: number | undefined
  width?: InputWidth | undefined
}

/** A labelled text answer (one line, or a text area) with an optional hint and error. */
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
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = { id, value, 'aria-describedby': describedBy, 'aria-invalid': invalid, autoComplete, maxLength, className: inputClass(width) }
        return multiline ? (
          <textarea {...common} dir="auto" rows={rows} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...common} dir="auto" type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
        )
      }}
    </Field>
  )
}

/** A longer answer in the person's own words. */
export function TextArea(props: Omit<TextFieldProps, 'multiline' | 'inputMode' | 'width'>) {
  return <TextField {...props} multiline />
}
