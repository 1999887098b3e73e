import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../domain/dossier/schema'
import { timelineOf } from '../../domain/deadlines/timeline'
import { formatCalendarDate } from '../app/format'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { DateField } from '../kit/DateInput'
import { Explain } from '../fields/Explain'
import { Radios } from '../kit/Radios'
import { TextField } from '../kit/TextField'
import type { Change } from '../steps/pages'
import { reportItems } from '../../domain/steps'
import { useWords } from '../app/words'
import { Button } from '../kit/Button'
import { DecisionPart } from './DecisionPart'
import { LatePart } from './LatePart'
import { ObjectionPart } from './ObjectionPart'
import { ReportSigning } from './ReportSigning'
import { SaveLetter } from './SaveLetter'
import './after.css'

/** The remedy path after the conversation, in the order it happens. */
export const afterParts = ['agreed', 'report', 'letter', 'late', 'decision', 'objection'] as const
export type AfterPart = (typeof afterParts)[number]
const parts = afterParts
type Check = Dossier['afterTalk']['reportChecks'][string]

/**
 * After the conversation: what was agreed, checking the report point by point (and how to sign
 * it), the letter on the report, waiting for the decision (the ingebrekestelling), checking the
 * decision, and objecting.
 */
export function AfterTalkPage({
  dossier,
  part,
  change,
  saveFirst,
  goTo,
  openTimeline,
}: {
  dossier: Dossier
  part: number
  change: Change
  saveFirst: () => Promise<boolean>
  goTo: (part: number) => void
  openTimeline: () => void
}) {
  const { t } = useTranslation(['after', 'flow', 'lifeAreas'])
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const page = parts[part] ?? 'agreed'
  const { afterTalk } = dossier
  const setAfter = (fields: Partial<Dossier['afterTalk']>) => change('afterTalk', fields)
  const { read } = useWords()
  const items = reportItems(dossier).map((item) => ({ id: item.id, label: read(item.label) }))
  const points = items.filter((item) => ['partly', 'no'].includes(afterTalk.reportChecks[item.id]?.status ?? ''))

  return (
    <>
      <p className="step-progress">{t('progress', { current: part + 1, total: parts.length })}</p>
      <h1 ref={heading} tabIndex={-1}>
        {t(`pages.${page}`)}
      </h1>
      {page === 'agreed' && (
        <>
          <p className="lead">{t('agreed.intro')}</p>
          <TextField label={t('agreed.agreed')} hint={t('agreed.agreedHint')} value={afterTalk.agreed} multiline onChange={(agreed) => setAfter({ agreed })} />
          <TextField
            label={t('agreed.notAgreed')}
            hint={t('agreed.notAgreedHint')}
            value={afterTalk.notAgreed}
            multiline
            onChange={(notAgreed) => setAfter({ notAgreed })}
          />
          <TextField
            label={t('agreed.professional')}
            value={dossier.conversation.professional}
            width="medium"
            onChange={(professional) => change('conversation', { professional })}
          />
          <DateField
            label={t('agreed.reportExpected')}
            hint={t('agreed.reportExpectedHint')}
            value={afterTalk.reportExpected}
            onChange={(reportExpected) => setAfter({ reportExpected })}
          />
          <Explain term="verslag" />
        </>
      )}
      {page === 'report' && (
        <>
          <p className="lead">{t('report.intro')}</p>
          <DateField label={t('report.received')} value={afterTalk.reportReceivedDate} onChange={(reportReceivedDate) => setAfter({ reportReceivedDate })} />
          <DateField label={t('report.reportDate')} value={afterTalk.reportDate} onChange={(reportDate) => setAfter({ reportDate })} />
          <ReportSigning afterTalk={afterTalk} setAfter={setAfter} />
          <h2>{t('report.checksHeading')}</h2>
          {items.length === 0 ? (
            <p>{t('report.noItems')}</p>
          ) : (
            <>
              <p className="hint">{t('report.checksHint')}</p>
              {items.map((item) => {
                const check: Check = afterTalk.reportChecks[item.id] ?? { status: null, note: '' }
                const setCheck = (fields: Partial<Check>) => setAfter({ reportChecks: { ...afterTalk.reportChecks, [item.id]: { ...check, ...fields } } })
                return (
                  <div key={item.id} className="report-check">
                    <Radios
                      legend={item.label}
                      inline
                      options={[
                        { value: 'yes', label: t('report.yes') },
                        { value: 'partly', label: t('report.partly') },
                        { value: 'no', label: t('report.no') },
                      ]}
                      value={check.status}
                      onChange={(status) => setCheck({ status })}
                      onClear={() => setCheck({ status: null })}
                    />
                    {(check.status === 'partly' || check.status === 'no' || check.note !== '') && (
                      <TextField label={t('report.note')} value={check.note} multiline rows={2} maxLength={5000} onChange={(note) => setCheck({ note })} />
                    )}
                  </div>
                )
              })}
            </>
          )}
          <TextField
            label={t('report.missingOrWrong')}
            value={afterTalk.missingOrWrong}
            multiline
            onChange={(missingOrWrong) => setAfter({ missingOrWrong })}
          />
        </>
      )}
      {page === 'letter' && <LetterPart dossier={dossier} points={points.length} saveFirst={saveFirst} openTimeline={openTimeline} />}
      {page === 'late' && <LatePart dossier={dossier} setAfter={setAfter} saveFirst={saveFirst} />}
      {page === 'decision' && <DecisionPart dossier={dossier} setAfter={setAfter} />}
      {page === 'objection' && <ObjectionPart dossier={dossier} setAfter={setAfter} saveFirst={saveFirst} />}
      <nav className="step-nav" aria-label={t('nav.stepsLabel', { ns: 'flow' })}>
        {part > 0 && (
          <Button variant="secondary" onClick={() => goTo(part - 1)}>
            {t('nav.previous', { ns: 'flow' })}
          </Button>
        )}
        {part < parts.length - 1 && (
          <Button variant="primary" onClick={() => goTo(part + 1)}>
            {t('nav.next', { ns: 'flow' })}
          </Button>
        )}
      </nav>
    </>
  )
}

function LetterPart({
  dossier,
  points,
  saveFirst,
  openTimeline,
}: {
  dossier: Dossier
  points: number
  saveFirst: () => Promise<boolean>
  openTimeline: () => void
}) {
  const { t, i18n } = useTranslation(['after', 'rights', 'flow'])
  const hasContent = points > 0 || dossier.afterTalk.missingOrWrong.trim() !== ''
  const timeline = timelineOf(dossier)
  const date = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })
  const nextSteps: { text: string; source?: string }[] = [
    { text: t('letter.nextApply') },
    ...(timeline.applyFrom ? [{ text: t('letter.nextApplyFrom', { date: date(timeline.applyFrom.date) }), source: t('letter.nextApplyFromSource') }] : []),
    timeline.decision
      ? { text: t('letter.nextDecision', { date: date(timeline.decision.date) }), source: t('letter.nextDecisionSource') }
      : { text: t('letter.nextDecisionOpen'), source: t('letter.nextDecisionOpenSource') },
    timeline.objection
      ? { text: t('letter.nextObjection', { date: date(timeline.objection.date) }), source: t('letter.nextObjectionSource') }
      : { text: t('letter.nextObjectionOpen'), source: t('letter.nextObjectionOpenSource') },
  ]

  return (
    <>
      <p className="lead">{t('letter.intro')}</p>
      <p>{hasContent ? t('letter.points', { count: points + (dossier.afterTalk.missingOrWrong.trim() !== '' ? 1 : 0) }) : t('letter.noPoints')}</p>
      <SaveLetter id={dossier.id} kind="report" label={t('letter.make')} saveFirst={saveFirst} />
      <h2>{t('letter.nextHeading')}</h2>
      <ul className="next-steps">
        {nextSteps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.source && <span className="source"> {t('source', { ns: 'flow', source: step.source })}</span>}
          </li>
        ))}
      </ul>
      <p>
        <Button variant="link" onClick={openTimeline}>
          {t('nav.timeline', { ns: 'rights' })}
        </Button>
      </p>
    </>
  )
}
