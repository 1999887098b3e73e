import { useTranslation } from 'react-i18next'
import type { Dossier, SectionName } from '../../electron/contract'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { CarerStep } from './carer/CarerStep'
import { CheckStep } from './check/CheckStep'
import { ConversationStep } from './conversation/ConversationStep'
import { DayStep } from './day/DayStep'
import { MattersStep } from './matters/MattersStep'
import { NetworkStep } from './network/NetworkStep'
import { PrioritiesStep } from './priorities/PrioritiesStep'
import { QuestionsStep } from './questions/QuestionsStep'
import { AreaPage } from './situation/AreaPage'
import { ChooseAreas } from './situation/ChooseAreas'
import { chosenAreas, nextPosition, previousPosition, stepsFor, type Position } from './steps'
import { WhoStep } from './who/WhoStep'

type Change = <S extends SectionName>(section: S, fields: Partial<Dossier[S]>) => void

export function StepPage({
  dossier,
  position,
  fromCheck,
  change,
  goTo,
  onClose,
  saveFirst,
}: {
  dossier: Dossier
  position: Position
  fromCheck: boolean
  change: Change
  goTo: (position: Position, viaCheck?: boolean) => void
  onClose: () => void
  saveFirst: () => Promise<boolean>
}) {
  const { t } = useTranslation(['flow', 'common', 'lifeAreas'])
  const steps = stepsFor(dossier)
  // A step that no longer applies (the carer's page after "for whom" changed) falls back to the first.
  const step = steps.includes(position.step) ? position.step : 'who'
  const areas = chosenAreas(dossier)
  const area = step === 'situation' && position.part > 0 ? areas[position.part - 1] : undefined
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const title = area ? t(`areas.${area}.title`, { ns: 'lifeAreas' }) : step === 'situation' ? t('situation.heading') : headingOf(step, t)
  const next = nextPosition({ step, part: area ? position.part : 0 }, dossier)
  const previous = previousPosition({ step, part: area ? position.part : 0 }, dossier)

  return (
    <div>
      <p className="step-progress">
        {t('progress', { current: steps.indexOf(step) + 1, total: steps.length })}
        {area && (
          <>
            {' · '}
            {t('situation.areaProgress', { current: position.part, total: areas.length })}
          </>
        )}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="step-content">
        {step === 'who' && <WhoStep dossier={dossier} change={(fields) => change('subject', fields)} />}
        {step === 'conversation' && <ConversationStep dossier={dossier} change={(fields) => change('conversation', fields)} />}
        {step === 'situation' && !area && <ChooseAreas dossier={dossier} change={(fields) => change('situation', fields)} />}
        {area && (
          <AreaPage
            key={area}
            dossier={dossier}
            area={area}
            change={(fields) => change('situation', fields)}
            changePriorities={(fields) => change('priorities', fields)}
          />
        )}
        {step === 'day' && <DayStep dossier={dossier} change={(fields) => change('day', fields)} />}
        {step === 'matters' && <MattersStep dossier={dossier} change={(fields) => change('matters', fields)} />}
        {step === 'network' && <NetworkStep dossier={dossier} change={(fields) => change('network', fields)} />}
        {step === 'carer' && <CarerStep dossier={dossier} change={(fields) => change('carer', fields)} />}
          {step === 'priorities' && <PrioritiesStep dossier={dossier} change={(fields) => change('priorities', fields)} />}
        {step === 'questions' && <QuestionsStep dossier={dossier} change={(fields) => change('questions', fields)} />}
        {step === 'check' && <CheckStep dossier={dossier} goTo={(to) => goTo(to, true)} saveFirst={saveFirst} />}
      </div>
      <nav className="step-nav" aria-label={t('nav.stepsLabel')}>
        {fromCheck && step !== 'check' && (
          <button type="button" className="button primary" onClick={() => goTo({ step: 'check', part: 0 })}>
            {t('nav.toCheck')}
          </button>
        )}
        {previous && (
          <button type="button" className="button secondary" onClick={() => goTo(previous, fromCheck)}>
            {t('nav.previous')}
          </button>
        )}
        {next && (
          <button type="button" className={fromCheck ? 'button secondary' : 'button primary'} onClick={() => goTo(next, fromCheck)}>
            {t('nav.next')}
          </button>
        )}
        {!next && (
          <button type="button" className="button primary" onClick={onClose}>
            {t('actions.backToList', { ns: 'common' })}
          </button>
        )}
      </nav>
    </div>
  )
}

function headingOf(step: Exclude<Position['step'], 'situation'>, t: (key: string) => string): string {
  const headings: Record<typeof step, string> = {
    who: 'who.heading',
    conversation: 'conversation.heading',
    day: 'day.heading',
    matters: 'matters.heading',
    network: 'network.heading',
    carer: 'carer.heading',
    priorities: 'priorities.heading',
    questions: 'questions.heading',
    check: 'check.heading',
  }
  return t(headings[step])
}
