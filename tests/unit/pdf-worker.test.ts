import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderPlan } from '../../electron/main/pdf/plan'
import { PdfWorker } from '../../electron/main/pdf/worker-client'
import { fullPreparation, makeDossier } from '../support/factories'
import { pdfText } from '../support/pdf-tools'

const fontsDir = path.resolve('assets/fonts')
const now = new Date('2026-11-26T10:00:00.000Z')
const dossier = makeDossier(fullPreparation())

describe('the PDF worker thread', () => {
  const worker = new PdfWorker({ fontsDir })
  afterAll(() => worker.close())

  it('makes the same plan as the calling thread would', { timeout: 120_000 }, async () => {
    await worker.warmUp()
    const onThread = await worker.plan(dossier, { variant: 'full', largePrint: false, now })
    const here = renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now })
    expect(onThread.pages).toBe(here.pages)
    expect(pdfText(onThread.pdf)).toBe(pdfText(here.pdf))
  })

  it('answers jobs asked for at the same time, each with its own document', { timeout: 120_000 }, async () => {
    const [summary, full, large, letter] = await Promise.all([
      worker.plan(dossier, { variant: 'summary', largePrint: false, now }),
      worker.plan(dossier, { variant: 'full', largePrint: false, now }),
      worker.plan(dossier, { variant: 'summary', largePrint: true, now }),
      worker.make({ kind: 'letter', dossier, options: { now } }),
    ])
    expect(summary?.pages).toBe(1)
    expect(large?.pages).toBe(1)
    expect(full?.pages).toBeGreaterThan(3)
    expect(pdfText(letter?.pdf ?? new Uint8Array())).toContain('verslag')
  })

  it('still makes the plan on the calling thread when the thread cannot start', { timeout: 120_000 }, async () => {
    const broken = new PdfWorker({ fontsDir, workerFile: path.resolve('no-such-worker.js') })
    try {
      await broken.warmUp()
      const rendered = await broken.plan(dossier, { variant: 'summary', largePrint: false, now })
      expect(rendered.pages).toBe(1)
    } finally {
      await broken.close()
    }
  })
})
