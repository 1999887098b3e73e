import { useId, type ReactNode } from 'react'
import { Fieldset } from './Field'
import './choices.css'

/** One yes-or-no choice, with its hint under it. */
export function Checkbox({ label, hint, checked, onChange }: { label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  const hintId = useId()
  return (
    <div className="at-choice">
      <label className="at-choice__label">
        <input
          className="at-choice__input"
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p className="at-hint at-choice__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  )
}

export interface CheckboxOption {
  value: string
  label: ReactNode
  /** Shown inside a card under the label, or under the box in a list. */
  hint?: ReactNode | undefined
}

/**
 * A question with several answers: a fieldset whose legend is the question. As cards (a few
 * choices, each explained) or as a plain list (many short ones).
 */
export function Checkboxes({
  legend,
  hint,
  large = false,
  variant = 'list',
  options,
  selected,
  onToggle,
  children,
  className,
}: {
  legend: ReactNode
  hint?: ReactNode | undefined
  large?: boolean | undefined
  variant?: 'list' | 'cards' | undefined
  options: CheckboxOption[]
  selected: ReadonlySet<string>
  onToggle: (value: string, on: boolean) => void
  /** Shown after the hint, before the choices (an explanation of a term, say). */
  children?: ReactNode | undefined
  className?: string | undefined
}) {
  return (
    <Fieldset legend={legend} hint={hint} large={large} className={className}>
      {children}
      <div className="at-choices">
        {options.map((option) =>
          variant === 'cards' ? (
            <label key={option.value} className="at-choice-card">
              <input
                className="at-choice__input"
                type="checkbox"
                checked={selected.has(option.value)}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <span className="at-choice-card__text">
                <strong>{option.label}</strong>
                {option.hint && <span className="at-hint">{option.hint}</span>}
              </span>
            </label>
          ) : (
            <Checkbox
              key={option.value}
              label={option.label}
              hint={option.hint}
              checked={selected.has(option.value)}
              onChange={(on) => onToggle(option.value, on)}
            />
          ),
        )}
      </div>
    </Fieldset>
  )
}
