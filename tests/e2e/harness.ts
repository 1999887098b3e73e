import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { callNames } from '../../electron/contract/channels'
import { dispatch } from '../../electron/main/dispatch'
import { SECURITY_HEADERS, mimeTypeOf } from '../../electron/main/security'
import { DossierStore } from '../../electron/main/dossiers/store'
import { createServices, type Services } from '../../electron/main/services'

/**
 * Runs the real renderer bundle in Chromium against the real main-process services: the same
 * `dispatch` over the same handler map that Electron's IPC uses, reached through a Playwright
 * binding instead of the preload. Only Electron itself is left out.
 */
export const APP_URL = 'https://aan-tafel.test/'
const rendererDir = path.resolve('out/renderer')

export interface AppFixture {
  dataDir: string
  services: Services
  /** Every request that tried to leave the app; a test fails if this is not empty. */
  outgoing: string[]
  open: () => Promise<void>
  /** Closes the page's services and opens them again on the same folder, as a restart does. */
  restart: () => Promise<void>
}

async function bridge(page: Page, getServices: () => Services, outgoing: string[]): Promise<void> {
  await page.exposeBinding('__aanTafelInvoke', (_source, name: unknown, payload: unknown) =>
    dispatch(getServices().handlers, name, payload),
  )
  await page.addInitScript((names: readonly string[]) => {
    const invoke = (window as unknown as { __aanTafelInvoke: (name: string, payload: unknown) => Promise<unknown> })
      .__aanTafelInvoke
    const api = Object.fromEntries(names.map((name) => [name, (args: unknown) => invoke(name, args)]))
    Object.defineProperty(window, 'aanTafel', { value: Object.freeze(api) })
  }, callNames)
  await page.context().route('**/*', async (route) => {
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

/** Data put in the folder before the app starts, as a person's computer might have it. */
const seeds = {
  none: () => undefined,
  /** A dossier saved twice (so it has a backup), whose file was then cut off halfway. */
  'damaged-dossier': (dataDir: string) => {
    const store = DossierStore.open({ dir: path.join(dataDir, 'dossiers') })
    const dossier = store.create({ firstName: 'Truus' })
    store.update(dossier.id, { subject: { surname: '' } })
    fs.writeFileSync(path.join(dataDir, 'dossiers', `${dossier.id}.json`), '{"format": "aan-tafel/dossier", "dossi')
  },
} satisfies Record<string, (dataDir: string) => void>

export const test = base.extend<{ app: AppFixture; seed: keyof typeof seeds }>({
  seed: ['none', { option: true }],
  app: async ({ page, seed }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-e2e-'))
    seeds[seed](dataDir)
    let services = createServices({ dataDir })
    const outgoing: string[] = []
    await bridge(page, () => services, outgoing)
    const fixture: AppFixture = {
      dataDir,
      get services() {
        return services
      },
      outgoing,
      open: async () => {
        await page.goto(APP_URL)
        await expect(page.locator('main')).toBeVisible()
      },
      restart: async () => {
        services = createServices({ dataDir })
        await page.reload()
        await expect(page.locator('main')).toBeVisible()
      },
    }
    await use(fixture)
    expect(outgoing, 'no request may leave the app').toEqual([])
    fs.rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect }

/** axe-core's WCAG 2.2 A/AA rules on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }))
  expect(summary).toEqual([])
}
