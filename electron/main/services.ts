import path from 'node:path'
import type { ParsedArgs, CallValue } from '../contract/calls'
import type { CallName } from '../contract/channels'
import { DossierStore } from './dossiers/store'
import { saveCalendar, saveLetter } from './after/documents'
import { exportDossier, Importer } from './transfer/hand-over'
import { openPlanForPrinting, savePlan, type PlanPorts } from './pdf/export'
import { forgetTextCaches } from './pdf/fonts'
import type { WriteIo } from './storage/durable-file'
import { SettingsStore } from './settings/settings-store'

export type Handlers = { [K in CallName]: (args: ParsedArgs<K>) => CallValue<K> | Promise<CallValue<K>> }

export interface Services {
  handlers: Handlers
  settings: SettingsStore
  dossiers: DossierStore
}

export interface ServiceOptions {
  /** The app's data folder (Electron's userData, or a temporary folder in tests). */
  dataDir: string
  /** The disk calls of every write; tests make the disk fail here. */
  io?: WriteIo
  /** Saving and printing the plan; only Electron can show a dialog or open a program. */
  plan: PlanPorts
  /** Told after the language changed, so the main process can rebuild its menu. */
  onSettingsChanged?: (settings: ReturnType<SettingsStore['update']>) => void
}

async function removedTemporaryFiles(plan: PlanPorts): Promise<boolean> {
  try {
    await plan.removeTemporaryFiles()
    return true
  } catch (error) {
    console.warn(`[aan-tafel] print copies not removed: ${(error as Error).message}`)
    return false
  }
}

/**
 * The main process's whole service surface as one map of handlers. Electron's IPC and the test
 * bridge are two thin transports over this same map.
 */
export function createServices(options: ServiceOptions): Services {
  const settings = new SettingsStore(options.dataDir, options.io)
  const dossiers = DossierStore.open({ dir: path.join(options.dataDir, 'dossiers'), io: options.io })
  const importer = new Importer(dossiers, options.plan)
  /** Read now; called before writing what was made from the dossier (after a dialog, after rendering). */
  const guardFor = (id: string) => {
    const generation = dossiers.generation
    return () => dossiers.assertStillOpen(id, generation)
  }
  const handlers: Handlers = {
    'settings.get': () => settings.settings,
    'settings.update': (patch) => {
      const next = settings.update(patch)
      options.onSettingsChanged?.(next)
      return next
    },
    'dossiers.list': () => ({ dossiers: dossiers.list(), notices: dossiers.noticesFromOpening() }),
    'dossiers.dismissNotices': () => {
      dossiers.dismissNotices()
      return null
    },
    'dossiers.create': (input) => dossiers.create(input),
    'dossiers.read': ({ id }) => dossiers.read(id),
    'dossiers.update': ({ id, patch }) => dossiers.update(id, patch),
    'dossiers.delete': ({ id }) => {
      dossiers.delete(id)
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
    'dossiers.removePassphrase': ({ id }) => {
      dossiers.removePassphrase(id)
      return null
    },
    // Locking comes first and cannot fail; cleaning up after it may (a PDF program holding a
    // print copy open), and is then told, not thrown.
    'dossiers.lockAll': async () => {
      const locked = dossiers.lockAll()
      importer.forgetAll()
      forgetTextCaches()
      const cleanupFailed = !(await removedTemporaryFiles(options.plan))
      return { locked, cleanupFailed }
    },
    'dossiers.export': ({ id, passphrase }) => exportDossier(dossiers, id, passphrase, options.plan),
    'dossiers.import': (request) => importer.run(request),
    'app.deleteEverything': async () => {
      dossiers.lockAll()
      importer.forgetAll()
      forgetTextCaches()
      const cleanupFailed = !(await removedTemporaryFiles(options.plan))
      dossiers.deleteAll()
      settings.reset()
      options.onSettingsChanged?.(settings.settings)
      return { cleanupFailed }
    },
    'plan.save': (request) => savePlan(dossiers.read(request.id), request, options.plan, guardFor(request.id)),
    'plan.openForPrinting': (request) => openPlanForPrinting(dossiers.read(request.id), request, options.plan, guardFor(request.id)),
    'timeline.saveCalendar': ({ id }) => saveCalendar(dossiers.read(id), settings.settings.language, options.plan, new Date(), guardFor(id)),
    'letter.save': ({ id }) => saveLetter(dossiers.read(id), options.plan, new Date(), guardFor(id)),
  }
  return { handlers, settings, dossiers }
}
