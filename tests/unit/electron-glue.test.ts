import { beforeEach, describe, expect, it, vi } from 'vitest'

// Electron's own API cannot run here; everything around it is the real code.
const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = []
    handlers = new Map<string, () => void>()
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this)
    }
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler)
      return this
    }
    once(event: string, handler: () => void) {
      return this.on(event, handler)
    }
    maximize = vi.fn()
    isDestroyed = () => false
    isMinimized = () => false
    isMaximized = () => false
    getNormalBounds = () => ({ x: 5, y: 6, width: 1000, height: 700 })
  }
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    listeners: new Map<string, (...args: unknown[]) => void>(),
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
})
vi.mock('electron', () => {
  const api = {
    ...electron,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => electron.invoked.push(args),
      on: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.set(channel, listener),
      removeListener: (channel: string) => electron.listeners.delete(channel),
    },
  }
  return { default: api, ...api }
})

import { callNames, channelOf, eventChannelOf } from '../../electron/contract/channels'
import { hardenContents, hardenSession } from '../../electron/main/harden'
import { createMainI18n } from '../../electron/main/i18n'
import { isTrustedSender, registerIpc } from '../../electron/main/ipc'
import { contextMenuTemplate, menuTemplate } from '../../electron/main/menu'
import { boundsToRestore, createMainWindow, secureWindowOptions } from '../../electron/main/window'
import type { Handlers } from '../../electron/main/services'
import type { IpcMain, IpcMainInvokeEvent, MenuItemConstructorOptions, Session, WebContents } from 'electron'

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0
})

describe('the window', () => {
  it('is isolated, sandboxed and without Node', () => {
    const { webPreferences } = secureWindowOptions('/app/preload/index.cjs')
    expect(webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    })
  })

  it('opens where it was last time, and remembers where it is moved to', () => {
    const remembered: unknown[] = []
    createMainWindow({
      preloadPath: '/p.cjs',
      savedBounds: { x: 100, y: 50, width: 900, height: 700, maximized: false },
      onBoundsChanged: (bounds) => remembered.push(bounds),
    })
    const [window] = electron.BrowserWindow.instances
    expect(window?.options).toMatchObject({ x: 100, y: 50, width: 900, height: 700, webPreferences: { sandbox: true } })
    window?.handlers.get('moved')?.()
    expect(remembered).toEqual([{ x: 5, y: 6, width: 1000, height: 700, maximized: false }])
  })

  it('does not restore a position on a screen that is no longer there', () => {
    const area = { x: 0, y: 0, width: 1280, height: 800 }
    expect(boundsToRestore({ x: 3000, y: 100, width: 800, height: 600, maximized: false }, [area])).toBeUndefined()
    expect(boundsToRestore({ x: 100, y: 100, width: 800, height: 600, maximized: false }, [area])).toBeDefined()
  })
})

describe('IPC', () => {
  function fakeIpc() {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>()
    const ipcMain = { handle: (channel: string, handler: never) => handlers.set(channel, handler) } as unknown as IpcMain
    return { ipcMain, handlers }
  }
  const services = Object.fromEntries(callNames.map((name) => [name, () => ({ called: name })])) as unknown as Handlers
  const event = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent
  const trusted = (e: IpcMainInvokeEvent) => isTrustedSender(e)

  it('registers exactly one handler per declared call', () => {
    const { ipcMain, handlers } = fakeIpc()
    registerIpc(ipcMain, services, trusted)
    expect([...handlers.keys()].sort()).toEqual(callNames.map(channelOf).sort())
  })

  it('validates the payload before the service runs, and refuses other pages', async () => {
    const { ipcMain, handlers } = fakeIpc()
    registerIpc(ipcMain, services, trusted)
    const read = handlers.get(channelOf('dossiers.read')) ?? (() => undefined)
    expect(await read(event('app://aan-tafel/index.html'), { id: 'abc' })).toEqual({ ok: true, value: { called: 'dossiers.read' } })
    expect(await read(event('app://aan-tafel/index.html'), { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await read(event('https://evil.example/'), { id: 'abc' })).toMatchObject({ ok: false })
  })

  it('trusts only the app’s own page in its top frame', () => {
    expect(isTrustedSender(event('app://aan-tafel/index.html'))).toBe(true)
    expect(isTrustedSender(event('app://aan-tafel/index.html', {}))).toBe(false)
    expect(isTrustedSender(event('app://evil/index.html'))).toBe(false)
    expect(isTrustedSender(event('http://localhost:5173/'))).toBe(false)
    expect(isTrustedSender(event('http://localhost:5173/'), 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender({ senderFrame: null })).toBe(false)
  })
})

describe('navigation, windows and permissions', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>()
    let openHandler: (() => { action: string }) | undefined
    const contents = {
      on: (name: string, listener: never) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    } as unknown as WebContents
    return { contents, listeners, open: () => openHandler?.() }
  }

  it('refuses every navigation, new window and webview', () => {
    const { contents, listeners, open } = fakeContents()
    hardenContents(contents)
    for (const [name, url] of [
      ['will-navigate', 'https://example.org/'],
      ['will-navigate', 'app://aan-tafel/index.html'],
      ['will-redirect', 'https://example.org/'],
      ['will-attach-webview', undefined],
    ] as const) {
      const preventDefault = vi.fn()
      listeners.get(name)?.({ preventDefault }, url)
      expect(preventDefault, name).toHaveBeenCalled()
    }
    expect(open()).toEqual({ action: 'deny' })
  })

  it('grants no permission and blocks requests that are not the app’s own', () => {
    let permissionAnswer: boolean | undefined
    let onBeforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined
    const session = {
      setPermissionRequestHandler: (handler: (c: unknown, p: string, cb: (granted: boolean) => void) => void) =>
        handler(null, 'media', (granted) => (permissionAnswer = granted)),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: (_filter: unknown, listener: typeof onBeforeRequest) => (onBeforeRequest = listener) },
    } as unknown as Session
    const warn = console.warn
    console.warn = () => undefined
    hardenSession(session)
    const answers: Record<string, boolean> = {}
    for (const url of ['app://aan-tafel/index.html', 'https://fonts.example/x.woff2', 'http://127.0.0.1:9/']) {
      onBeforeRequest?.({ url }, ({ cancel }) => (answers[url] = cancel))
    }
    console.warn = warn
    expect(permissionAnswer).toBe(false)
    expect(answers).toEqual({
      'app://aan-tafel/index.html': false,
      'https://fonts.example/x.woff2': true,
      'http://127.0.0.1:9/': true,
    })
  })
})

describe('the preload', () => {
  it('exposes exactly the declared calls, each on its own channel', async () => {
    await import('../../electron/preload/index')
    expect([...electron.exposed.keys()]).toEqual(['aanTafel', 'aanTafelEvents'])
    const api = electron.exposed.get('aanTafel') as Record<string, (args: unknown) => unknown>
    expect(Object.keys(api).sort()).toEqual([...callNames].sort())
    api['dossiers.read']?.({ id: 'x' })
    expect(electron.invoked).toEqual([[channelOf('dossiers.read'), { id: 'x' }]])
  })

  it('passes on only the declared events, without their data, and stops when asked', async () => {
    await import('../../electron/preload/index')
    const events = electron.exposed.get('aanTafelEvents') as { on: (name: string, listener: (...args: unknown[]) => void) => () => void }
    const heard: unknown[][] = []
    events.on('not-an-event', () => heard.push(['wrong']))
    expect(electron.listeners.size).toBe(0)
    const stop = events.on('lockRequested', (...args) => heard.push(args))
    electron.listeners.get(eventChannelOf('lockRequested'))?.({ sender: 'main' }, 'secret')
    expect(heard).toEqual([[]])
    stop()
    expect(electron.listeners.size).toBe(0)
  })
})

describe('the application menu', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean)

  it('speaks the chosen language', () => {
    const dutch = labels(menuTemplate(createMainI18n('nl').t, { isMac: false, appName: 'Aan Tafel' }))
    const english = labels(menuTemplate(createMainI18n('en').t, { isMac: false, appName: 'Aan Tafel' }))
    expect(dutch).toContain('Bewerken')
    expect(dutch).toContain('Aan Tafel afsluiten')
    expect(english).toContain('Edit')
    expect(english).toContain('Quit Aan Tafel')
    expect(dutch).toHaveLength(english.length)
  })

  it('offers cut and paste in text boxes, and only copy elsewhere', () => {
    const t = createMainI18n('nl').t
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    expect(labels(contextMenuTemplate(t, { isEditable: true, ...flags }))).toEqual(['Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren'])
    expect(labels(contextMenuTemplate(t, { isEditable: false, ...flags }))).toEqual(['Kopiëren', 'Alles selecteren'])
  })
})
