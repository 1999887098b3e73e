import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ForWhom } from '../../../domain/dossier/schema'

const choices: ForWhom[] = ['self', 'relative', 'client']

export function ForWhomChoice({
  legend,
  hint,
  value,
  onChange,
}: {
  legend: string
  hint?: string
  value: ForWhom | null
  onChange: (value: ForWhom) => void
}) {
  const { t } = useTranslation('flow')
  const name = useId()
  const hintId = useId()
  return (
    <fieldset className="field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="radios">
        {choices.map((choice) => (
          <label key={choice} className="radio">
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            <span>{t(`who.${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
