import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DESIGNATED_DAYS_KNOWN } from '../../domain/deadlines/holidays'
import { firstDayKeys, timelineOf, type Deadline, type DeadlineKey } from '../../domain/deadlines/timeline'
import type { Dossier } from '../../domain/dossier/schema'
import type { AfterPart } from '../after/AfterTalkPage'
import { Sourced } from '../fields/Sourced'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate } from '../app/format'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { DateField } from '../kit/DateInput'
import { Explain } from '../fields/Explain'
import type { Change } from '../steps/pages'
import { Button } from '../kit/Button'
import './timeline.css'

type Needs = 'whatMelding' | 'whatApplication' | 'whatDecision' | 'whatNotice'

/** Each step of the route, the date it needs, and where its remedy is made (a letter), if anywhere. */
const order: { key: DeadlineKey; needs: Needs; remedyPart?: AfterPart }[] = [
  { key: 'personalPlan', needs: 'whatMelding' },
  { key: 'investigation', needs: 'whatMelding' },
  { key: 'applyFrom', needs: 'whatMelding' },
  { key: 'decision', needs: 'whatApplication', remedyPart: 'late' },
  { key: 'afterNotice', needs: 'whatNotice' },
  { key: 'objection', needs: 'whatDecision', remedyPart: 'objection' },
]

/** The deadlines that follow from the person's own dates, each with what it means, its source and its remedy. */
export function TimelinePage({
  dossier,
  change,
  saveFirst,
  openAfter,
}: {
  dossier: Dossier
  change: Change
  saveFirst: () => Promise<boolean>
  openAfter: (part: AfterPart) => void
}) {
  const { t, i18n } = useTranslation(['rights', 'common', 'flow'])
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const timeline = timelineOf(dossier)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<UiErrorCode | null>(null)
  const { meldingDate } = dossier.conversation
  const { applicationDate, decisionDate, decisionPostponedTo, noticeOfDefaultReceived } = dossier.afterTalk
  const date = (value: string) => formatCalendarDate(value, i18n.language)
  const deadlineDate = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })
  const hint = (key: string) => `${t(`timeline.${key}`)} ${t('source', { ns: 'flow', source: t(`timeline.${key}Source`) })}.`

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
    const day =
      deadline.moved.reason === 'designated'
        ? t('timeline.movedDesignated')
        : deadline.moved.reason === 'holiday'
          ? t('timeline.movedHoliday', { holiday: deadline.moved.holiday })
          : t('timeline.movedWeekend')
    return t('timeline.moved', { termEnds: date(deadline.termEnds), day, rule: deadline.moved.rule })
  }

  const dateLine = (key: DeadlineKey, deadline: Deadline) =>
    t(key === 'personalPlan' ? 'timeline.atLeastUntil' : firstDayKeys.includes(key) ? 'timeline.firstDay' : 'timeline.lastDay', {
      date: deadlineDate(deadline.date),
    })

  const hasDates = Object.values(timeline).some((deadline) => deadline !== null)

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('timeline.heading')}
      </h1>
      <p className="lead">{t('timeline.intro')}</p>
      <p className="source">{t('source', { ns: 'flow', source: t('timeline.introSource') })}</p>
      <h2>{t('timeline.yourDates')}</h2>
      <DateField
        label={t('timeline.meldingDate')}
        hint={hint('meldingHint')}
        value={meldingDate}
        onChange={(value) => change('conversation', { meldingDate: value })}
      />
      <Explain term="ontvangstbevestiging" />
      <DateField
        label={t('timeline.applicationDate')}
        hint={hint('applicationHint')}
        value={applicationDate}
        onChange={(value) => change('afterTalk', { applicationDate: value })}
      />
      <Explain term="aanvraag" />
      <DateField
        label={t('timeline.postponedDate')}
        hint={hint('postponedHint')}
        value={decisionPostponedTo}
        onChange={(value) => change('afterTalk', { decisionPostponedTo: value })}
      />
      <DateField
        label={t('timeline.decisionDate')}
        hint={hint('decisionHint')}
        value={decisionDate}
        onChange={(value) => change('afterTalk', { decisionDate: value })}
      />
      <Explain term="beschikking" />
      <DateField
        label={t('timeline.noticeDate')}
        hint={hint('noticeHint')}
        value={noticeOfDefaultReceived}
        onChange={(value) => change('afterTalk', { noticeOfDefaultReceived: value })}
      />

      <h2>{t('timeline.deadlinesHeading')}</h2>
      {error && <ErrorMessage code={error} />}
      <ol className="timeline">
        {order.map(({ key, needs, remedyPart }) => {
          const deadline = timeline[key]
          return (
            <li key={key} className={deadline ? 'deadline' : 'deadline open'}>
              <h3>{t(`timeline.items.${key}.title`)}</h3>
              {deadline ? (
                <>
                  <p className="deadline-date">{dateLine(key, deadline)}</p>
                  {deadline.moved && <p className="moved">{explainMove(deadline)}</p>}
                  {deadline.designatedUnknown && (
                    <Sourced source={t('timeline.yearUnknownSource')}>{t('timeline.yearUnknown', { year: DESIGNATED_DAYS_KNOWN.through })}</Sourced>
                  )}
                </>
              ) : (
                <p className="not-answered">{t('timeline.open', { what: t(`timeline.${needs}`) })}</p>
              )}
              <Sourced source={t(`timeline.items.${key}.source`)}>{t(`timeline.items.${key}.meaning`)}</Sourced>
              <div className="remedy">
                <h4>{t('timeline.remedyHeading')}</h4>
                <Sourced source={t(`timeline.items.${key}.remedySource`)}>{t(`timeline.items.${key}.remedy`)}</Sourced>
                {remedyPart && (
                  <Button variant="link" onClick={() => openAfter(remedyPart)}>
                    {t(`timeline.items.${key}.remedyAction`)}
                  </Button>
                )}
              </div>
            </li>
          )
        })}
      </ol>
      <Sourced source={t('timeline.disclaimerSource')}>
        {t('timeline.disclaimer', { from: DESIGNATED_DAYS_KNOWN.from, through: DESIGNATED_DAYS_KNOWN.through })}
      </Sourced>
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
