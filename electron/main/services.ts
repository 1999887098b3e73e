import path from 'node:path'
import type { Settings } from '../contract/settings'
import { afterHandlers } from './after/handlers'
import { dossierHandlers } from './dossiers/handlers'
import { DossierStore } from './dossiers/store'
import type { HandlerGroup, Handlers } from './handlers'
import type { PlanPorts } from './pdf/export'
import { planHandlers } from './pdf/handlers'
import { settingsHandlers } from './settings/handlers'
import { SettingsStore } from './settings/settings-store'
import type { WriteIo } from './storage/durable-file'
import { Importer } from './transfer/hand-over'
import { Restorer } from './transfer/backup'
import { OpenedFiles } from './transfer/opened-files'
import { backupHandlers, transferHandlers } from './transfer/handlers'

export type { Handlers } from './handlers'

export interface Services {
  handlers: Handlers
  settings: SettingsStore
  dossiers: DossierStore
  /** Hand-over files the operating system asked the app to open, waiting for the import flow. */
  openedFiles: OpenedFiles
}

export interface ServiceOptions {
  /** The app's data folder (Electron's userData, or a temporary folder in tests). */
  dataDir: string
  /** The disk calls of every write; tests make the disk fail here. */
  io?: WriteIo | undefined
  /** Saving and printing the plan; only Electron can show a dialog or open a program. */
  plan: PlanPorts
  /** Told after the language changed, so the main process can rebuild its menu. */
  onSettingsChanged?: (settings: Settings) => void
  /** Filled by Electron's glue from the command line and macOS's `open-file`, possibly before the services exist. */
  openedFiles?: OpenedFiles | undefined
}

/**
 * The main process's whole service surface as one map of handlers, composed from each feature's
 * group. Electron's IPC and the test bridge are two thin transports over this same map.
 */
export function createServices(options: ServiceOptions): Services {
  const settings = new SettingsStore(options.dataDir, options.io)
  const dossiers = DossierStore.open({ dir: path.join(options.dataDir, 'dossiers'), io: options.io })
  const openedFiles = options.openedFiles ?? new OpenedFiles()
  const importer = new Importer(dossiers, options.plan, Date.now, openedFiles)
  const restorer = new Restorer(dossiers, options.plan)

  /** After locking: forget everything else that holds a person's details; false when a print copy stayed. */
  const forgetAfterLock = async (): Promise<boolean> => {
    importer.forgetAll()
    restorer.forgetAll()
    options.plan.pdf.forget()
    try {
      await options.plan.removeTemporaryFiles()
      return true
    } catch (error) {
      console.warn(`[aan-tafel] print copies not removed: ${(error as Error).message}`)
      return false
    }
  }
  /** Read now; called before writing what was made from the dossier (after a dialog, after rendering). */
  const guardFor = (id: string) => {
    const generation = dossiers.generation
    return () => dossiers.assertStillOpen(id, generation)
  }
  const app: HandlerGroup<'app.deleteEverything'> = {
    'app.deleteEverything': async () => {
      dossiers.lockAll()
      const cleanupFailed = !(await forgetAfterLock())
      dossiers.deleteAll()
      openedFiles.clear()
      settings.reset()
      options.onSettingsChanged?.(settings.settings)
      return { cleanupFailed }
    },
  }

  const handlers: Handlers = {
    ...settingsHandlers(settings, options.onSettingsChanged),
    ...dossierHandlers(dossiers, forgetAfterLock),
    ...transferHandlers(dossiers, importer, options.plan),
    ...backupHandlers(dossiers, restorer, options.plan),
    ...planHandlers(dossiers, options.plan, guardFor),
    ...afterHandlers(dossiers, settings, options.plan, guardFor),
    ...app,
  }
  return { handlers, settings, dossiers, openedFiles }
}
