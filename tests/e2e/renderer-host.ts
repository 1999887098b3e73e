import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { callNames, type EventName } from '../../electron/contract/channels'
import { dispatch } from '../../electron/main/dispatch'
import { SECURITY_HEADERS, mimeTypeOf } from '../../electron/main/security'
import type { Services } from '../../electron/main/services'
import type { CallResult } from '../../electron/contract/errors'

/**
 * Hosts the built renderer in a plain Chromium page, the way Electron would: the bundle from
 * out/renderer with the app's security headers, and `window.aanTafel` wired to the real main-process
 * services through the same `dispatch` as Electron's IPC (a Playwright binding stands in for the preload).
 */
export const APP_URL = 'https://aan-tafel.test/'
const rendererDir = path.resolve('out/renderer')

export async function serveRenderer(context: BrowserContext, outgoing: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== new URL(APP_URL).origin) {
      outgoing.push(url.href)
      return route.abort('blockedbyclient')
    }
    const relative = url.pathname === '/' ? 'index.html' : url.pathname.slice(1)
    const file = path.resolve(rendererDir, relative)
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) {
      return route.fulfill({ status: 404, headers: { ...SECURITY_HEADERS } })
    }
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) },
    })
  })
}

/** Lets a test make a call fail as the disk would, before it reaches the services (at once, or later). */
export type Fault = (name: unknown, payload: unknown) => CallResult<unknown> | Promise<CallResult<unknown>> | undefined

export async function bridgeServices(page: Page, getServices: () => Services, fault: Fault = () => undefined): Promise<void> {
  await page.exposeBinding(
    '__aanTafelInvoke',
    (_source, name: unknown, payload: unknown) => fault(name, payload) ?? dispatch(getServices().handlers, name, payload),
  )
  await page.addInitScript((names: readonly string[]) => {
    const invoke = (window as unknown as { __aanTafelInvoke: (name: string, payload: unknown) => Promise<unknown> }).__aanTafelInvoke
    const api = Object.fromEntries(names.map((name) => [name, (args: unknown) => invoke(name, args)]))
    Object.defineProperty(window, 'aanTafel', { value: Object.freeze(api) })
    // The preload's event side; a test fires an event with `fireAppEvent`.
    const listeners = new Map<string, Set<() => void>>()
    const events = {
      on: (name: string, listener: () => void) => {
        const set = listeners.get(name) ?? new Set()
        listeners.set(name, set)
        set.add(listener)
        return () => set.delete(listener)
      },
    }
    Object.defineProperty(window, 'aanTafelEvents', { value: Object.freeze(events) })
    Object.defineProperty(window, '__aanTafelFire', { value: (name: string) => listeners.get(name)?.forEach((listener) => listener()) })
  }, callNames)
}

/** What the main process does when the computer locks: tells the page, which stores and locks. */
export async function fireAppEvent(page: Page, name: EventName): Promise<void> {
  await page.evaluate((event) => (window as unknown as { __aanTafelFire: (name: string) => void }).__aanTafelFire(event), name)
}

export { chromiumLaunchOptions } from '../support/chromium'
