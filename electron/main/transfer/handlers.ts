import type { HandlerGroup } from '../handlers'
import type { DossierStore } from '../dossiers/store'
import type { PlanPorts } from '../pdf/export'
import { exportDossier, type Importer } from './hand-over'

export type TransferCalls = 'dossiers.export' | 'dossiers.import'

/** The hand-over file: one dossier out to a file the person chooses, or in from one. */
export function transferHandlers(dossiers: DossierStore, importer: Importer, ports: PlanPorts): HandlerGroup<TransferCalls> {
  return {
    'dossiers.export': ({ id, passphrase }) => exportDossier(dossiers, id, passphrase, ports),
    'dossiers.import': (request) => importer.run(request),
  }
}
