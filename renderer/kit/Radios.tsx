import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'
import { Fieldset } from './Field'
import './choices.css'

export interface RadioOption<T extends string | number> {
  value: T
  label: string
  hint?: string | undefined
}

/** A question with one answer: a fieldset whose legend is the question. */
export function Radios<T extends string | number>({
  legend,
  hint,
  options,
  value,
  onChange,
  inline = false,
  onClear,
  children,
}: {
  legend: ReactNode
  hint?: ReactNode | undefined
  options: RadioOption<T>[]
  value: T | null
  onChange: (value: T) => void
  inline?: boolean | undefined
  /** Nothing is required: an answer once given can be taken back. */
  onClear?: (() => void) | undefined
  children?: ReactNode | undefined
}) {
  const { t } = useTranslation('common')
  const name = useId()
  return (
    <Fieldset legend={legend} hint={hint}>
      {children}
      <div className={inline ? 'at-choices at-choices--inline' : 'at-choices'}>
        {options.map((option) => {
          const optionHintId = `${name}-${option.value}-hint`
          return (
            <div key={option.value} className="at-choice">
              <label className="at-choice__label">
                <input
                  className="at-choice__input"
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  onChange={() => onChange(option.value)}
                />
                <span>{option.label}</span>
              </label>
              {option.hint && (
                <p className="at-hint at-choice__hint" id={optionHintId}>
                  {option.hint}
                </p>
              )}
            </div>
          )
        })}
      </div>
      {onClear && value !== null && (
        <Button variant="link" aria-label={typeof legend === 'string' ? t('clearChoiceNamed', { question: legend }) : undefined} onClick={onClear}>
          {t('clearChoice')}
        </Button>
      )}
    </Fieldset>
  )
}
