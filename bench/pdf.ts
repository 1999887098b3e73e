// The plan's PDF for a maximal dossier: pdf-lib (what the app uses) against Chromium's
// print-to-PDF of the same content as HTML, cold (first in a fresh process) and warm.
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { contentOf, renderPlan } from '../electron/main/pdf/plan'
import { makeDossier, maximalPreparation } from '../tests/support/factories'
import { chromiumLaunchOptions } from '../tests/e2e/renderer-host'
import { planHtml } from './plan-html'

const fontsDir = path.resolve('assets/fonts')
const stamp = '2026-11-26T10:00:00.000Z'
const dossier = makeDossier(maximalPreparation(), 'bench', stamp)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

async function timed<T>(action: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await action()
  return { ms: performance.now() - start, value }
}

const render = () => renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir })
const cold = await timed(render)
const warmRuns: number[] = []
let pages = 0
let size = 0
for (let round = 0; round < 15; round++) {
  const run = await timed(render)
  warmRuns.push(run.ms)
  pages = run.value.pages
  size = run.value.pdf.length
}
const libWarm = median(warmRuns)

const html = planHtml(contentOf(dossier, { variant: 'full', largePrint: false, fontsDir, now: new Date() }), fontsDir)
const launch = await timed(() => chromium.launch(chromiumLaunchOptions))
const browser = launch.value
const page = await browser.newPage()
const chromeCold = await timed(async () => {
  await page.setContent(html)
  return page.pdf({ format: 'A4' })
})
const chromeRuns: number[] = []
let chromeSize = 0
for (let round = 0; round < 5; round++) {
  const run = await timed(async () => {
    await page.setContent(html)
    return page.pdf({ format: 'A4' })
  })
  chromeRuns.push(run.ms)
  chromeSize = run.value.length
}
await browser.close()
const chromeWarm = median(chromeRuns)

console.log(`maximal dossier: ${pages} pages`)
console.log(`pdf-lib  cold ${cold.ms.toFixed(0)} ms · warm ${libWarm.toFixed(0)} ms (median of ${warmRuns.length}) · ${kb(size)}`)
console.log(
  `Chromium cold ${chromeCold.ms.toFixed(0)} ms (+ ${launch.ms.toFixed(0)} ms to start the browser) · warm ${chromeWarm.toFixed(0)} ms (median of ${chromeRuns.length}) · ${kb(chromeSize)}`,
)
console.log(`pdf-lib is ${(chromeWarm / libWarm).toFixed(1)}× faster warm, ${((chromeCold.ms + launch.ms) / cold.ms).toFixed(1)}× faster cold`)
