import type { DossierStore } from '../dossiers/store'
import type { CallsOf, HandlerGroup } from '../handlers'
import { openPlanForPrinting, savePlan, type PlanPorts } from './export'

/**
 * Making the plan. `guardFor(id)` is read when the call starts and run before anything is written:
 * a dossier that locked meanwhile (while the save dialog was open) is not written out readable.
 */
export function planHandlers(dossiers: DossierStore, ports: PlanPorts, guardFor: (id: string) => () => void): HandlerGroup<CallsOf<'plan'>> {
  return {
    'plan.save': (request) => savePlan(dossiers.read(request.id), request, ports, guardFor(request.id)),
    'plan.openForPrinting': (request) => openPlanForPrinting(dossiers.read(request.id), request, ports, guardFor(request.id)),
  }
}
