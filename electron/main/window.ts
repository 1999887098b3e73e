import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Rectangle } from 'electron'
import type { WindowBounds } from './settings/settings-store'

const DEFAULT_SIZE = { width: 1100, height: 800 }
const MIN_SIZE = { minWidth: 480, minHeight: 400 }

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_SIZE,
    ...MIN_SIZE,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from the internet on Windows and Linux.
      spellcheck: false,
    },
  }
}

/** The saved bounds, if at least part of the window would be on a screen that exists now. */
export function boundsToRestore(saved: WindowBounds | undefined, workAreas: Rectangle[]): WindowBounds | undefined {
  if (!saved) return undefined
  const visible = workAreas.some(
    (area) =>
      saved.x < area.x + area.width - 50 && saved.x + saved.width > area.x + 50 && saved.y < area.y + area.height - 50 && saved.y + saved.height > area.y,
  )
  return visible ? saved : undefined
}

export function createMainWindow(options: {
  preloadPath: string
  savedBounds?: WindowBounds | undefined
  onBoundsChanged: (bounds: WindowBounds) => void
}): BrowserWindow {
  const restore = boundsToRestore(
    options.savedBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...secureWindowOptions(options.preloadPath),
    ...(restore && { x: restore.x, y: restore.y, width: restore.width, height: restore.height }),
  })
  if (restore?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return
    const bounds = window.getNormalBounds()
    options.onBoundsChanged({ ...bounds, maximized: window.isMaximized() })
  }
  window.on('resized', remember)
  window.on('moved', remember)
  window.on('maximize', remember)
  window.on('unmaximize', remember)
  window.on('close', remember)
  return window
}
