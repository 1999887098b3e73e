import { lazy, type ReactNode } from 'react'
import type { Dossier, SectionName } from '../../domain/dossier/schema'
import { chosenAreas } from '../../domain/lifeAreas'
import type { Position, StepKey } from '../../domain/steps'
import { CarerStep } from './carer/CarerStep'
import { CheckStep } from './check/CheckStep'
import { ConversationStep } from './conversation/ConversationStep'
import { DayStep } from './day/DayStep'
import { MattersStep } from './matters/MattersStep'
import { CareAndCosts } from './network/CareAndCosts'
import { NetworkStep } from './network/NetworkStep'
import { AreaPage } from './situation/AreaPage'
import { ChooseAreas } from './situation/ChooseAreas'
import { WhoStep } from './who/WhoStep'

// Drag-and-drop is only on these pages: its code loads when one is first opened (the root's
// Suspense covers the moment it takes), which keeps the first screen small.
const PrioritiesStep = lazy(() => import('./priorities/PrioritiesStep').then((module) => ({ default: module.PrioritiesStep })))
const QuestionsStep = lazy(() => import('./questions/QuestionsStep').then((module) => ({ default: module.QuestionsStep })))

export type Change = <S extends SectionName>(section: S, fields: Partial<Dossier[S]>) => void

export interface StepPageProps {
  dossier: Dossier
  part: number
  change: Change
  /** To another page; from the check page, "change" links come back to it. */
  goTo: (position: Position) => void
  saveFirst: () => Promise<boolean>
}

/**
 * The page of each step of domain/steps. A Record over every StepKey: a step added there without
 * its page here does not compile.
 */
export const stepPages: Record<StepKey, (props: StepPageProps) => ReactNode> = {
  who: ({ dossier, change }) => <WhoStep dossier={dossier} change={(fields) => change('subject', fields)} />,
  conversation: ({ dossier, change }) => <ConversationStep dossier={dossier} change={(fields) => change('conversation', fields)} />,
  situation: ({ dossier, part, change }) => {
    const area = chosenAreas(dossier)[part - 1]
    if (!area) return <ChooseAreas dossier={dossier} change={(fields) => change('situation', fields)} />
    return (
      <AreaPage
        key={area}
        dossier={dossier}
        area={area}
        change={(fields) => change('situation', fields)}
        changePriorities={(fields) => change('priorities', fields)}
      />
    )
  },
  day: ({ dossier, change }) => <DayStep dossier={dossier} change={(fields) => change('day', fields)} />,
  matters: ({ dossier, change }) => <MattersStep dossier={dossier} change={(fields) => change('matters', fields)} />,
  network: ({ dossier, part, change }) =>
    part === 1 ? (
      <CareAndCosts dossier={dossier} change={(fields) => change('network', fields)} />
    ) : (
      <NetworkStep dossier={dossier} change={(fields) => change('network', fields)} />
    ),
  carer: ({ dossier, part, change, saveFirst }) => (
    <CarerStep dossier={dossier} part={part} change={(fields) => change('carer', fields)} saveFirst={saveFirst} />
  ),
  priorities: ({ dossier, change }) => <PrioritiesStep dossier={dossier} change={(fields) => change('priorities', fields)} />,
  questions: ({ dossier, change }) => <QuestionsStep dossier={dossier} change={(fields) => change('questions', fields)} />,
  check: ({ dossier, goTo, saveFirst }) => <CheckStep dossier={dossier} goTo={goTo} saveFirst={saveFirst} />,
}
