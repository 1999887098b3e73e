import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DossierStore } from '../../electron/main/dossiers/store'
import { ServiceError } from '../../electron/contract/errors'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
let clock: number

const open = (options: Partial<Parameters<typeof DossierStore.open>[0]> = {}) => DossierStore.open({ dir, now: () => new Date(clock), ...options })

const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [])

beforeEach(() => {
  ;({ dir, cleanup } = makeTempDir())
  clock = Date.parse('2026-11-26T10:00:00Z')
})
afterEach(() => cleanup())

describe('the dossier store', () => {
  it('keeps what was created and changed after the app is closed and opened again', async () => {
    const store = open()
    const dossier = await store.create({ forWhom: 'relative', firstName: 'Sevgi' })
    clock += 60_000
    await store.update(dossier.id, { subject: { surname: 'Öztürk' }, day: { morning: 'Opstaan kost veel moeite.' } })

    const reopened = open()
    const read = reopened.read(dossier.id)
    expect(read.subject).toMatchObject({ forWhom: 'relative', firstName: 'Sevgi', surname: 'Öztürk' })
    expect(read.day.morning).toBe('Opstaan kost veel moeite.')
    expect(read.updatedAt).toBe('2026-11-26T10:01:00.000Z')
    expect(reopened.list()).toEqual([expect.objectContaining({ id: dossier.id, displayName: 'Sevgi Öztürk', progress: { answered: 2, total: 9 } })])
  })

  it('changes only the fields a change names', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Jan' })
    await store.update(dossier.id, { subject: { phone: '06-12345678' } })
    const read = await store.update(dossier.id, { subject: { surname: 'Jansen' } })
    expect(read.subject).toMatchObject({ firstName: 'Jan', surname: 'Jansen', phone: '06-12345678' })
  })

  it('keeps a nested part (the decision check) when a change names only another field of its section', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Jan' })
    await store.update(dossier.id, {
      afterTalk: { decisionCheck: { outcome: 'partly', result: 'een schoon en leefbaar huis' }, objection: { proForma: true } },
    })
    const read = await store.update(dossier.id, { afterTalk: { agreed: 'Hulp bij het douchen.' } })
    expect(read.afterTalk.decisionCheck).toMatchObject({ outcome: 'partly', result: 'een schoon en leefbaar huis' })
    expect(read.afterTalk.objection.proForma).toBe(true)
    expect(read.afterTalk.agreed).toBe('Hulp bij het douchen.')
  })

  it('stores long answers, markup, emoji and non-Latin names exactly as typed', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Зоя 🌷' })
    const long = 'Ik kan niet meer zelf douchen. '.repeat(3_000)
    const markup = '<script>alert("x")</script> & {{name}} ${x}'
    await store.update(dossier.id, { matters: { keepDoing: long, doNotWant: markup } })
    const read = open().read(dossier.id)
    expect(read.subject.firstName).toBe('Зоя 🌷')
    expect(read.matters.keepDoing).toBe(long)
    expect(read.matters.doNotWant).toBe(markup)
  })

  it('refuses an invalid change and leaves the file exactly as it was', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Piet' })
    const file = path.join(dir, `${dossier.id}.json`)
    const before = fs.readFileSync(file, 'utf8')
    await expect(store.update(dossier.id, { carer: { carers: [{ id: 'carer-1', who: { kind: 'preparer' }, hoursPerWeek: 500 }] } })).rejects.toThrow()
    await expect(store.update(dossier.id, { conversation: { talkDate: '31-02-2026' } })).rejects.toThrow()
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
    expect(store.read(dossier.id).carer.carers).toEqual([])
  })

  it('says "not found" for a dossier that does not exist', async () => {
    const store = open()
    expect(() => store.read('missing')).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('duplicates a dossier as a new one with the same answers', async () => {
    const store = open()
    const original = await store.create({ firstName: 'Template' })
    await store.update(original.id, { questions: { selected: ['procedure01', 'costs02'] } })
    clock += 1_000
    const copy = await store.duplicate(original.id)
    expect(copy.id).not.toBe(original.id)
    expect(copy.questions.selected).toEqual(['procedure01', 'costs02'])
    expect(copy.createdAt).toBe('2026-11-26T10:00:01.000Z')
    expect(
      open()
        .list()
        .map((summary) => summary.id),
    ).toEqual([copy.id, original.id])
  })

  it('deletes a dossier together with its backups', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Weg' })
    await store.update(dossier.id, { subject: { surname: 'Ermee' } })
    expect(filesIn(path.join(dir, 'backups'))).toHaveLength(1)
    await store.delete(dossier.id)
    expect(filesIn(dir).filter((name) => name.endsWith('.json'))).toEqual([])
    expect(filesIn(path.join(dir, 'backups'))).toEqual([])
    expect(open().list()).toEqual([])
  })

  it('deletes damaged copies that were set aside for the same dossier', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Weg' })
    await store.update(dossier.id, { subject: { surname: 'Ermee' } })
    fs.writeFileSync(path.join(dir, `${dossier.id}.json`), '{broken')
    const reopened = open()
    expect(filesIn(path.join(dir, 'damaged'))).toHaveLength(1)
    await reopened.delete(dossier.id)
    expect(filesIn(path.join(dir, 'damaged'))).toEqual([])
  })

  it('writes files that only the computer user can read', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Privé' })
    await store.update(dossier.id, { subject: { surname: 'X' } })
    expect(fs.statSync(path.join(dir, `${dossier.id}.json`)).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.join(dir, 'backups', `${dossier.id}.1.json`)).mode & 0o777).toBe(0o600)
  })

  it('keeps the state before the last save, and older generations no more often than the rotation time', async () => {
    const store = open({ backupCount: 3, backupRotateMs: 10 * 60_000 })
    const dossier = await store.create({ firstName: 'v0' })
    const setName = (firstName: string) => store.update(dossier.id, { subject: { firstName } })
    const backup = (n: number) => JSON.parse(fs.readFileSync(path.join(dir, 'backups', `${dossier.id}.${n}.json`), 'utf8')).dossier.subject.firstName

    await setName('v1')
    expect(backup(1)).toBe('v0')
    await setName('v2')
    expect(backup(1)).toBe('v1')
    expect(fs.existsSync(path.join(dir, 'backups', `${dossier.id}.2.json`))).toBe(false)

    // Rotation compares against the backup file's age on disk: make it look old.
    const old = new Date(Date.now() - 11 * 60_000)
    fs.utimesSync(path.join(dir, 'backups', `${dossier.id}.1.json`), old, old)
    await setName('v3')
    expect([backup(1), backup(2)]).toEqual(['v2', 'v1'])
  })
})

describe('recovery when a file on disk is damaged', () => {
  async function damagedDossier(damage: (file: string) => void) {
    const store = open()
    const dossier = await store.create({ firstName: 'Truus' })
    clock += 1_000
    await store.update(dossier.id, { subject: { surname: 'de Vries' } })
    const file = path.join(dir, `${dossier.id}.json`)
    damage(file)
    return { dossier, file }
  }

  it('loads the newest good backup, keeps the bad file aside and tells the user', async () => {
    const { dossier, file } = await damagedDossier((file) => fs.writeFileSync(file, '{"format":"aan-tafel/dossier","dossier":{'))
    const store = open()
    expect(store.read(dossier.id).subject.firstName).toBe('Truus')
    expect(store.noticesFromOpening()).toEqual([
      { kind: 'restored-from-backup', id: dossier.id, displayName: 'Truus', backupSavedAt: '2026-11-26T10:00:00.000Z' },
    ])
    expect(filesIn(path.join(dir, 'damaged'))).toHaveLength(1)
    const [keptName = ''] = filesIn(path.join(dir, 'damaged'))
    const kept = fs.readFileSync(path.join(dir, 'damaged', keptName), 'utf8')
    expect(kept).toBe('{"format":"aan-tafel/dossier","dossier":{')
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).dossier.subject.firstName).toBe('Truus')
    expect(open().noticesFromOpening()).toEqual([])
  })

  it('treats a file that is valid JSON but not a valid dossier as damaged', async () => {
    const { dossier } = await damagedDossier((file) =>
      fs.writeFileSync(file, JSON.stringify({ format: 'aan-tafel/dossier', encryption: 'none', displayName: 'x', dossier: { schemaVersion: 1, id: 7 } })),
    )
    expect(open().read(dossier.id).subject.firstName).toBe('Truus')
  })

  it('sets a damaged file aside when no backup is good, and opens the other dossiers', async () => {
    const store = open()
    const good = await store.create({ firstName: 'Goed' })
    const bad = await store.create({ firstName: 'Kapot' })
    fs.writeFileSync(path.join(dir, `${bad.id}.json`), '\u0000\u0000')
    const reopened = open()
    expect(reopened.list().map((summary) => summary.id)).toEqual([good.id])
    expect(reopened.noticesFromOpening()).toEqual([{ kind: 'set-aside', id: bad.id, fileName: `${bad.id}.json` }])
    expect(filesIn(path.join(dir, 'damaged'))).toHaveLength(1)
  })

  it('restores a dossier whose file is missing but whose backup is there', async () => {
    const { dossier } = await damagedDossier((file) => fs.rmSync(file))
    expect(open().read(dossier.id).subject.firstName).toBe('Truus')
  })

  it('leaves a file from a newer version of the app untouched', async () => {
    const { dossier, file } = await damagedDossier((file) => {
      const record = JSON.parse(fs.readFileSync(file, 'utf8'))
      record.dossier.schemaVersion = 99
      fs.writeFileSync(file, JSON.stringify(record))
    })
    const before = fs.readFileSync(file, 'utf8')
    const store = open()
    expect(() => store.read(dossier.id)).toThrow(ServiceError)
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
    expect(store.noticesFromOpening()).toEqual([{ kind: 'newer-version', id: dossier.id, fileName: `${dossier.id}.json` }])
  })
})

describe('what a crash or a bad disk can leave behind', () => {
  it('removes the temporary files of interrupted writes when the store opens', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Tijdelijk' })
    fs.writeFileSync(path.join(dir, `${dossier.id}.json.tmp-1764150000abcdef`), '{"half')
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'backups', `${dossier.id}.1.json.tmp-1764150000abcdef`), '{"half')
    open()
    expect(filesIn(dir).filter((name) => name.includes('.tmp-'))).toEqual([])
    expect(filesIn(path.join(dir, 'backups')).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('treats a flipped byte inside a text as damage and restores the backup', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Bit' })
    await store.update(dossier.id, { matters: { keepDoing: 'zelf koken' } })
    const file = path.join(dir, `${dossier.id}.json`)
    const bytes = fs.readFileSync(file)
    const at = bytes.indexOf(Buffer.from('zelf koken'))
    bytes[at] = 0xff
    fs.writeFileSync(file, bytes)
    const reopened = open()
    expect(reopened.noticesFromOpening()).toEqual([expect.objectContaining({ kind: 'restored-from-backup' })])
    expect(reopened.read(dossier.id).subject.firstName).toBe('Bit')
  })

  it('leaves a file it cannot read at all where it is, and says so', async () => {
    const store = open()
    const dossier = await store.create({ firstName: 'Map' })
    const file = path.join(dir, `${dossier.id}.json`)
    fs.rmSync(file)
    fs.mkdirSync(file)
    const reopened = open()
    expect(reopened.noticesFromOpening()).toEqual([{ kind: 'unreadable', id: dossier.id, fileName: `${dossier.id}.json` }])
    expect(fs.statSync(file).isDirectory()).toBe(true)
    expect(filesIn(path.join(dir, 'damaged'))).toEqual([])
  })
})
