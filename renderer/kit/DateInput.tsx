import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, Fieldset, inputClass } from './Field'
import './date.css'

interface DateParts {
  day: string
  month: string
  year: string
}

function partsOf(isoDate: string): DateParts {
  const [year = '', month = '', day = ''] = isoDate ? isoDate.split('-') : []
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year }
}

/** The years a date may have here: the dates of a Wmo request, far from both ends. */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

/**
 * Why the three boxes do not make a date: not a date at all (31 2, or letters), or a real date
 * outside FIRST_YEAR–LAST_YEAR (so that 1900 is not called "not a date", which it is).
 */
export function dateProblem({ day, month, year }: DateParts): 'notADate' | 'outOfRange' | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()]
  if (d === '' && m === '' && y === '') return undefined
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'notADate'
  const date = new Date(0)
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d))
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return 'notADate'
  if (Number(y) < FIRST_YEAR || Number(y) > LAST_YEAR) return 'outOfRange'
  return undefined
}

/** The date the three boxes make: '' when all are empty, undefined while it is not a date we accept. */
export function dateFromParts(parts: DateParts): string | undefined {
  const { day, month, year } = parts
  if (day.trim() === '' && month.trim() === '' && year.trim() === '') return ''
  if (dateProblem(parts)) return undefined
  return `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`
}

/**
 * A date as three boxes (day, month, year), the pattern GOV.UK tested with many users: it reads
 * the same in every language, unlike the browser's date picker, which follows the system's locale.
 */
export function DateField({
  label,
  hint,
  value,
  onChange,
  warning,
}: {
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  /** Said under the boxes about a date that is accepted but looks unlikely ("before the melding?"). */
  warning?: string | undefined
}) {
  const { t } = useTranslation('common')
  const id = useId()
  const [parts, setParts] = useState<DateParts>(() => partsOf(value))
  const [touched, setTouched] = useState(false)
  const result = dateFromParts(parts)
  const complete = parts.day.trim() !== '' && parts.month.trim() !== '' && parts.year.trim().length === 4
  const showError = result === undefined && (touched || complete)
  const problem = dateProblem(parts)
  const warningId = `${id}-warning`
  const shownWarning = !showError && warning ? warning : undefined

  const update = (field: keyof DateParts, text: string) => {
    const next = { ...parts, [field]: text.replace(/\D/g, '') }
    setParts(next)
    const date = dateFromParts(next)
    if (date !== undefined) onChange(date)
  }

  const box = (field: keyof DateParts, size: number) => (
    <div className="at-date__part">
      <label className="at-date__label" htmlFor={`${id}-${field}`}>
        {t(`date.${field}`)}
      </label>
      <input
        id={`${id}-${field}`}
        className={`${inputClass('short')} at-date__${field}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={size}
        value={parts[field]}
        aria-invalid={showError || undefined}
        aria-describedby={shownWarning ? warningId : undefined}
        onChange={(event) => update(field, event.target.value)}
      />
    </div>
  )

  return (
    <Fieldset
      legend={label}
      hint={`${hint ? `${hint} ` : ''}${t('date.example')}`}
      error={showError ? t(problem === 'outOfRange' ? 'date.outOfRange' : 'date.invalid') : undefined}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTouched(true)
      }}
    >
      <div className="at-date">
        {box('day', 2)}
        {box('month', 2)}
        {box('year', 4)}
      </div>
      {shownWarning && (
        <p className="at-date__warning" id={warningId}>
          {shownWarning}
        </p>
      )}
    </Fieldset>
  )
}

/** Reads a typed time: "14:30", "14.30", "1430", "9:05", "14u30", "14". */
export function parseTime(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase()
  if (trimmed === '') return ''
  const match = /^(\d{1,2})(?:\s*[:.uh]\s*|)(\d{2})?$/.exec(trimmed)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = match[2] === undefined ? 0 : Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

export function TimeField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('common')
  const [text, setText] = useState(value)
  const [touched, setTouched] = useState(false)
  const showError = parseTime(text) === undefined && touched
  return (
    <Field label={label} hint={t('time.example')} error={showError ? t('time.invalid') : undefined}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className={`${inputClass('short')} at-date__year`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onBlur={() => setTouched(true)}
          onChange={(event) => {
            setText(event.target.value)
            const time = parseTime(event.target.value)
            if (time !== undefined) onChange(time)
          }}
        />
      )}
    </Field>
  )
}
