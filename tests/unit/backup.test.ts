import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DOSSIER_SCHEMA_VERSION, Dossier } from '../../domain/dossier/schema'
import { deriveKey, newKdf, seal } from '../../electron/main/crypto/envelope'
import { encodeRecord } from '../../electron/main/dossiers/record'
import { DossierStore } from '../../electron/main/dossiers/store'
import { nodeIo, type WriteIo } from '../../electron/main/storage/durable-file'
import { Restorer, saveBackup } from '../../electron/main/transfer/backup'
import { Importer, exportDossier } from '../../electron/main/transfer/hand-over'
import { BACKUP_AAD, decodeBackup } from '../../electron/main/transfer/transfer-file'
import { fullPreparation } from '../support/factories'
import { testPlanPorts, type TestPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

/*
 * A backup of everything (issue 14): every dossier in one encrypted file, restored on another
 * computer with a choice per dossier that is there already, and nothing changed on any failure.
 */
let dir: string
let cleanup: () => void
let ports: TestPlanPorts
beforeEach(() => {
  ;({ dir, cleanup } = makeTempDir('aan-tafel-backup-'))
  ports = testPlanPorts(dir)
})
afterEach(() => cleanup())

const BACKUP_PASSPHRASE = 'alles in één bestand bewaard'
const OWN_PASSPHRASE = 'koffie met oma op zondag'
const folder = (name: string) => path.join(dir, name, 'dossiers')

/** Every file of a store as text, by its path inside the folder (the list's index, a cache, left out). */
function filesOf(store: DossierStore): Record<string, string> {
  if (!fs.existsSync(store.dir)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(store.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'summaries.index')
      .map((entry) => [path.relative(store.dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]),
  )
}

/** The dossier as its file holds it, as JSON text: what "byte-identical" compares. */
const dossierJsonOf = (store: DossierStore, id: string) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(store.dir, `${id}.json`), 'utf8')).dossier)

/** `count` prepared dossiers, written as the store writes them (its fsyncs are not what is tested here). */
async function computerWith(name: string, count: number): Promise<DossierStore> {
  fs.mkdirSync(folder(name), { recursive: true })
  const patch = fullPreparation()
  for (let index = 0; index < count; index++) {
    const stamp = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString()
    const dossier = Dossier.parse({
      schemaVersion: DOSSIER_SCHEMA_VERSION,
      id: `${name}-${index}`,
      createdAt: stamp,
      updatedAt: stamp,
      ...patch,
      subject: { ...patch.subject, firstName: `Cliënt ${index} 🌷` },
      desk: { status: 'talkPlanned', notes: [{ id: 'n1', date: '2026-11-20', text: `Aantekening ${index}`, inPlan: index % 2 === 0 }] },
    })
    fs.writeFileSync(path.join(folder(name), `${dossier.id}.json`), JSON.stringify(encodeRecord(dossier), null, '\t'))
  }
  return DossierStore.open({ dir: folder(name) })
}

async function backUp(store: DossierStore): Promise<string> {
  ports.answer = 'alles.aantafel'
  const saved = await saveBackup(store, BACKUP_PASSPHRASE, ports)
  expect(saved).toMatchObject({ saved: true })
  return path.join(dir, 'alles.aantafel')
}

describe('a backup of everything', () => {
  it('restores 500 dossiers on an empty data folder byte for byte, protected ones still locked', async () => {
    const source = await computerWith('oud', 500)
    const ids = source.list().map((summary) => summary.id)
    const [secret = ''] = ids
    await source.setPassphrase(secret, OWN_PASSPHRASE)
    const file = await backUp(source)
    expect(fs.readFileSync(file, 'utf8')).not.toContain('Cliënt')

    const target = DossierStore.open({ dir: folder('nieuw') })
    ports.openAnswer = file
    const restorer = new Restorer(target, ports)
    const asked = await restorer.run({})
    expect(asked).toMatchObject({ status: 'needs-passphrase', wrong: false })
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    expect(await restorer.run({ token, passphrase: BACKUP_PASSPHRASE })).toEqual({ status: 'restored', added: 500, replaced: 0, skipped: 0 })

    for (const id of ids.filter((id) => id !== secret)) expect(dossierJsonOf(target, id)).toBe(dossierJsonOf(source, id))
    const reopened = DossierStore.open({ dir: folder('nieuw') })
    expect(reopened.list()).toHaveLength(500)
    expect(reopened.stateOf(secret)).toBe('locked')
    source.lockAll()
    expect(JSON.stringify(await reopened.unlock(secret, OWN_PASSPHRASE))).toBe(JSON.stringify(await source.unlock(secret, OWN_PASSPHRASE)))
  }, 180_000)

  it('asks for its passphrase again when it is wrong, and changes nothing', async () => {
    const file = await backUp(await computerWith('oud', 3))
    const target = await computerWith('nieuw', 1)
    const before = filesOf(target)
    ports.openAnswer = file
    const restorer = new Restorer(target, ports)
    const asked = await restorer.run({})
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    expect(await restorer.run({ token, passphrase: 'een ander wachtwoord' })).toEqual({ status: 'needs-passphrase', token, wrong: true })
    expect(filesOf(target)).toEqual(before)
    expect(await restorer.run({ token, cancel: true })).toEqual({ status: 'cancelled' })
  }, 60_000)

  it('asks per dossier that is here already: keeps both, replaces, or leaves it; never replaces a locked one', async () => {
    const source = await computerWith('oud', 3)
    const file = await backUp(source)
    // The same three on this computer, one changed since, one locked.
    const target = DossierStore.open({ dir: folder('oud-kopie') })
    for (const id of ['oud-0', 'oud-1', 'oud-2']) await target.put(source.read(id))
    await target.update('oud-0', { subject: { firstName: 'Hier veranderd' } })
    await target.setPassphrase('oud-2', OWN_PASSPHRASE)
    target.lockAll()
    ports.openAnswer = file
    const restorer = new Restorer(target, ports)
    const asked = await restorer.run({})
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    const conflicts = await restorer.run({ token, passphrase: BACKUP_PASSPHRASE })
    expect(conflicts).toMatchObject({ status: 'conflicts', total: 3 })
    expect(conflicts.status === 'conflicts' && conflicts.conflicts).toEqual([
      { id: 'oud-0', name: 'Hier veranderd Yılmaz-Đoković', existing: 'open', incomingLocked: false },
      { id: 'oud-1', name: 'Cliënt 1 🌷 Yılmaz-Đoković', existing: 'open', incomingLocked: false },
      { id: 'oud-2', name: 'Cliënt 2 🌷 Yılmaz-Đoković', existing: 'locked', incomingLocked: false },
    ])
    const before = filesOf(target)
    expect(await restorer.run({ token, choices: { 'oud-0': 'replace', 'oud-1': 'keepBoth', 'oud-2': 'replace' } })).toEqual({
      status: 'problem',
      problem: 'replace-locked',
    })
    expect(filesOf(target)).toEqual(before)
    expect(await restorer.run({ token, choices: { 'oud-0': 'replace', 'oud-1': 'keepBoth', 'oud-2': 'skip' } })).toEqual({
      status: 'restored',
      added: 1,
      replaced: 1,
      skipped: 1,
    })
    expect(target.read('oud-0').subject.firstName).toBe('Cliënt 0 🌷')
    expect(target.list()).toHaveLength(4)
    expect(target.stateOf('oud-2')).toBe('locked')
  }, 60_000)

  it('changes nothing when a write fails halfway: what it added goes, what it replaced comes back', async () => {
    const source = await computerWith('oud', 6)
    const file = await backUp(source)
    // The disk refuses one write (full for a moment), then works again.
    const writes = { count: 0, failAt: Number.POSITIVE_INFINITY }
    const io: WriteIo = {
      ...nodeIo,
      writeSync: (fd, buffer, offset, length) => {
        if (++writes.count === writes.failAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        return nodeIo.writeSync(fd, buffer, offset, length)
      },
    }
    const target = DossierStore.open({ dir: folder('vol'), io })
    for (const id of ['oud-4', 'oud-5']) await target.put(Dossier.parse({ ...source.read(id), subject: { firstName: `Van hier ${id}` } }))
    await target.flush()
    const before = filesOf(target)
    ports.openAnswer = file
    const restorer = new Restorer(target, ports)
    const asked = await restorer.run({})
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    expect(await restorer.run({ token, passphrase: BACKUP_PASSPHRASE })).toMatchObject({ status: 'conflicts' })
    // Four new dossiers (a file and a backup each) and the first replacement go well; the second replacement's file does not.
    writes.count = 0
    writes.failAt = 4 * 2 + 2 + 1
    await expect(restorer.run({ token, choices: { 'oud-4': 'replace', 'oud-5': 'replace' } })).rejects.toMatchObject({ code: 'storage-failed' })
    const names = (store: DossierStore) =>
      store
        .list()
        .map((summary) => summary.displayName)
        .sort()
    expect(names(target)).toEqual(['Van hier oud-4', 'Van hier oud-5'])
    expect(Object.keys(filesOf(target)).filter((name) => !name.startsWith('backups/'))).toEqual(
      Object.keys(before).filter((name) => !name.startsWith('backups/')),
    )
    expect(names(DossierStore.open({ dir: folder('vol') }))).toEqual(names(target))
  }, 60_000)

  it('refuses a backup with one damaged dossier in it, and writes nothing', async () => {
    const kdf = { ...newKdf(), N: 2 ** 10 }
    const key = await deriveKey(BACKUP_PASSPHRASE, kdf)
    const good = { schemaVersion: DOSSIER_SCHEMA_VERSION, id: 'goed', createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' }
    const lines = [
      { format: 'aan-tafel/backup', count: 2 },
      { dossier: good },
      { dossier: { ...good, id: 'kapot', carer: { carers: [{ id: 'c1', who: { kind: 'preparer' }, hoursPerWeek: 500 }] } } },
    ]
    const sealed = seal(gzipSync(lines.map((line) => JSON.stringify(line)).join('\n')), key, kdf, BACKUP_AAD)
    const file = path.join(dir, 'kapot.aantafel')
    const header = { format: 'aan-tafel/export', formatVersion: 2, exportedAt: '2026-11-26T10:00:00.000Z', app: 'Aan Tafel', contents: 'everything' }
    fs.writeFileSync(file, JSON.stringify({ ...header, encryption: 'passphrase', sealed }))
    await expect(decodeBackup(fs.readFileSync(file), { passphrase: BACKUP_PASSPHRASE })).rejects.toMatchObject({ problem: 'invalid-dossier' })

    const target = DossierStore.open({ dir: folder('leeg') })
    ports.openAnswer = file
    const restorer = new Restorer(target, ports)
    const asked = await restorer.run({})
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    expect(await restorer.run({ token, passphrase: BACKUP_PASSPHRASE })).toEqual({ status: 'problem', problem: 'invalid-dossier' })
    expect(filesOf(target)).toEqual({})
  })

  it('tells a backup and a single preparation’s file apart, each where the other is expected', async () => {
    const source = await computerWith('oud', 1)
    const backup = await backUp(source)
    ports.answer = 'een.aantafel'
    await exportDossier(source, 'oud-0', undefined, ports)
    const target = DossierStore.open({ dir: folder('nieuw') })
    ports.openAnswer = backup
    expect(await new Importer(target, ports).run({})).toEqual({ status: 'problem', problem: 'is-backup' })
    ports.openAnswer = path.join(dir, 'een.aantafel')
    expect(await new Restorer(target, ports).run({})).toEqual({ status: 'problem', problem: 'not-backup' })
  })
})
