import type { CallsOf, HandlerGroup } from '../handlers'
import type { DossierStore } from '../dossiers/store'
import type { PlanPorts } from '../pdf/export'
import { saveBackup, type Restorer } from './backup'
import { exportDossier, type Importer } from './hand-over'

export type TransferCalls = 'dossiers.export' | 'dossiers.import'

/** The hand-over file: one dossier out to a file the person chooses, or in from one. */
export function transferHandlers(dossiers: DossierStore, importer: Importer, ports: PlanPorts): HandlerGroup<TransferCalls> {
  return {
    'dossiers.export': ({ id, passphrase }) => exportDossier(dossiers, id, passphrase, ports),
    'dossiers.import': (request) => importer.run(request),
  }
}

/** A backup of everything: every dossier out to one encrypted file, or back in from one. */
export function backupHandlers(dossiers: DossierStore, restorer: Restorer, ports: PlanPorts): HandlerGroup<CallsOf<'backup'>> {
  return {
    'backup.save': ({ passphrase }) => saveBackup(dossiers, passphrase, ports),
    'backup.restore': (request) => restorer.run(request),
  }
}
