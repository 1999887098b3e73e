import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Dossier } from '../../domain/dossier/schema'
import { encodeRecord } from '../../electron/main/dossiers/record'
import { DossierStore } from '../../electron/main/dossiers/store'
import { INDEX_FILE } from '../../electron/main/dossiers/summary-index'
import { nodeIo, type WriteIo } from '../../electron/main/storage/durable-file'
import { fullPreparation } from '../support/factories'
import { makeTempDir } from '../support/temp-dir'

/*
 * The summary index and the asynchronous saves (issue 14): opening and listing parse no dossier,
 * the index is a cache that never wins over the files, and saves that overlap are applied one at
 * a time, each in memory only once it is on disk.
 */
let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('aan-tafel-index-')))
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const PASSPHRASE = 'koffie met oma op zondag'
const indexText = () => fs.readFileSync(path.join(dir, INDEX_FILE), 'utf8')

async function storeWith(count: number): Promise<{ store: DossierStore; ids: string[] }> {
  const store = DossierStore.open({ dir })
  const ids: string[] = []
  for (let index = 0; index < count; index++) {
    const { id } = await store.create({ forWhom: 'client', firstName: `Cliënt ${index}` })
    await store.update(id, { conversation: { municipalityCode: 'GM0363', talkDate: '2026-12-10' }, desk: { status: 'talkPlanned' } })
    ids.push(id)
  }
  await store.flush()
  return { store, ids }
}

describe('the summary index', () => {
  it('opens the app and the list without parsing a dossier, and parses one when it is opened', async () => {
    const { ids } = await storeWith(5)
    const parse = vi.spyOn(Dossier, 'safeParse')
    const reopened = DossierStore.open({ dir })
    const list = reopened.list()
    expect(list).toHaveLength(5)
    expect(list[0]).toMatchObject({ municipalityCode: 'GM0363', talkDate: '2026-12-10', desk: { status: 'talkPlanned' } })
    expect(parse).not.toHaveBeenCalled()
    expect(reopened.read(ids[0] ?? '').subject.firstName).toBe('Cliënt 0')
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('is rebuilt from the files when it is missing or damaged', async () => {
    await storeWith(3)
    fs.writeFileSync(path.join(dir, INDEX_FILE), '{"format":"aan-tafel/summary-index","entr')
    expect(DossierStore.open({ dir }).list()).toHaveLength(3)
    fs.rmSync(path.join(dir, INDEX_FILE))
    const reopened = DossierStore.open({ dir })
    expect(reopened.list()).toHaveLength(3)
    await reopened.flush()
    expect(JSON.parse(indexText()).entries).toHaveLength(3)
  })

  it('never trusts an entry over a file that changed or went since it was written', async () => {
    const { ids } = await storeWith(3)
    const [changed = '', gone = ''] = ids
    // Another program (or an older version of the app) changed one file and removed another.
    const dossier = DossierStore.open({ dir }).read(changed)
    const renamed = Dossier.parse({ ...dossier, subject: { ...dossier.subject, firstName: 'Anders' } })
    fs.writeFileSync(path.join(dir, `${changed}.json`), JSON.stringify(encodeRecord(renamed), null, '\t'))
    fs.rmSync(path.join(dir, `${gone}.json`))
    for (const name of fs.readdirSync(path.join(dir, 'backups'))) if (name.startsWith(gone)) fs.rmSync(path.join(dir, 'backups', name))
    const reopened = DossierStore.open({ dir })
    expect(reopened.list().map((summary) => summary.displayName)).toEqual(expect.arrayContaining(['Anders', 'Cliënt 2']))
    expect(reopened.list()).toHaveLength(2)
  })

  it('finds a damaged file when the dossier is opened, and restores its backup as at start', async () => {
    const { ids } = await storeWith(1)
    const id = ids[0] ?? ''
    const file = path.join(dir, `${id}.json`)
    const reopened = DossierStore.open({ dir })
    fs.writeFileSync(file, '{"format":"aan-tafel/dossier","dossier":{')
    expect(reopened.read(id).subject.firstName).toBe('Cliënt 0')
    expect(reopened.noticesFromOpening()).toEqual([expect.objectContaining({ kind: 'restored-from-backup', id })])
  })

  it('keeps what a protected dossier holds out of the index, and a deleted name leaves it at once', async () => {
    const { store, ids } = await storeWith(2)
    const [secret = '', other = ''] = ids
    await store.update(secret, { desk: { notes: [{ id: 'n1', date: '2026-11-20', text: 'Schulden bij de woningcorporatie', inPlan: false }] } })
    await store.setPassphrase(secret, PASSPHRASE)
    expect(indexText()).not.toContain('Schulden')
    expect(indexText()).not.toContain('GM0363", "talkDate')
    const entry = (JSON.parse(indexText()) as { entries: { id: string; facts: unknown; displayName: string }[] }).entries.find((item) => item.id === secret)
    expect(entry).toMatchObject({ displayName: 'Cliënt 0', facts: null })
    // While it is open, the list still shows it in full; after locking, only its name.
    expect(store.list().find((summary) => summary.id === secret)?.desk).not.toBeNull()
    store.lockAll()
    expect(store.list().find((summary) => summary.id === secret)).toMatchObject({ protection: 'locked', desk: null, municipalityCode: '' })

    await store.delete(other)
    expect(indexText()).not.toContain('Cliënt 1')
    await store.delete(secret)
    expect(fs.existsSync(path.join(dir, INDEX_FILE))).toBe(false)
  }, 30_000)

  it('keeps an archived dossier archived while it is locked', async () => {
    const { store, ids } = await storeWith(1)
    const id = ids[0] ?? ''
    await store.update(id, { desk: { archived: true } })
    await store.setPassphrase(id, PASSPHRASE)
    store.lockAll()
    expect(DossierStore.open({ dir }).list()).toEqual([expect.objectContaining({ id, protection: 'locked', archived: true })])
  }, 30_000)
})

describe('saves that overlap', () => {
  it('applies changes sent at once one after another, none lost, in the order sent', async () => {
    const { store, ids } = await storeWith(1)
    const id = ids[0] ?? ''
    const texts = Array.from({ length: 20 }, (_, index) => `versie ${index}`)
    await Promise.all(texts.map((text, index) => store.update(id, index % 2 ? { day: { morning: text } } : { day: { evening: text } })))
    const expected = { morning: 'versie 19', evening: 'versie 18' }
    expect(store.read(id).day).toMatchObject(expected)
    expect(DossierStore.open({ dir }).read(id).day).toMatchObject(expected)
  })

  it('changes memory only once the file is on disk', async () => {
    const { store, ids } = await storeWith(1)
    const id = ids[0] ?? ''
    const saving = store.update(id, { matters: { keepDoing: 'zelf koken' } })
    expect(store.read(id).matters.keepDoing).toBe('')
    await saving
    expect(store.read(id).matters.keepDoing).toBe('zelf koken')
  })

  it('does not bring a file back when everything is deleted while it is being saved', async () => {
    const { store, ids } = await storeWith(2)
    const saves = ids.map((id) => store.update(id, { ...fullPreparation(), subject: { firstName: 'Weg' } }))
    store.deleteAll()
    for (const save of saves) await expect(save).rejects.toMatchObject({ code: 'not-found' })
    await store.flush()
    expect(fs.readdirSync(dir)).toEqual([])
    expect(store.list()).toEqual([])
  })

  it('keeps a change made while the dossier locked, sealed, and keeps the dossier locked', async () => {
    await storeWith(1)
    // The computer locks while the save is on its way to the disk.
    let lockNow = () => {}
    const io: WriteIo = {
      ...nodeIo,
      openSync: (file, flags, mode) => {
        lockNow()
        return nodeIo.openSync(file, flags, mode)
      },
    }
    const store = DossierStore.open({ dir, io })
    const id = store.list()[0]?.id ?? ''
    await store.setPassphrase(id, PASSPHRASE)
    const saving = store.update(id, { matters: { keepDoing: 'getypt vlak voor het slot' } })
    lockNow = () => {
      lockNow = () => {}
      store.lockAll()
    }
    await expect(saving).rejects.toMatchObject({ code: 'locked' })
    expect(store.stateOf(id)).toBe('locked')
    expect(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')).not.toContain('getypt vlak')
    expect((await store.unlock(id, PASSPHRASE)).matters.keepDoing).toBe('getypt vlak voor het slot')
  }, 30_000)

  it('does not count turning a page as a change to the dossier', async () => {
    const { store, ids } = await storeWith(1)
    const id = ids[0] ?? ''
    const before = store.read(id).updatedAt
    await store.update(id, { flow: { last: { view: 'prepare', step: 'day', part: 0, afterPart: 0 } } })
    expect(store.read(id).updatedAt).toBe(before)
    expect(store.read(id).flow.last.step).toBe('day')
  })
})
