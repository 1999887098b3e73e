// The plan's PDF against Chromium's print-to-PDF of the same content as HTML, side by side in one
// run (this machine is noisy: read the ratios, not the milliseconds).
//   warm: medians of repeated runs in a process that has made a plan before, at 1, 10, 30 and 100 pages;
//   cold: a fresh process that makes one plan and exits (our built CLI against a fresh Chromium);
//   first plan after launch: what the app does, a worker thread warmed at start, then one plan.
// Targets (issue 13): ≥ 10× warm at 10 pages, ≥ 5× at 100, ≥ 5× cold, first plan ≤ 300 ms.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import type { Dossier } from '../domain/dossier/schema'
import { PdfWorker } from '../electron/main/pdf/worker-client'
import { contentOf, renderPlan, type PlanOptions } from '../electron/main/pdf/plan'
import { fullPreparation, makeDossier, maximalPreparation } from '../tests/support/factories'
import { chromiumLaunchOptions } from '../tests/e2e/renderer-host'
import { planHtml } from './plan-html'

const fontsDir = path.resolve('assets/fonts')
const stamp = '2026-11-26T10:00:00.000Z'
const now = new Date(stamp)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
const cli = path.resolve('out/main/cli.js')
if (!fs.existsSync(cli)) throw new Error('Run `npm run build` first: the cold measurement uses the built command.')

interface Case {
  name: string
  dossier: Dossier
  options: Omit<PlanOptions, 'fontsDir' | 'now'> & { now: Date }
}

/** A maximal dossier stretched until its plan has about `pages` pages. */
/** The dossier whose full plan comes closest to `pages` pages: a filled-in one, or the maximal one scaled. */
function dossierOfPages(pages: number): Dossier {
  const pagesOf = (dossier: Dossier) => renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now }).pages
  let best = { dossier: makeDossier(fullPreparation(), 'bench', stamp), off: Number.POSITIVE_INFINITY }
  const consider = (dossier: Dossier) => {
    const count = pagesOf(dossier)
    if (Math.abs(count - pages) < best.off) best = { dossier, off: Math.abs(count - pages) }
    return count
  }
  consider(makeDossier(fullPreparation(), 'bench', stamp))
  consider(makeDossier(fullPreparation({ long: true }), 'bench', stamp))
  let low = 0.05
  let high = 20
  for (let round = 0; round < 14 && best.off > 0; round++) {
    const scale = (low + high) / 2
    const count = consider(makeDossier(maximalPreparation({ scale }), 'bench', stamp))
    if (count < pages) low = scale
    else high = scale
  }
  return best.dossier
}

const cases: Case[] = [
  { name: '1 page (summary)', dossier: makeDossier(fullPreparation(), 'bench', stamp), options: { variant: 'summary', largePrint: false, now } },
  { name: '10 pages', dossier: dossierOfPages(10), options: { variant: 'full', largePrint: false, now } },
  { name: '30 pages', dossier: dossierOfPages(30), options: { variant: 'full', largePrint: false, now } },
  { name: '100 pages', dossier: dossierOfPages(100), options: { variant: 'full', largePrint: false, now } },
]

function timed<T>(action: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = action()
  return { ms: performance.now() - start, value }
}
async function timedAsync<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await action()
  return { ms: performance.now() - start, value }
}

const browser = await chromium.launch(chromiumLaunchOptions)
const page = await browser.newPage()
const print = async (html: string) => {
  await page.setContent(html)
  return page.pdf({ format: 'A4', printBackground: true })
}

console.log('Warm (medians; pairs alternate Aan Tafel and Chromium in one run)')
const results: { name: string; ratio: number }[] = []
for (const item of cases) {
  const render = () => renderPlan(item.dossier, { ...item.options, fontsDir })
  const html = planHtml(contentOf(item.dossier, { ...item.options, fontsDir }), fontsDir)
  render()
  await print(html)
  const ours: number[] = []
  const theirs: number[] = []
  let size = 0
  let pages = 0
  let chromeSize = 0
  let chromePages = 0
  for (let round = 0; round < 9; round++) {
    const run = timed(render)
    ours.push(run.ms)
    size = run.value.pdf.length
    pages = run.value.pages
    const chrome = await timedAsync(() => print(html))
    theirs.push(chrome.ms)
    chromeSize = chrome.value.length
    chromePages = (
      Buffer.from(chrome.value)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g) ?? []
    ).length
  }
  const ratio = median(theirs) / median(ours)
  results.push({ name: item.name, ratio })
  console.log(
    `  ${item.name.padEnd(17)} Aan Tafel ${ms(median(ours)).padStart(7)} ${String(pages).padStart(3)} p ${kb(size).padStart(7)}` +
      ` · Chromium ${ms(median(theirs)).padStart(7)} ${String(chromePages).padStart(3)} p ${kb(chromeSize).padStart(7)} · ${ratio.toFixed(1)}× faster`,
  )
}
await browser.close()

// Cold: a whole fresh process each, alternating, the same 10-page dossier.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-bench-'))
const tenPages = cases[1]
if (!tenPages) throw new Error('no case')
const dossierFile = path.join(work, 'dossier.json')
fs.writeFileSync(dossierFile, JSON.stringify(tenPages.dossier))
const coldHtml = path.join(work, 'plan.html')
fs.writeFileSync(coldHtml, planHtml(contentOf(tenPages.dossier, { ...tenPages.options, fontsDir }), fontsDir))
const chromeCold = () => {
  const executable = chromiumLaunchOptions.executablePath ?? chromium.executablePath()
  execFileSync(
    executable,
    [...(chromiumLaunchOptions.args ?? []), '--headless', `--print-to-pdf=${path.join(work, 'chrome.pdf')}`, '--no-pdf-header-footer', coldHtml],
    {
      stdio: 'ignore',
    },
  )
}
const ourCold = () => execFileSync(process.execPath, [cli, dossierFile, path.join(work, 'ours.pdf')], { stdio: 'ignore' })
const coldOurs: number[] = []
const coldTheirs: number[] = []
for (let round = 0; round < 5; round++) {
  coldOurs.push(timed(ourCold).ms)
  coldTheirs.push(timed(chromeCold).ms)
}
const coldRatio = median(coldTheirs) / median(coldOurs)
console.log('Cold (a fresh process that makes one 10-page plan and exits; medians of 5)')
console.log(
  `  Aan Tafel ${ms(median(coldOurs))} (node out/main/cli.js) · Chromium ${ms(median(coldTheirs))} (--print-to-pdf) · ${coldRatio.toFixed(1)}× faster`,
)

// The app: a worker started and warmed when the window opens, then the person's first plan.
const firstPlans: number[] = []
for (let round = 0; round < 5; round++) {
  const worker = new PdfWorker({ fontsDir })
  await worker.warmUp()
  const first = await timedAsync(() => worker.plan(tenPages.dossier, { ...tenPages.options, language: 'nl' }))
  firstPlans.push(first.ms)
  await worker.close()
}
console.log(`First plan after launch (worker warmed at start, 10 pages, median of 5): ${ms(median(firstPlans))}`)
fs.rmSync(work, { recursive: true, force: true })

const targets = [
  { what: 'warm, 10 pages', value: results[1]?.ratio ?? 0, need: 10 },
  { what: 'warm, 100 pages', value: results[3]?.ratio ?? 0, need: 5 },
  { what: 'cold', value: coldRatio, need: 5 },
]
for (const target of targets)
  console.log(`${target.value >= target.need ? 'meets' : 'MISSES'} ${target.what}: ${target.value.toFixed(1)}× (target ${target.need}×)`)
console.log(`${median(firstPlans) <= 300 ? 'meets' : 'MISSES'} first plan after launch: ${ms(median(firstPlans))} (target ≤ 300 ms)`)
