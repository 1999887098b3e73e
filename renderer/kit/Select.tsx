import type { ReactNode } from 'react'
import { Field, inputClass, type InputWidth } from './Field'

/** A labelled drop-down list. */
export function Select<T extends string | number>({
  label,
  hint,
  value,
  options,
  onChange,
  width = 'medium',
}: {
  label: ReactNode
  hint?: ReactNode | undefined
  value: T
  options: { value: T; label: string; lang?: string }[]
  onChange: (value: T) => void
  width?: InputWidth | undefined
}) {
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className={inputClass(width)}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => {
            const chosen = options.find((option) => String(option.value) === event.target.value)
            if (chosen) onChange(chosen.value)
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
