import { useTranslation } from 'react-i18next'
import { dateInNetherlands } from '../../domain/deadlines/holidays'
import { noticeOfDefaultFrom, timelineOf } from '../../domain/deadlines/timeline'
import type { Dossier } from '../../domain/dossier/schema'
import { formatCalendarDate } from '../app/format'
import { Explain } from '../fields/Explain'
import { DateField } from '../kit/DateInput'
import { Sourced } from '../fields/Sourced'
import { SaveLetter } from './SaveLetter'

type AfterTalk = Dossier['afterTalk']

/**
 * Waiting for the decision: until when the municipality has, and once that has passed (and only
 * then), the ingebrekestelling, with what the dwangsom means and how to send the letter.
 */
export function LatePart({
  dossier,
  setAfter,
  saveFirst,
}: {
  dossier: Dossier
  setAfter: (fields: Partial<AfterTalk>) => void
  saveFirst: () => Promise<boolean>
}) {
  const { t, i18n } = useTranslation(['after', 'rights'])
  const { afterTalk } = dossier
  const deadline = timelineOf(dossier).decision
  const from = noticeOfDefaultFrom(timelineOf(dossier))
  const today = dateInNetherlands(new Date())
  const date = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })
  const withSource = (hint: string, source: string) => `${hint} ${t('source', { ns: 'flow', source })}.`
  const passed = afterTalk.decisionDate === '' && deadline !== null && from !== null && today >= from

  return (
    <>
      <Sourced source={t('late.introSource')}>{t('late.intro')}</Sourced>
      <DateField
        label={t('timeline.applicationDate', { ns: 'rights' })}
        hint={withSource(t('timeline.applicationHint', { ns: 'rights' }), t('timeline.applicationHintSource', { ns: 'rights' }))}
        value={afterTalk.applicationDate}
        onChange={(applicationDate) => setAfter({ applicationDate })}
      />
      <DateField
        label={t('timeline.postponedDate', { ns: 'rights' })}
        hint={withSource(t('timeline.postponedHint', { ns: 'rights' }), t('timeline.postponedHintSource', { ns: 'rights' }))}
        value={afterTalk.decisionPostponedTo}
        onChange={(decisionPostponedTo) => setAfter({ decisionPostponedTo })}
      />
      <Sourced source={t('late.suspendedSource')}>{t('late.suspended')}</Sourced>

      <div className="late-state">
        {afterTalk.decisionDate !== '' ? (
          <p>{t('late.decided')}</p>
        ) : deadline === null || from === null ? (
          <p className="not-answered">{t('late.noApplication')}</p>
        ) : passed ? (
          <Sourced source={t('late.passedSource')}>{t('late.passed', { date: date(deadline.date) })}</Sourced>
        ) : (
          <Sourced source={t('late.notYetSource')}>{t('late.notYet', { date: date(deadline.date), from: date(from) })}</Sourced>
        )}
      </div>
      <Explain term="ingebrekestelling" />

      <h2>{t('late.dwangsomHeading')}</h2>
      <Sourced source={t('late.dwangsomSource')}>{t('late.dwangsom')}</Sourced>
      <Explain term="dwangsom" />

      {passed && (
        <>
          <SaveLetter id={dossier.id} kind="noticeOfDefault" label={t('late.make')} saveFirst={saveFirst} />
          <h2>{t('late.sendHeading')}</h2>
          <p>{t('late.send')}</p>
          <DateField
            label={t('late.received')}
            hint={t('late.receivedHint')}
            value={afterTalk.noticeOfDefaultReceived}
            onChange={(noticeOfDefaultReceived) => setAfter({ noticeOfDefaultReceived })}
          />
        </>
      )}
    </>
  )
}
