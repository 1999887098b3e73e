import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../domain/dossier/schema'
import { chosenAreas } from '../../domain/lifeAreas'
import { headingOf, nextPosition, partsOf, previousPosition, stepsFor, validPosition, type Position } from '../../domain/steps'
import { isMarkedDone, withDone } from '../../domain/steps/state'
import { Checkbox } from '../kit/Checkboxes'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { useWords } from '../app/words'
import { stepPages, type Change } from './pages'
import { Button } from '../kit/Button'

/** One page of the preparation: its heading, its form (from stepPages), and the way on. */
export function StepPage({
  dossier,
  position: asked,
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
  const { t } = useTranslation(['flow', 'common'])
  const { read } = useWords()
  // A step that no longer applies (the carer's page after "for whom" changed) falls back to the first.
  const position = validPosition(asked, dossier)
  const offered = stepsFor(dossier)
  const onArea = position.step === 'situation' && position.part > 0
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const next = nextPosition(position, dossier)
  const previous = previousPosition(position, dossier)
  const Page = stepPages[position.step]

  return (
    <div>
      <p className="step-progress">
        {t('progress', { current: offered.findIndex((step) => step.key === position.step) + 1, total: offered.length })}
        {onArea && (
          <>
            {' · '}
            {t('situation.areaProgress', { current: position.part, total: chosenAreas(dossier).length })}
          </>
        )}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {read(headingOf(position, dossier))}
      </h1>
      <div className="step-content">
        {/* A page loaded on first use (drag-and-drop) waits here: the heading and the way on stay put. */}
        <Suspense fallback={null}>
          <Page dossier={dossier} part={position.part} change={change} goTo={(to) => goTo(to, true)} saveFirst={saveFirst} />
        </Suspense>
      </div>
      {/* On the last page of a step: the person says when it is done (nothing is required, so only they know). */}
      {position.part === partsOf(position.step, dossier) - 1 && (
        <div className="step-done">
          <Checkbox
            label={t('stepDone.label')}
            hint={t('stepDone.hint')}
            checked={isMarkedDone(position.step, dossier)}
            onChange={(done) => change('flow', { done: withDone(dossier, position.step, done) })}
          />
        </div>
      )}
      <nav className="step-nav" aria-label={t('nav.stepsLabel')}>
        {fromCheck && position.step !== 'check' && (
          <Button variant="primary" onClick={() => goTo({ step: 'check', part: 0 })}>
            {t('nav.toCheck')}
          </Button>
        )}
        {previous && (
          <Button variant="secondary" onClick={() => goTo(previous, fromCheck)}>
            {t('nav.previous')}
          </Button>
        )}
        {next && (
          <Button variant={fromCheck ? 'secondary' : 'primary'} data-step="next" onClick={() => goTo(next, fromCheck)}>
            {t('nav.next')}
          </Button>
        )}
        {!next && (
          <Button variant="primary" onClick={onClose}>
            {t('actions.backToList', { ns: 'common' })}
          </Button>
        )}
      </nav>
    </div>
  )
}
