import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectronBinary } from '../../electron/tools/electron-binary.mjs'

/**
 * Starts the real Electron app, found the way `npm start` finds it (electron/tools/electron-binary.mjs:
 * ELECTRON_EXEC_PATH, ELECTRON_OVERRIDE_DIST_PATH, or the binary the electron package downloaded on
 * first use). A closed network cannot download it; there this test is skipped and says so.
 */
const binary = findElectronBinary()
if (!binary) {
  console.log('[electron smoke] SKIPPED: no Electron binary on this machine (it is downloaded on first launch, which needs internet).')
}

test.describe('the Electron app', () => {
  test.skip(!binary, 'No Electron binary on this machine: it is downloaded on first launch, which needs internet.')

  test('opens one secure window on the dossier list and refuses to navigate away', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-electron-'))
    const app = await electron.launch({
      ...(binary && { executablePath: binary }),
      args: ['.', `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { level: 1 })).toBeVisible()
      expect(window.url()).toBe('app://aan-tafel/index.html')
      const exposed = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { aanTafel: object }).aanTafel).sort(),
        node: typeof (globalThis as { require?: unknown }).require,
      }))
      expect(exposed.node).toBe('undefined')
      expect(exposed.api.length).toBeGreaterThan(0)
      await window.evaluate(() => {
        location.href = 'https://example.org/'
      })
      await window.waitForTimeout(500)
      expect(window.url()).toBe('app://aan-tafel/index.html')
      expect(app.windows()).toHaveLength(1)
    } finally {
      await app.close()
      fs.rmSync(userData, { recursive: true, force: true })
    }
  })
})
