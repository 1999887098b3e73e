import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import type { DossierPatch } from '../../domain/dossier/schema'
import type { ErrorCode } from '../../electron/contract/errors'
import type { EventName } from '../../electron/contract/channels'
import { DossierStore } from '../../electron/main/dossiers/store'
import { fullPreparation } from '../support/factories'
import { createServices, type Services } from '../../electron/main/services'
import { APP_URL, bridgeServices, fireAppEvent, serveRenderer } from './renderer-host'
import { testPlanPorts, type TestPlanPorts } from '../support/plan-ports'

/**
 * Runs the real renderer bundle in Chromium against the real main-process services: the same
 * `dispatch` over the same handler map that Electron's IPC uses. Only Electron itself is left out.
 */
export interface AppFixture {
  dataDir: string
  services: Services
  /** Every request that tried to leave the app; a test fails if this is not empty. */
  outgoing: string[]
  open: () => Promise<void>
  /** Closes the page's services and opens them again on the same folder, as a restart does. */
  restart: () => Promise<void>
  /** The stand-in for the save dialog and the PDF program. */
  plan: TestPlanPorts
  /** A dossier with every page filled in (a carer preparing for her mother); returns its id. */
  prepare: (patch?: DossierPatch) => Promise<string>
  /**
   * The next `count` saves fail as a full or locked disk would make them fail ('storage-failed'),
   * or as a refused change does ('invalid-request'), after `delayMs`.
   */
  failSaves: (count: number, code?: ErrorCode, delayMs?: number) => void
  /** The computer locks its screen: the main process asks the page to lock. */
  requestLock: () => Promise<void>
  /** Any event the main process can send the page. */
  fireEvent: (name: EventName) => Promise<void>
}

/** Data put in the folder before the app starts, as a person's computer might have it. */
const seeds = {
  none: () => undefined,
  /** A dossier saved twice (so it has a backup), whose file was then cut off halfway. */
  'damaged-dossier': async (dataDir: string) => {
    const store = DossierStore.open({ dir: path.join(dataDir, 'dossiers') })
    const dossier = await store.create({ firstName: 'Truus' })
    await store.update(dossier.id, { subject: { surname: '' } })
    await store.flush()
    fs.writeFileSync(path.join(dataDir, 'dossiers', `${dossier.id}.json`), '{"format": "aan-tafel/dossier", "dossi')
  },
} satisfies Record<string, (dataDir: string) => void | Promise<void>>

export const test = base.extend<{ app: AppFixture; seed: keyof typeof seeds }>({
  seed: ['none', { option: true }],
  app: async ({ page, seed }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-e2e-'))
    await seeds[seed](dataDir)
    const plan = testPlanPorts(dataDir)
    let services = createServices({ dataDir, plan })
    const outgoing: string[] = []
    let failing = { count: 0, code: 'storage-failed' as ErrorCode, delayMs: 0 }
    // An error on the page (an unhandled rejection included) fails the test.
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await bridgeServices(
      page,
      () => services,
      (name) => {
        if (name !== 'dossiers.update' || failing.count === 0) return undefined
        failing.count--
        const answer = { ok: false as const, error: { code: failing.code, detail: 'injected by the test' } }
        return failing.delayMs ? new Promise((resolve) => setTimeout(() => resolve(answer), failing.delayMs)) : answer
      },
    )
    await serveRenderer(page.context(), outgoing)
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
      plan,
      prepare: async (patch = fullPreparation()) => {
        const { id } = await services.dossiers.create({ firstName: '' })
        await services.dossiers.update(id, patch)
        return id
      },
      failSaves: (count, code = 'storage-failed', delayMs = 0) => {
        failing = { count, code, delayMs }
      },
      requestLock: () => fireAppEvent(page, 'lockRequested'),
      fireEvent: (name) => fireAppEvent(page, name),
      restart: async () => {
        // As the app does before it quits: every save under way is on disk, and the list's index.
        await services.dossiers.flush()
        services = createServices({ dataDir, plan })
        await page.reload()
        await expect(page.locator('main')).toBeVisible()
        // What the page stored as it went (pagehide) reached the new services: wait until it is on disk.
        await services.dossiers.flush()
      },
    }
    await use(fixture)
    await services.dossiers.flush()
    expect(outgoing, 'no request may leave the app').toEqual([])
    expect(pageErrors, 'no error may escape on the page').toEqual([])
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
