// How quickly the page answers a keystroke in a long answer: time from the key going down to the
// next painted frame, in the real renderer bundle in Chromium, with autosave to the real store.
import { chromium } from '@playwright/test'
import { createServices } from '../electron/main/services'
import { longText } from '../tests/support/factories'
import { makeTempDir } from '../tests/support/temp-dir'
import { testPlanPorts } from '../tests/support/plan-ports'
import { APP_URL, bridgeServices, chromiumLaunchOptions, serveRenderer } from '../tests/e2e/renderer-host'

const KEYSTROKES = 300

const { dir, cleanup } = makeTempDir('aan-tafel-bench-typing-')
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const services = createServices({ dataDir: dir, plan: testPlanPorts(dir) })
  for (const words of [500, 5_000]) {
    // A new dossier each round: it opens on its first page (a dossier opened before opens where it was left).
    const dossier = await services.dossiers.create({ firstName: `Bench ${words}` })
    await services.dossiers.update(dossier.id, { matters: { keepDoing: longText(words) } })
    const page = await browser.newPage()
    await bridgeServices(page, () => services)
    await serveRenderer(page.context(), [])
    await page.goto(APP_URL)
    await page.getByRole('button', { name: `Bench ${words} openen` }).click()
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Volgende' }).click()
    const field = page.getByLabel('Wat wil je zelf blijven doen?')
    await field.focus()
    await field.press('Control+End')
    await page.evaluate(() => {
      const latencies: number[] = []
      ;(window as unknown as { latencies: number[] }).latencies = latencies
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - start), 0))
        },
        { capture: true },
      )
    })
    await page.keyboard.type(' woord'.repeat(KEYSTROKES / 6), { delay: 20 })
    await page.waitForTimeout(500)
    const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort((a, b) => a - b)
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1)
    console.log(
      `typing in a ${words.toLocaleString('en')}-word answer: keystroke to painted frame median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${latencies.length} keys)`,
    )
    await page.close()
  }
} finally {
  await browser.close()
  cleanup()
}
