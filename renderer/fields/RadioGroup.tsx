import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface RadioOption<T extends string | number> {
  value: T
  label: string
  hint?: string
}

/** A question with one answer: a fieldset whose legend is the question. */
export function RadioGroup<T extends string | number>({
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
  hint?: ReactNode
  options: RadioOption<T>[]
  value: T | null
  onChange: (value: T) => void
  inline?: boolean
  /** Nothing is required: an answer once given can be taken back. */
  onClear?: () => void
  children?: ReactNode
}) {
  const { t } = useTranslation('common')
  const name = useId()
  const hintId = `${name}-hint`
  return (
    <fieldset className="field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {children}
      <div className={inline ? 'radios inline' : 'radios'}>
        {options.map((option) => {
          const optionHintId = `${name}-${option.value}-hint`
          return (
            <div key={option.value} className="radio-option">
              <label className="radio">
                <input
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
                <p className="hint option-hint" id={optionHintId}>
                  {option.hint}
                </p>
              )}
            </div>
          )
        })}
      </div>
      {onClear && value !== null && (
        <button
          type="button"
          className="link-button clear-choice"
          aria-label={typeof legend === 'string' ? t('clearChoiceNamed', { question: legend }) : undefined}
          onClick={onClear}
        >
          {t('clearChoice')}
        </button>
      )}
    </fieldset>
  )
}
