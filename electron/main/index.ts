// The Electron entry point: wires the services to a window. Everything here is thin glue;
// the behaviour lives in modules that run and are tested without Electron.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron'
import { createMainI18n } from './i18n'
import { hardenContents, hardenSession } from './harden'
import { isTrustedSender, registerIpc } from './ipc'
import { contextMenuTemplate, menuTemplate } from './menu'
import { registerAppProtocol } from './protocol'
import { APP_ORIGIN, APP_SCHEME } from './security'
import { createServices, type Services } from './services'
import { PdfWorker } from './pdf/worker-client'
import { electronPlanPorts, printDirOf } from './plan-ports'
import { removeLegacyPrintCopies, removePrintCopies } from './pdf/print-copies'
import { eventChannelOf } from '../contract/channels'
import { startupFailureText } from './startup'
import { createMainWindow } from './window'
import { listenForOpenedFiles } from './file-opening'
import { OpenedFiles } from './transfer/opened-files'
import type { Language } from '../contract/settings'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererDir = path.join(here, '../renderer')
const preloadPath = path.join(here, '../preload/index.cjs')
// Set by electron-vite only in development, for Vite's dev server with hot reload.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

let language: Language = 'nl'
/** Hand-over files the operating system asked us to open; filled from the very start, before `ready`. */
const openedFiles = new OpenedFiles()

function setMenu(chosen: Language): void {
  language = chosen
  const t = createMainI18n(language).t
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, { isMac: process.platform === 'darwin', appName: app.getName() })))
}

/** Copies made for printing are readable whatever a dossier's lock: they go at start and at the end. */
function removeOwnPrintCopies(printDir: string): void {
  removeLegacyPrintCopies(os.tmpdir(), process.getuid?.())
  try {
    removePrintCopies(printDir)
  } catch (error) {
    console.warn(`[aan-tafel] ${(error as Error).message}`)
  }
}

/** The renderer stores what was just typed and locks; if it does not answer soon, locking happens anyway. */
const LOCK_GRACE_MS = 1_000

function start(): void {
  const dataDir = app.getPath('userData')
  const printDir = printDirOf(dataDir)
  removeOwnPrintCopies(printDir)
  app.on('will-quit', () => removeOwnPrintCopies(printDir))
  const fontsDir = path.join(app.getAppPath(), 'assets/fonts')
  // Its own thread, warmed up once the window shows: the first plan is then as quick as the tenth.
  const pdf = new PdfWorker({ fontsDir, workerFile: path.join(here, 'pdf-worker.js') })
  app.on('will-quit', () => void pdf.close())
  let services: Services
  try {
    services = createServices({
      dataDir,
      plan: electronPlanPorts(pdf, printDir, (kind) => createMainI18n(language).t(`${kind}Filter`, { ns: 'menu' })),
      onSettingsChanged: (settings) => setMenu(settings.language),
      openedFiles,
    })
  } catch (error) {
    // Only a data folder that cannot be listed or made gets here: say where it is, change nothing.
    const text = startupFailureText(createMainI18n(language).t, dataDir, error)
    dialog.showErrorBox(text.title, text.message)
    app.quit()
    return
  }
  // When the computer's screen locks or it goes to sleep, dossiers with a passphrase lock too
  // (unless the person chose never to lock them automatically).
  const lockWithTheComputer = () => {
    if (services.settings.settings.autoLockMinutes === 0) return
    const tell = (event: 'lockRequested' | 'locked') => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannelOf(event))
    }
    tell('lockRequested')
    setTimeout(() => {
      void Promise.resolve(services.handlers['dossiers.lockAll'](undefined)).then(({ locked }) => locked > 0 && tell('locked'))
    }, LOCK_GRACE_MS)
  }
  // Saves are asynchronous: the app quits only once the last one (and the list's index) is on disk.
  let flushed = false
  app.on('will-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void services.dossiers.flush().finally(() => {
      flushed = true
      app.quit()
    })
  })
  powerMonitor.on('lock-screen', lockWithTheComputer)
  powerMonitor.on('suspend', lockWithTheComputer)
  registerAppProtocol(protocol, rendererDir)
  hardenSession(session.defaultSession, devServerUrl)
  registerIpc(ipcMain, services.handlers, (event) => isTrustedSender(event, devServerUrl))
  setMenu(services.settings.settings.language)

  const window = createMainWindow({
    preloadPath,
    savedBounds: services.settings.windowBounds,
    onBoundsChanged: (bounds) => {
      services.settings.windowBounds = bounds
    },
  })
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  window.once('ready-to-show', () => void pdf.warmUp())
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const bringForward = () => {
    const [window] = BrowserWindow.getAllWindows()
    if (!window) return undefined
    if (window.isMinimized()) window.restore()
    window.focus()
    return window
  }
  app.on('second-instance', bringForward)
  // A double-clicked hand-over file goes to the import flow of this (the running) instance.
  listenForOpenedFiles(app, openedFiles, { argv: process.argv, workingDirectory: process.cwd() }, () => {
    bringForward()?.webContents.send(eventChannelOf('fileOpened'))
  })
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, devServerUrl)
    contents.on('context-menu', (_menuEvent, params) => {
      Menu.buildFromTemplate(contextMenuTemplate(createMainI18n(language).t, { isEditable: params.isEditable, ...params.editFlags })).popup()
    })
  })
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(start)
}
