import type { CallsOf, HandlerGroup } from '../handlers'
import type { TransferCalls } from '../transfer/handlers'
import type { DossierStore } from './store'

/**
 * Reading, changing, protecting and locking dossiers. `afterLock` forgets what else holds a
 * person's details (files waiting to be imported, cached text, print copies) and says whether that
 * cleanup worked; locking itself comes first and cannot fail.
 */
/** The hand-over file's two calls are the transfer feature's (transfer/handlers.ts). */
export type DossierCalls = Exclude<CallsOf<'dossiers'>, TransferCalls>

export function dossierHandlers(dossiers: DossierStore, afterLock: () => Promise<boolean>): HandlerGroup<DossierCalls> {
  return {
    'dossiers.list': () => ({ dossiers: dossiers.list(), notices: dossiers.noticesFromOpening() }),
    'dossiers.dismissNotices': () => {
      dossiers.dismissNotices()
      return null
    },
    'dossiers.create': (input) => dossiers.create(input),
    'dossiers.read': ({ id }) => dossiers.read(id),
    'dossiers.update': ({ id, patch }) => dossiers.update(id, patch),
    'dossiers.delete': async ({ id }) => {
      await dossiers.delete(id)
      return null
    },
    'dossiers.duplicate': ({ id }) => dossiers.duplicate(id),
    'dossiers.unlock': async ({ id, passphrase }) => {
      await dossiers.unlock(id, passphrase)
      return null
    },
    'dossiers.setPassphrase': async ({ id, passphrase }) => {
      await dossiers.setPassphrase(id, passphrase)
      return null
    },
    'dossiers.removePassphrase': async ({ id }) => {
      await dossiers.removePassphrase(id)
      return null
    },
    'dossiers.lockAll': async () => {
      const locked = dossiers.lockAll()
      const cleanupFailed = !(await afterLock())
      return { locked, cleanupFailed }
    },
  }
}
