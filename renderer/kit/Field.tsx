import { useId, useRef, type ReactNode } from 'react'
import { ReadAloudButton } from './ReadAloud'
import './field.css'

/** What a control needs to be wired to its label, hint and error. */
export interface FieldIds {
  id: string
  describedBy: string | undefined
  invalid: true | undefined
}

export type InputWidth = 'short' | 'medium' | 'full'

/** The class of a text box, for a control the kit does not wrap itself (a list with suggestions). */
export function inputClass(width: InputWidth = 'full'): string {
  return `at-input at-input--${width}`
}

/**
 * A label, an optional hint and an optional error, wired to one control for screen readers
 * (GOV.UK's form group): the question is the label, the hint comes before the box.
 */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: ReactNode
  hint?: ReactNode | undefined
  error?: ReactNode | undefined
  className?: string | undefined
  children: (ids: FieldIds) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined
  const labelRef = useRef<HTMLLabelElement>(null)
  const hintRef = useRef<HTMLParagraphElement>(null)
  return (
    <div className={['at-field', error && 'at-field--error', className].filter(Boolean).join(' ')}>
      <label className="at-field__label" htmlFor={id} id={`${id}-label`} ref={labelRef}>
        {label}
      </label>
      <ReadAloudButton text={() => spoken(labelRef.current, hintRef.current)} describedBy={`${id}-label`} />
      {hint && (
        <p className="at-hint" id={hintId} ref={hintRef}>
          {hint}
        </p>
      )}
      {error && (
        <p className="at-error-message" id={errorId}>
          {error}
        </p>
      )}
      {children({ id, describedBy, invalid: error ? true : undefined })}
    </div>
  )
}

/**
 * A question with several controls (radios, checkboxes, a date's three boxes): the legend is the
 * question, with its hint and error before the controls.
 */
export function Fieldset({
  legend,
  hint,
  error,
  large = false,
  className,
  onBlur,
  children,
}: {
  legend: ReactNode
  hint?: ReactNode | undefined
  error?: ReactNode | undefined
  /** The question is the page's main question. */
  large?: boolean | undefined
  className?: string | undefined
  onBlur?: ((event: React.FocusEvent<HTMLFieldSetElement>) => void) | undefined
  children: ReactNode
}) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  const legendRef = useRef<HTMLLegendElement>(null)
  const hintRef = useRef<HTMLDivElement>(null)
  return (
    <fieldset className={['at-fieldset', error && 'at-field--error', className].filter(Boolean).join(' ')} aria-describedby={describedBy} onBlur={onBlur}>
      <legend className={large ? 'at-fieldset__legend at-fieldset__legend--large' : 'at-fieldset__legend'} id={`${id}-legend`} ref={legendRef}>
        {legend}
      </legend>
      <ReadAloudButton text={() => spoken(legendRef.current, hintRef.current)} describedBy={`${id}-legend`} />
      {hint && (
        <div className="at-hint" id={`${id}-hint`} ref={hintRef}>
          {hint}
        </div>
      )}
      {error && (
        <p className="at-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  )
}

/** What "read aloud" says for a question: the question, then its hint. */
function spoken(...elements: (HTMLElement | null)[]): string {
  return elements
    .map((element) => element?.textContent?.trim() ?? '')
    .filter(Boolean)
    .map((part) => (/[.?!:;]$/.test(part) ? part : `${part}.`))
    .join(' ')
}
