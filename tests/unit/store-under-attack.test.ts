import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { passphraseProblem } from '../../domain/passphrase'
import { DOSSIER_SCHEMA_VERSION } from '../../domain/dossier/schema'
import { deriveKey } from '../../electron/main/crypto/envelope'
import { DossierStore } from '../../electron/main/dossiers/store'
import { safeFileName, printFileName } from '../../electron/main/pdf/export'
import { removeLegacyPrintCopies } from '../../electron/main/pdf/print-copies'
import { nodeIo, type WriteIo } from '../../electron/main/storage/durable-file'
import { Importer, exportDossier } from '../../electron/main/transfer/hand-over'
import { testPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

/*
 * What an audit found (issue 9), each as a test that failed before the fix: imports that wrote
 * over what the store could not read, ids that differ only in capitals, state changed before the
 * disk write, and work undone by a call that raced it across an `await`.
 */
let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('aan-tafel-attack-')))
afterEach(() => cleanup())

const PASSPHRASE = 'koffie met oma op zondag'
const storeDir = () => path.join(dir, 'store')
const filesIn = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(folder, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]),
  )

/** A hand-over file holding `dossier` as given (any id), ready for the importer to open. */
function handOverFile(dossier: Record<string, unknown>): string {
  const file = path.join(dir, 'in.aantafel')
  fs.writeFileSync(
    file,
    JSON.stringify({ format: 'aan-tafel/export', formatVersion: 1, exportedAt: '2026-11-30T10:00:00.000Z', app: 'Aan Tafel', encryption: 'none', dossier }),
  )
  return file
}

function plainDossier(id: string, firstName: string) {
  const stamp = '2026-11-30T10:00:00.000Z'
  return { schemaVersion: DOSSIER_SCHEMA_VERSION, id, createdAt: stamp, updatedAt: stamp, subject: { firstName } }
}

/** A store whose disk fails every write after `allowed` more; the failure is what a full disk throws. */
function failingIo(allowed: { writes: number }): WriteIo {
  return {
    ...nodeIo,
    writeSync: (fd, buffer, offset, length) => {
      if (allowed.writes-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      return nodeIo.writeSync(fd, buffer, offset, length)
    },
  }
}

describe('an import never writes over what the store cannot read', () => {
  it('keeps a dossier from a newer version, asks, and refuses to replace it', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Nieuw' })
    const file = path.join(storeDir(), `${id}.json`)
    const newer = JSON.parse(fs.readFileSync(file, 'utf8')) as { dossier: { schemaVersion: number } }
    newer.dossier.schemaVersion = DOSSIER_SCHEMA_VERSION + 1
    fs.writeFileSync(file, JSON.stringify(newer))
    const reopened = DossierStore.open({ dir: storeDir() })
    const before = filesIn(storeDir())
    expect(reopened.stateOf(id)).toBe('unreadable')

    const ports = testPlanPorts(dir)
    ports.openAnswer = handOverFile(plainDossier(id, 'Indringer'))
    const importer = new Importer(reopened, ports)
    const asked = await importer.run({})
    expect(asked).toMatchObject({ status: 'exists', existing: 'unreadable' })
    const token = asked.status === 'exists' ? asked.token : ''
    expect(await importer.run({ token, onConflict: 'replace' })).toEqual({ status: 'problem', problem: 'replace-unreadable' })
    await expect(reopened.put({ ...reopened.read((await reopened.create()).id), id }, undefined)).rejects.toThrow()
    expect(filesIn(storeDir())[`${id}.json`]).toBe(before[`${id}.json`])

    const again = await importer.run({})
    const kept = await importer.run({ token: again.status === 'exists' ? again.token : '', onConflict: 'keepBoth' })
    expect(kept).toMatchObject({ status: 'imported' })
    expect(kept.status === 'imported' && kept.id).not.toBe(id)
    expect(fs.readFileSync(file, 'utf8')).toBe(before[`${id}.json`])
  })

  it('keeps an unreadable dossier (a folder in its place) and its backups', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Weg' })
    await store.update(id, { matters: { keepDoing: 'eerste' } })
    const backup = fs.readFileSync(path.join(storeDir(), 'backups', `${id}.1.json`), 'utf8')
    fs.rmSync(path.join(storeDir(), `${id}.json`))
    fs.mkdirSync(path.join(storeDir(), `${id}.json`))
    const reopened = DossierStore.open({ dir: storeDir() })
    expect(reopened.noticesFromOpening()).toEqual([{ kind: 'unreadable', id, fileName: `${id}.json` }])
    const ports = testPlanPorts(dir)
    ports.openAnswer = handOverFile(plainDossier(id, 'Indringer'))
    const importer = new Importer(reopened, ports)
    const asked = await importer.run({})
    expect(asked).toMatchObject({ status: 'exists', existing: 'unreadable' })
    expect(await importer.run({ token: (asked as { token: string }).token, onConflict: 'replace' })).toMatchObject({ problem: 'replace-unreadable' })
    expect(fs.readFileSync(path.join(storeDir(), 'backups', `${id}.1.json`), 'utf8')).toBe(backup)
  })
})

describe('ids that differ only in capitals', () => {
  it('treats an upper-case id in a hand-over file as the dossier already here, even a locked one', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    await store.setPassphrase(id, PASSPHRASE)
    store.lockAll()
    const before = filesIn(storeDir())
    const ports = testPlanPorts(dir)
    ports.openAnswer = handOverFile(plainDossier(id.toUpperCase(), 'Indringer'))
    const importer = new Importer(store, ports)
    const asked = await importer.run({})
    expect(asked).toMatchObject({ status: 'exists', existing: 'locked' })
    expect(await importer.run({ token: (asked as { token: string }).token, onConflict: 'replace' })).toMatchObject({ problem: 'replace-locked' })
    expect(filesIn(storeDir())).toEqual(before)
  })

  it('renames a file an older version wrote with capitals, and opens it', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Oud' })
    const legacyId = 'Oud-Dossier-ABC'
    const record = JSON.parse(fs.readFileSync(path.join(storeDir(), `${id}.json`), 'utf8')) as { dossier: { id: string } }
    record.dossier.id = legacyId
    fs.writeFileSync(path.join(storeDir(), `${legacyId}.json`), JSON.stringify(record))
    const reopened = DossierStore.open({ dir: storeDir() })
    expect(reopened.read(legacyId.toLowerCase()).subject.firstName).toBe('Oud')
    expect(fs.readdirSync(storeDir())).toContain(`${legacyId.toLowerCase()}.json`)
    expect(fs.readdirSync(storeDir())).not.toContain(`${legacyId}.json`)
  })

  it('opens a dossier an older version sealed under an id with capitals', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Geheim' })
    await store.update(id, { matters: { keepDoing: 'niemand mag dit lezen' } })
    await store.setPassphrase(id, PASSPHRASE)
    // Re-seal as an older version would have, with the capitals in the id and its file name.
    const legacyId = id.toUpperCase()
    const dossier = { ...store.read(id), id: legacyId }
    const { encodeRecord } = await import('../../electron/main/dossiers/record')
    const { newKdf } = await import('../../electron/main/crypto/envelope')
    const kdf = { ...newKdf(), N: 2 ** 10 }
    const key = await deriveKey(PASSPHRASE, kdf)
    fs.rmSync(path.join(storeDir(), `${id}.json`))
    fs.rmSync(path.join(storeDir(), 'backups'), { recursive: true })
    fs.writeFileSync(path.join(storeDir(), `${legacyId}.json`), JSON.stringify(encodeRecord(dossier as never, { key, kdf })))
    const reopened = DossierStore.open({ dir: storeDir() })
    expect(reopened.stateOf(id)).toBe('locked')
    expect((await reopened.unlock(id, PASSPHRASE)).matters.keepDoing).toBe('niemand mag dit lezen')
  })

  it('never names a file after a Windows device', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const ports = testPlanPorts(dir)
    ports.openAnswer = handOverFile(plainDossier('CON', 'Apparaat'))
    const result = await new Importer(store, ports).run({})
    expect(result).toMatchObject({ status: 'imported', id: 'con-dossier' })
    expect(fs.readdirSync(storeDir())).toContain('con-dossier.json')
  })
})

describe('memory changes only after the disk write worked', () => {
  it('keeps a dossier readable and unprotected when writing it protected fails', async () => {
    const allowed = { writes: Number.POSITIVE_INFINITY }
    const store = DossierStore.open({ dir: storeDir(), io: failingIo(allowed) })
    const { id } = await store.create({ firstName: 'Ria' })
    allowed.writes = 0
    await expect(store.setPassphrase(id, PASSPHRASE)).rejects.toMatchObject({ code: 'storage-failed' })
    expect(store.isProtected(id)).toBe(false)
    allowed.writes = Number.POSITIVE_INFINITY
    await store.update(id, { matters: { keepDoing: 'leesbaar' } })
    expect(fs.readFileSync(path.join(storeDir(), `${id}.json`), 'utf8')).toContain('leesbaar')
  })

  it('leaves a readable dossier as it was when a protected import that replaces it cannot be written', async () => {
    const allowed = { writes: Number.POSITIVE_INFINITY }
    const store = DossierStore.open({ dir: storeDir(), io: failingIo(allowed) })
    const original = await store.create({ firstName: 'Ria' })
    const source = DossierStore.open({ dir: path.join(dir, 'elsewhere') })
    const copy = await source.create({ firstName: 'Ria nieuw' })
    const ports = testPlanPorts(dir)
    ports.answer = 'out.aantafel'
    await exportDossier(source, copy.id, PASSPHRASE, ports)
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'out.aantafel'), 'utf8')) as Record<string, unknown>
    ports.openAnswer = path.join(dir, 'in.aantafel')
    // The same id as the dossier here: the import asks, the person chooses to replace.
    const { decodeImport, encodeExport } = await import('../../electron/main/transfer/transfer-file')
    const inner = await decodeImport(new TextEncoder().encode(JSON.stringify(exported)), { passphrase: PASSPHRASE })
    fs.writeFileSync(ports.openAnswer, encodeExport({ ...inner, id: original.id }, { now: new Date() }))
    const importer = new Importer(store, ports)
    const asked = await importer.run({})
    allowed.writes = 0
    await expect(importer.run({ token: (asked as { token: string }).token, onConflict: 'replace' })).rejects.toMatchObject({ code: 'storage-failed' })
    expect(store.read(original.id).subject.firstName).toBe('Ria')
    expect(store.isProtected(original.id)).toBe(false)
  })
})

describe('two calls racing across the half second of a key derivation', () => {
  it('keeps an update saved while the passphrase was being set, and protects it', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    const protecting = store.setPassphrase(id, PASSPHRASE)
    await store.update(id, { matters: { keepDoing: 'getypt tijdens het instellen' } })
    await protecting
    store.lockAll()
    expect(fs.readFileSync(path.join(storeDir(), `${id}.json`), 'utf8')).not.toContain('getypt tijdens')
    expect((await store.unlock(id, PASSPHRASE)).matters.keepDoing).toBe('getypt tijdens het instellen')
  }, 30_000)

  it('does not bring back a dossier deleted while it was being unlocked', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    await store.setPassphrase(id, PASSPHRASE)
    store.lockAll()
    const unlocking = store.unlock(id, PASSPHRASE)
    await store.delete(id)
    await expect(unlocking).rejects.toMatchObject({ code: 'not-found' })
    expect(store.list()).toEqual([])
    expect(DossierStore.open({ dir: storeDir() }).list()).toEqual([])
  }, 30_000)

  it('leaves nothing on disk when everything is deleted while a passphrase is being set', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    await store.update(id, { matters: { keepDoing: 'weg ermee' } })
    const protecting = store.setPassphrase(id, PASSPHRASE)
    store.deleteAll()
    await expect(protecting).rejects.toMatchObject({ code: 'not-found' })
    expect(filesIn(storeDir())).toEqual({})
  }, 30_000)

  it('locks a dossier whose passphrase was being set when everything locked', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    const protecting = store.setPassphrase(id, PASSPHRASE)
    store.lockAll()
    await protecting
    expect(store.stateOf(id)).toBe('locked')
  }, 30_000)
})

describe('the smaller findings', () => {
  it('refuses a passphrase that is short without its invisible characters, or among the first guessed', async () => {
    expect(passphraseProblem('12345678')).toBe('too-common')
    expect(passphraseProblem('Wachtwoord')).toBe('too-common')
    expect(passphraseProblem('abcdefgh')).toBe('too-common')
    expect(passphraseProblem('aaaaaaaaaa')).toBe('too-common')
    expect(passphraseProblem('\u200b'.repeat(8))).toBe('too-short')
    expect(passphraseProblem('  abc12  ')).toBe('too-short')
    expect(passphraseProblem('koffie met oma')).toBeNull()
  })

  it('gives the same answer in the store and in a hand-over file', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    await expect(store.setPassphrase(id, ' 1234567 ')).rejects.toMatchObject({ code: 'weak-passphrase' })
    await expect(store.setPassphrase(id, 'wachtwoord')).rejects.toMatchObject({ code: 'common-passphrase' })
    await expect(exportDossier(store, id, 'wachtwoord', testPlanPorts(dir))).rejects.toMatchObject({ code: 'common-passphrase' })
    await expect(exportDossier(store, id, '\u200b'.repeat(9), testPlanPorts(dir))).rejects.toMatchObject({ code: 'weak-passphrase' })
  })

  it('answers abusive key derivation settings with a typed error, not a crash', async () => {
    const salt = Buffer.alloc(16, 1).toString('base64')
    await expect(deriveKey('x', { algorithm: 'scrypt', N: 2 ** 16, r: 1, p: 1, salt })).rejects.toMatchObject({ code: 'invalid-request' })
  })

  it('keeps direction marks out of suggested file names, and names no person in a print copy', async () => {
    expect(safeFileName(['Aan Tafel', 'Ria\u202Efdp.exe'], 'pdf')).toBe('Aan Tafel - Ria fdp.exe.pdf')
    expect(printFileName({ variant: 'full', largePrint: false })).toBe('Aan Tafel - plan.pdf')
  })

  it('does not read through a link to a device, nor load a linked dossier', async () => {
    if (process.platform === 'win32') return
    fs.mkdirSync(storeDir(), { recursive: true })
    fs.symlinkSync('/dev/zero', path.join(storeDir(), 'oneindig.json'))
    const store = DossierStore.open({ dir: storeDir() })
    expect(store.noticesFromOpening()).toEqual([{ kind: 'unreadable', id: 'oneindig', fileName: 'oneindig.json' }])
    expect(store.list()).toEqual([])
  })

  it('cleans up only its own old print copies in the shared temporary folder', async () => {
    const mine = path.join(dir, 'aan-tafel-print-mine')
    const theirs = path.join(dir, 'aan-tafel-print-theirs')
    fs.mkdirSync(mine)
    fs.mkdirSync(theirs)
    const uid = process.getuid?.()
    if (uid === 0) fs.chownSync(theirs, 65534, 65534)
    removeLegacyPrintCopies(dir, uid === 0 ? 0 : 99_999)
    if (uid === 0) {
      expect(fs.existsSync(mine)).toBe(false)
      expect(fs.existsSync(theirs)).toBe(true)
    } else {
      // Nobody here is user 99999: nothing is removed, and nothing throws.
      expect(fs.existsSync(mine)).toBe(true)
    }
    expect(() => removeLegacyPrintCopies(path.join(dir, 'missing'), uid)).not.toThrow()
  })
})

describe('what a second review found', () => {
  /** A protected hand-over file of a fresh dossier, and an importer on an empty store to open it. */
  async function protectedImport() {
    const source = DossierStore.open({ dir: path.join(dir, 'source') })
    const { id } = await source.create({ firstName: 'Geheim' })
    const ports = testPlanPorts(dir)
    ports.answer = 'geheim.aantafel'
    await exportDossier(source, id, PASSPHRASE, ports)
    ports.openAnswer = path.join(dir, 'geheim.aantafel')
    const store = DossierStore.open({ dir: storeDir() })
    const importer = new Importer(store, ports)
    const asked = await importer.run({})
    return { id, store, importer, token: asked.status === 'needs-passphrase' ? asked.token : '' }
  }

  it('does not store an import whose key was still being derived when everything locked', async () => {
    const { id, store, importer, token } = await protectedImport()
    const importing = importer.run({ token, passphrase: PASSPHRASE })
    store.lockAll()
    importer.forgetAll()
    expect(await importing).toEqual({ status: 'problem', problem: 'expired' })
    expect(store.stateOf(id)).toBeNull()
  }, 30_000)

  it('does not write an import back into a store that was emptied meanwhile', async () => {
    const { store, importer, token } = await protectedImport()
    const importing = importer.run({ token, passphrase: PASSPHRASE })
    importer.forgetAll()
    store.deleteAll()
    expect(await importing).toMatchObject({ status: 'problem', problem: 'expired' })
    expect(filesIn(storeDir())).toEqual({})
  }, 30_000)

  it('refuses to read a named pipe or a link to a device as a hand-over file, at once', async () => {
    if (process.platform === 'win32') return
    const store = DossierStore.open({ dir: storeDir() })
    const ports = testPlanPorts(dir)
    const pipe = path.join(dir, 'pijp.aantafel')
    execFileSync('mkfifo', [pipe])
    ports.openAnswer = pipe
    expect(await new Importer(store, ports).run({})).toEqual({ status: 'problem', problem: 'unreadable' })
    const link = path.join(dir, 'nul.aantafel')
    fs.symlinkSync('/dev/zero', link)
    ports.openAnswer = link
    expect(await new Importer(store, ports).run({})).toEqual({ status: 'problem', problem: 'unreadable' })
  })

  it('keeps the backups when setting a passphrase fails on a full disk', async () => {
    const allowed = { writes: Number.POSITIVE_INFINITY }
    const store = DossierStore.open({ dir: storeDir(), io: failingIo(allowed), backupRotateMs: 0 })
    const { id } = await store.create({ firstName: 'Ria' })
    for (const text of ['een', 'twee', 'drie']) await store.update(id, { matters: { keepDoing: text } })
    const before = Object.keys(filesIn(path.join(storeDir(), 'backups'))).sort()
    expect(before).toHaveLength(3)
    allowed.writes = 0
    await expect(store.setPassphrase(id, PASSPHRASE)).rejects.toMatchObject({ code: 'storage-failed' })
    expect(Object.keys(filesIn(path.join(storeDir(), 'backups'))).sort()).toEqual(before)
  })

  it('finishes a rename to lower case that was interrupted halfway', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Half' })
    fs.renameSync(path.join(storeDir(), `${id}.json`), path.join(storeDir(), `${id}.json.rename-0a1b2c3d`))
    expect(DossierStore.open({ dir: storeDir() }).read(id).subject.firstName).toBe('Half')
  })

  it('does not write a plan, a print copy or a hand-over file once the dossier locked while it was being made', async () => {
    const { createServices } = await import('../../electron/main/services')
    const ports = testPlanPorts(dir)
    const services = createServices({ dataDir: path.join(dir, 'data'), plan: ports })
    const { id } = await services.dossiers.create({ firstName: 'Ria' })
    await services.dossiers.setPassphrase(id, PASSPHRASE)
    // The person leaves the save dialog open; the computer locks meanwhile.
    const choose = ports.chooseSavePath
    ports.chooseSavePath = async (name, kind) => {
      services.dossiers.lockAll()
      return choose(name, kind)
    }
    const { dispatch } = await import('../../electron/main/dispatch')
    expect(await dispatch(services.handlers, 'dossiers.export', { id })).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(fs.existsSync(path.join(dir, 'plan.pdf'))).toBe(false)
    await services.dossiers.unlock(id, PASSPHRASE)
    expect(await dispatch(services.handlers, 'plan.save', { id, variant: 'summary', largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    })
    expect(fs.existsSync(path.join(dir, 'plan.pdf'))).toBe(false)
    await services.dossiers.unlock(id, PASSPHRASE)
    const printing = dispatch(services.handlers, 'plan.openForPrinting', { id, variant: 'summary', largePrint: false })
    services.dossiers.lockAll()
    expect(await printing).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(ports.opened).toEqual([])
  }, 30_000)

  it('keeps the id of a dossier that exists only as a backup from a newer version', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Nieuw' })
    await store.update(id, { matters: { keepDoing: 'x' } })
    const backup = path.join(storeDir(), 'backups', `${id}.1.json`)
    const record = JSON.parse(fs.readFileSync(backup, 'utf8')) as { dossier: { schemaVersion: number } }
    record.dossier.schemaVersion = DOSSIER_SCHEMA_VERSION + 1
    fs.writeFileSync(backup, JSON.stringify(record))
    fs.rmSync(path.join(storeDir(), `${id}.json`))
    const reopened = DossierStore.open({ dir: storeDir() })
    expect(reopened.stateOf(id)).toBe('unreadable')
    expect(reopened.noticesFromOpening()).toEqual([expect.objectContaining({ kind: 'newer-version', id })])
  })

  it('protects and deletes a dossier even with a folder where a backup should be', async () => {
    const store = DossierStore.open({ dir: storeDir() })
    const { id } = await store.create({ firstName: 'Ria' })
    fs.mkdirSync(path.join(storeDir(), 'backups', `${id}.2.json`), { recursive: true })
    await store.setPassphrase(id, PASSPHRASE)
    expect(store.isProtected(id)).toBe(true)
    await store.delete(id)
    expect(store.stateOf(id)).toBeNull()
  }, 30_000)
})
