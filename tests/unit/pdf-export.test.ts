import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dossier } from '../../domain/dossier/schema'
import { CliError, runCli } from '../../electron/main/pdf/cli'
import { savePlan, suggestedFileName } from '../../electron/main/pdf/export'
import { DossierStore } from '../../electron/main/dossiers/store'
import { fullPreparation, makeDossier } from '../support/factories'
import { pdfPageCount, pdfText } from '../support/pdf-tools'
import { testPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const stamp = '2026-11-26T10:00:00.000Z'
const dossier = () => makeDossier(fullPreparation(), 'abc', stamp)

describe('saving the plan', () => {
  it('suggests a file name with the person’s name and the date, safe on every computer', async () => {
    expect(suggestedFileName(dossier(), { variant: 'full', largePrint: false })).toBe('Voorbereiding keukentafelgesprek - Ayşe Yılmaz-Đoković - 10-12-2026.pdf')
    const odd = Dossier.parse({ ...dossier(), subject: { ...dossier().subject, firstName: 'A/B:C*?', surname: '"<x>|' } })
    expect(suggestedFileName(odd, { variant: 'summary', largePrint: true })).toBe('Samenvatting keukentafelgesprek - A B C x - 10-12-2026 - grote letters.pdf')
  })

  it('writes the PDF where the person chose, and reports its pages', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = 'mijn plan'
    const result = await savePlan(dossier(), { id: 'abc', variant: 'full', largePrint: false }, ports)
    expect(result).toMatchObject({ saved: true, fileName: path.join(dir, 'mijn plan.pdf') })
    const pdf = fs.readFileSync(path.join(dir, 'mijn plan.pdf'))
    expect(result.saved && result.pages).toBe(pdfPageCount(pdf))
    expect(pdfText(pdf)).toContain('Ayşe Yılmaz-Đoković')
  })

  it('makes a copy in the person’s own language on request, named so it is not handed in by mistake', async () => {
    expect(suggestedFileName(dossier(), { variant: 'full', largePrint: false, language: 'ar' })).toBe(
      'Voorbereiding keukentafelgesprek - Ayşe Yılmaz-Đoković - 10-12-2026 - العربية.pdf',
    )
    const ports = testPlanPorts(dir)
    ports.answer = 'copy'
    const result = await savePlan(dossier(), { id: 'abc', variant: 'full', largePrint: false, language: 'en' }, ports)
    const text = pdfText(fs.readFileSync(path.join(dir, 'copy.pdf'))).replace(/\s+/g, ' ')
    expect(result.saved).toBe(true)
    expect(text).toContain('This is a copy in your own language, for you to read.')
    expect(text).toContain('Ayşe Yılmaz-Đoković')
    expect(text).not.toContain('Wat ik zelf wil blijven doen')
    // The Dutch plan for the municipality says nothing about copies.
    ports.answer = 'plan'
    await savePlan(dossier(), { id: 'abc', variant: 'full', largePrint: false }, ports)
    expect(pdfText(fs.readFileSync(path.join(dir, 'plan.pdf')))).not.toContain('own language')
  })

  it('writes nothing when the person cancels the save dialog', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = null
    expect(await savePlan(dossier(), { id: 'abc', variant: 'summary', largePrint: false }, ports)).toEqual({ saved: false })
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('npm run pdf', () => {
  const t = (file: string) => path.join(dir, file)

  it('makes the plan from a dossier file as the app stores it', async () => {
    const store = DossierStore.open({ dir: t('dossiers') })
    const created = await store.create({ firstName: 'Zoë' })
    await store.update(created.id, fullPreparation())
    const message = await runCli([t(`dossiers/${created.id}.json`), t('plan.pdf'), '--summary'])
    expect(message).toMatch(/^Plan gemaakt: .*plan\.pdf \(1 bladzijde, \d+ kB\)$/)
    expect(pdfText(fs.readFileSync(t('plan.pdf')))).toContain('Ayşe Yılmaz-Đoković')
  })

  it('makes the plan from a bare dossier, in large print', async () => {
    fs.writeFileSync(t('dossier.json'), JSON.stringify(dossier()))
    await runCli([t('dossier.json'), t('groot.pdf'), '--large'])
    expect(pdfPageCount(fs.readFileSync(t('groot.pdf')))).toBeGreaterThan(5)
  })

  it.each([
    ['a file that does not exist', () => t('missing.json'), /bestaat niet/],
    ['a file that is not JSON', () => (fs.writeFileSync(t('x.json'), 'not json'), t('x.json')), /is geen JSON/],
    ['JSON that is no dossier', () => (fs.writeFileSync(t('x.json'), '[1,2]'), t('x.json')), /geen geldig dossier/],
    [
      'a dossier with a wrong field',
      () => (
        fs.writeFileSync(t('x.json'), JSON.stringify({ ...dossier(), carer: { carers: [{ id: 'carer-1', who: { kind: 'preparer' }, hoursPerWeek: 900 }] } })),
        t('x.json')
      ),
      /geen geldig dossier.*hoursPerWeek/,
    ],
    ['a dossier from a newer app', () => (fs.writeFileSync(t('x.json'), JSON.stringify({ ...dossier(), schemaVersion: 9 })), t('x.json')), /nieuwere versie/],
  ])('refuses %s with a clear message and writes no PDF', async (_name, input, message) => {
    const error = await runCli([input(), t('out.pdf')]).catch((failure: unknown) => failure)
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).message).toMatch(message)
    expect((error as CliError).exitCode).toBe(2)
    expect(fs.existsSync(t('out.pdf'))).toBe(false)
  })

  it('explains its use when arguments are missing or unknown', async () => {
    for (const args of [[], ['only.json'], ['a.json', 'b.pdf', '--colour']]) {
      await expect(runCli(args)).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('Gebruik: npm run pdf') })
    }
  })
})
