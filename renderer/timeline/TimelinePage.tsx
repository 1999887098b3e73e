import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { timelineOf, type Deadline, type DeadlineKey } from '../../domain/deadlines/timeline'
import type { Dossier } from '../../domain/dossier/schema'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate } from '../app/format'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { DateField } from '../kit/DateInput'
import { Explain } from '../fields/Explain'
import type { Change } from '../steps/pages'
import { Button } from '../kit/Button'
import './timeline.css'

const order: { key: DeadlineKey; needs: 'whatMelding' | 'whatApplication' | 'whatDecision' }[] = [
  { key: 'personalPlan', needs: 'whatMelding' },
  { key: 'investigation', needs: 'whatMelding' },
  { key: 'applyFrom', needs: 'whatMelding' },
  { key: 'decision', needs: 'whatApplication' },
  { key: 'objection', needs: 'whatDecision' },
]

/** The deadlines that follow from the person's own dates, each with what it means and its article. */
export function TimelinePage({ dossier, change, saveFirst }: { dossier: Dossier; change: Change; saveFirst: () => Promise<boolean> }) {
  const { t, i18n } = useTranslation(['rights', 'common'])
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const timeline = timelineOf(dossier)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<UiErrorCode | null>(null)
  const { meldingDate } = dossier.conversation
  const { applicationDate, decisionDate } = dossier.afterTalk
  const date = (value: string) => formatCalendarDate(value, i18n.language)
  const deadlineDate = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })

  const saveCalendar = async () => {
    setError(null)
    try {
      await afterSaving(saveFirst)
      const result = await call('timeline.saveCalendar', { id: dossier.id })
      setStatus(result.saved ? t('timeline.calendarSaved', { file: result.fileName }) : t('timeline.calendarCancelled'))
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }

  const explainMove = (deadline: Deadline) => {
    if (!deadline.moved) return null
    if (deadline.moved.reason === 'twoWorkingDays') {
      return t('timeline.movedTwoDays', { termEnds: date(deadline.termEnds), date: date(deadline.date), rule: deadline.moved.rule })
    }
    const day = deadline.moved.reason === 'holiday' ? t('timeline.movedHoliday', { holiday: deadline.moved.holiday }) : t('timeline.movedWeekend')
    return t('timeline.moved', { termEnds: date(deadline.termEnds), day, rule: deadline.moved.rule })
  }

  const hasDates = Object.values(timeline).some((deadline) => deadline !== null)

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('timeline.heading')}
      </h1>
      <p className="lead">{t('timeline.intro')}</p>
      <h2>{t('timeline.yourDates')}</h2>
      <DateField
        label={t('timeline.meldingDate')}
        hint={t('timeline.meldingHint')}
        value={meldingDate}
        onChange={(value) => change('conversation', { meldingDate: value })}
      />
      <Explain term="melding" />
      <DateField
        label={t('timeline.applicationDate')}
        hint={t('timeline.applicationHint')}
        value={applicationDate}
        onChange={(value) => change('afterTalk', { applicationDate: value })}
      />
      <Explain term="aanvraag" />
      <DateField
        label={t('timeline.decisionDate')}
        hint={t('timeline.decisionHint')}
        value={decisionDate}
        onChange={(value) => change('afterTalk', { decisionDate: value })}
      />
      <Explain term="beschikking" />

      <h2>{t('timeline.deadlinesHeading')}</h2>
      {error && <ErrorMessage code={error} />}
      <ol className="timeline">
        {order.map(({ key, needs }) => {
          const deadline = timeline[key]
          return (
            <li key={key} className={deadline ? 'deadline' : 'deadline open'}>
              <h3>{t(`timeline.items.${key}.title`)}</h3>
              {deadline ? (
                <>
                  <p className="deadline-date">{t(key === 'applyFrom' ? 'timeline.firstDay' : 'timeline.lastDay', { date: deadlineDate(deadline.date) })}</p>
                  <p>{t(`timeline.items.${key}.meaning`)}</p>
                  {deadline.moved && <p className="moved">{explainMove(deadline)}</p>}
                  <p className="source">{t('timeline.source', { sources: deadline.sources.join(', ') })}</p>
                </>
              ) : (
                <p className="not-answered">{t('timeline.open', { what: t(`timeline.${needs}`) })}</p>
              )}
            </li>
          )
        })}
      </ol>
      <p className="hint">{t('timeline.disclaimer')}</p>
      <section className="panel" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('timeline.calendar')}</h2>
        <p>{hasDates ? t('timeline.calendarHint') : t('timeline.calendarNone')}</p>
        <Button variant="secondary" aria-disabled={!hasDates || undefined} onClick={() => hasDates && void saveCalendar()}>
          {t('timeline.calendar')}
        </Button>
        <p role="status" className="status-message">
          {status}
        </p>
      </section>
    </>
  )
}
