/**
 * Runs one scenario against a real, misbehaving disk: a tiny tmpfs that fills up, or a folder
 * mounted read-only. Started by tests/unit/disk-trouble.test.ts inside a private mount namespace
 * (`unshare`), so it needs no root and touches no real disk. Prints one line of JSON: what it saw.
 *
 *   node disk-child.mjs <scenario> <dir>
 */
import fs from 'node:fs'
import path from 'node:path'
import { ServiceError } from '../../electron/contract/errors'
import { decodeRecord } from '../../electron/main/dossiers/record'
import { DossierStore } from '../../electron/main/dossiers/store'
import { removePrintCopies } from '../../electron/main/pdf/print-copies'
import { createServices } from '../../electron/main/services'
import type { PlanPorts } from '../../electron/main/pdf/export'
import { inProcessPdf } from '../../electron/main/pdf/jobs'

const [scenario, dir] = process.argv.slice(2)
if (!scenario || !dir) throw new Error('usage: disk-child <scenario> <dir>')

const codeOf = (error: unknown) => (error instanceof ServiceError ? error.code : `thrown: ${(error as Error).message}`)
const report = (value: unknown) => console.log(JSON.stringify(value))

function ports(printDir: string): PlanPorts {
  return {
    pdf: inProcessPdf(path.resolve('assets/fonts')),
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openForPrinting: async () => undefined,
    removeTemporaryFiles: async () => removePrintCopies(printDir),
  }
}

const scenarios: Record<string, () => Promise<void> | void> = {
  /** Saves ever longer answers until the disk is full; then looks at what is on disk. */
  fill: async () => {
    const dossierDir = path.join(dir, 'dossiers')
    const store = DossierStore.open({ dir: dossierDir })
    const { id } = await store.create({ firstName: 'Truus' })
    let acknowledged = ''
    let failure: string | undefined
    let saves = 0
    for (let length = 1_000; length < 100_000 && !failure; length += 3_000) {
      const text = 'x'.repeat(length)
      try {
        await store.update(id, { matters: { keepDoing: text } })
        acknowledged = text
        saves++
      } catch (error) {
        failure = codeOf(error)
      }
    }
    const inMemory = store.read(id).matters.keepDoing.length
    const reopened = DossierStore.open({ dir: dossierDir })
    const backup = path.join(dossierDir, 'backups', `${id}.1.json`)
    let backupReadable: boolean
    try {
      decodeRecord(JSON.parse(fs.readFileSync(backup, 'utf8')))
      backupReadable = true
    } catch {
      backupReadable = false
    }
    report({
      saves,
      failure,
      acknowledged: acknowledged.length,
      inMemory,
      listed: reopened.list().map((summary) => summary.id),
      onDisk: reopened.read(id).matters.keepDoing.length,
      notices: reopened.noticesFromOpening(),
      backupReadable,
      leftovers: fs.readdirSync(dossierDir).filter((name) => name.includes('.tmp-')),
    })
  },

  /** Before the folder is made read-only: a good dossier, a damaged one, a leftover temp file, bad settings. */
  'prepare-read-only': async () => {
    const dossierDir = path.join(dir, 'dossiers')
    const store = DossierStore.open({ dir: dossierDir })
    const good = await store.create({ firstName: 'Goed' })
    const damaged = await store.create({ firstName: 'Kapot' })
    fs.writeFileSync(path.join(dossierDir, `${damaged.id}.json`), '{"format": "aan-tafel/dossier", "dossi')
    fs.writeFileSync(path.join(dossierDir, `${good.id}.json.tmp-1234567890abcdef`), 'half a write')
    fs.writeFileSync(path.join(dir, 'settings.json'), 'not json')
    fs.mkdirSync(path.join(dir, 'print-copies', 'a1'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'print-copies', 'a1', 'Aan Tafel - plan.pdf'), '%PDF-1.7')
    report({ good: good.id, damaged: damaged.id })
  },

  /** The app starts on the read-only folder: the good dossier opens, the rest is told, saving fails cleanly. */
  'open-read-only': async () => {
    const services = createServices({ dataDir: dir, plan: ports(path.join(dir, 'print-copies')) })
    const { dossiers, notices } = (await services.handlers['dossiers.list'](undefined)) as { dossiers: { id: string }[]; notices: unknown[] }
    let saveError: string | undefined
    try {
      await services.dossiers.update(dossiers[0]?.id ?? '', { matters: { keepDoing: 'nieuw' } })
    } catch (error) {
      saveError = codeOf(error)
    }
    let settingsError: string | undefined
    try {
      services.settings.update({ textSize: 'large' })
    } catch (error) {
      settingsError = (error as NodeJS.ErrnoException).code
    }
    report({ listed: dossiers.map((summary) => summary.id), notices, saveError, settingsError, language: services.settings.settings.language })
  },

  /** Locking while a print copy cannot be removed: the dossier locks all the same, and it is told. */
  'lock-read-only-print-copy': async () => {
    const dataDir = path.join(dir, 'data')
    const services = createServices({ dataDir, plan: ports(path.join(dir, 'print-copies')) })
    const { id } = await services.dossiers.create({ firstName: 'Ria' })
    await services.dossiers.setPassphrase(id, 'koffie met oma op zondag')
    const result = await services.handlers['dossiers.lockAll'](undefined)
    let readError: string | undefined
    try {
      services.dossiers.read(id)
    } catch (error) {
      readError = codeOf(error)
    }
    report({ result, readError, copyStillThere: fs.existsSync(path.join(dir, 'print-copies', 'a1', 'Aan Tafel - plan.pdf')) })
  },
}

const run = scenarios[scenario]
if (!run) throw new Error(`unknown scenario ${scenario}`)
await run()
