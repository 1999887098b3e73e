import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DossierSummary } from '../../electron/contract'
import { dateInNetherlands } from '../../domain/deadlines/holidays'
import { agendaBetween, weekFrom, type AgendaItem } from '../../domain/desk/deadlines'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { Button } from '../kit/Button'
import { useDeskWords } from './deskWords'
import './desk.css'

/**
 * "Deze week": every deadline and talk of every client, from today through six days later, by
 * day, each with a way to open the dossier; and all of it as one calendar file.
 */
export function WeekPage({ onOpen, onBack }: { onOpen: (id: string) => void; onBack: () => void }) {
  const { t } = useTranslation(['dossiers', 'rights'])
  const words = useDeskWords()
  const [summaries, setSummaries] = useState<DossierSummary[] | null>(null)
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [status, setStatus] = useState('')
  const heading = useHeadingFocus<HTMLHeadingElement>(summaries !== null)
  const today = dateInNetherlands(new Date())
  const { from, through } = weekFrom(today)

  useEffect(() => {
    let live = true
    call('dossiers.list', undefined).then(
      (list) => live && setSummaries(list.dossiers),
      (failure) => live && setError(errorCodeOf(failure)),
    )
    return () => {
      live = false
    }
  }, [])

  const days = useMemo(() => {
    const items: { summary: DossierSummary; item: AgendaItem }[] = (summaries ?? [])
      .filter((summary) => !summary.archived && summary.desk)
      .flatMap((summary) => (summary.desk ? agendaBetween(summary.desk.dates, summary.desk.status, from, through).map((item) => ({ summary, item })) : []))
      .sort((a, b) => a.item.date.localeCompare(b.item.date) || a.summary.displayName.localeCompare(b.summary.displayName, 'nl'))
    const byDay = new Map<string, typeof items>()
    for (const entry of items) byDay.set(entry.item.date, [...(byDay.get(entry.item.date) ?? []), entry])
    return [...byDay]
  }, [summaries, from, through])
  const locked = (summaries ?? []).filter((summary) => summary.protection === 'locked' && !summary.archived).length

  const saveCalendar = async () => {
    setError(null)
    try {
      const result = await call('timeline.saveWeekCalendar', { from })
      setStatus(result.saved ? t('timeline.calendarSaved', { ns: 'rights', file: result.fileName }) : t('timeline.calendarCancelled', { ns: 'rights' }))
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }

  return (
    <>
      <Button variant="link" onClick={onBack}>
        {t('week.back')}
      </Button>
      <h1 ref={heading} tabIndex={-1}>
        {t('week.heading')}
      </h1>
      <p className="lead">{t('week.intro', { through: words.date(through, true) })}</p>
      {error && <ErrorMessage code={error} />}
      {summaries && days.length === 0 && <p>{t('week.none')}</p>}
      {days.map(([day, entries]) => (
        <section key={day} className="week-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{words.date(day, true)}</h2>
          <ul className="week-items">
            {entries.map(({ summary, item }) => {
              const name = summary.displayName || t('noName')
              const what = item.deadline ? words.deadlineTitle(item.deadline) : t('week.talk')
              return (
                <li key={`${summary.id}-${item.kind}`} className="week-item">
                  <span>
                    <strong>
                      <bdi>{name}</bdi>
                    </strong>
                    : {what}
                    {item.deadline && item.kind !== 'applyFrom' ? ` (${t('week.lastDay')})` : ''}
                  </span>
                  <Button variant="secondary" size="small" aria-label={t('openNamed', { name })} onClick={() => onOpen(summary.id)}>
                    {t('open')}
                  </Button>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      {locked > 0 && <p className="hint">{t('week.lockedNote', { count: locked })}</p>}
      {days.length > 0 && (
        <section className="panel" aria-labelledby="week-calendar-heading">
          <h2 id="week-calendar-heading">{t('week.calendar')}</h2>
          <p>{t('week.calendarHint')}</p>
          <Button variant="secondary" onClick={() => void saveCalendar()}>
            {t('week.calendar')}
          </Button>
          <p role="status" className="status-message">
            {status}
          </p>
        </section>
      )}
    </>
  )
}
