import type { Dossier } from '../../../domain/dossier/schema'
import { carerPageOf } from '../../../domain/steps/carer'
import { CarerPartPage } from './CarerPartPage'
import { CarersOverview } from './CarersOverview'
import { OwnConversation } from './OwnConversation'
import './carer.css'

export type CarerChange = (fields: Partial<Dossier['carer']>) => void

/** "Zorgen voor een ander": who cares (page 0), each carer's own part, then their own conversation. */
export function CarerStep({ dossier, part, change, saveFirst }: { dossier: Dossier; part: number; change: CarerChange; saveFirst: () => Promise<boolean> }) {
  const page = carerPageOf(dossier, part)
  if (page.kind === 'carer') return <CarerPartPage key={page.carer.id} dossier={dossier} carer={page.carer} change={change} />
  if (page.kind === 'conversation') return <OwnConversation dossier={dossier} change={change} saveFirst={saveFirst} />
  return <CarersOverview dossier={dossier} change={change} />
}
