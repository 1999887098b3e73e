import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../kit/Button'

export interface SummaryRow {
  key: string
  label: string
  /** Empty (or only white space) is shown as "not filled in yet", never as an error. */
  value: ReactNode
}

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '')

/** One page's answers with a "change" link that goes back to that page (GOV.UK's check answers pattern). */
export function SummarySection({ heading, rows, onChange }: { heading: string; rows: SummaryRow[]; onChange: () => void }) {
  const { t } = useTranslation('flow')
  return (
    <section className="summary-section" aria-label={heading}>
      <div className="summary-heading">
        <h2>{heading}</h2>
        <Button variant="link" aria-label={t('check.changeNamed', { what: heading })} onClick={onChange}>
          {t('check.change')}
        </Button>
      </div>
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.key} className="summary-row">
            <dt>{row.label}</dt>
            <dd className={isEmpty(row.value) ? 'not-answered' : 'answer'}>{isEmpty(row.value) ? t('notAnswered') : row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
