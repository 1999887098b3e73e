import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DossierStore } from '../../electron/main/dossiers/store'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const SECRET = 'Mijn dochter helpt me elke ochtend met douchen'
const PASSPHRASE = 'koffie met oma op zondag'

/** Every file of the store, as text, to search for what must not be readable. */
function everythingOnDisk(): string {
  const files: string[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.push(fs.readFileSync(full, 'utf8'))
    }
  }
  walk(dir)
  return files.join('\n')
}

async function protectedDossier() {
  const store = DossierStore.open({ dir })
  const dossier = await store.create({ forWhom: 'self', firstName: 'Ria' })
  await store.update(dossier.id, { matters: { keepDoing: SECRET } })
  await store.setPassphrase(dossier.id, PASSPHRASE)
  return { store, id: dossier.id }
}

describe('a dossier locked with a passphrase', () => {
  it('is encrypted on disk, backups included, with only its name readable', async () => {
    const { store, id } = await protectedDossier()
    await store.update(id, { day: { morning: 'Nog iets geheims' } })
    const disk = everythingOnDisk()
    expect(disk).not.toContain(SECRET)
    expect(disk).not.toContain('Nog iets geheims')
    expect(disk).toContain('"displayName": "Ria"')
    expect(fs.readdirSync(path.join(dir, 'backups')).length).toBeGreaterThan(0)
  })

  it('shows only its name after a restart, and opens with the right passphrase only', async () => {
    const { id } = await protectedDossier()
    const store = DossierStore.open({ dir })
    expect(store.list()).toEqual([
      expect.objectContaining({ id, displayName: 'Ria', protection: 'locked', municipalityCode: '', progress: { answered: 0, total: 0 } }),
    ])
    expect(() => store.read(id)).toThrow(expect.objectContaining({ code: 'locked' }))
    await expect(store.unlock(id, 'koffie met opa')).rejects.toMatchObject({ code: 'wrong-passphrase' })
    const opened = await store.unlock(id, PASSPHRASE)
    expect(opened.matters.keepDoing).toBe(SECRET)
    expect(store.list()[0]?.protection).toBe('unlocked')
  })

  it('notices a file that was tampered with, and leaves it as it is', async () => {
    const { id } = await protectedDossier()
    const file = path.join(dir, `${id}.json`)
    const record = JSON.parse(fs.readFileSync(file, 'utf8'))
    const bytes = Buffer.from(record.sealed.ciphertext, 'base64')
    bytes[5] = (bytes[5] ?? 0) ^ 1
    record.sealed.ciphertext = bytes.toString('base64')
    fs.writeFileSync(file, JSON.stringify(record))
    const before = fs.readFileSync(file, 'utf8')
    const store = DossierStore.open({ dir })
    await expect(store.unlock(id, PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' })
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
  })

  it('uses a fresh nonce for every save, and forgets its contents when locked', async () => {
    const { store, id } = await protectedDossier()
    const iv = () => JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')).sealed.iv
    const first = iv()
    await store.update(id, { day: { evening: 'a' } })
    expect(iv()).not.toBe(first)
    expect(store.lockAll()).toBe(1)
    expect(() => store.read(id)).toThrow(expect.objectContaining({ code: 'locked' }))
  })

  it('can be made readable again, and deleted without its passphrase', async () => {
    const { store, id } = await protectedDossier()
    await store.removePassphrase(id)
    expect(everythingOnDisk()).toContain(SECRET)
    await store.setPassphrase(id, PASSPHRASE)
    store.lockAll()
    await store.delete(id)
    expect(store.list()).toEqual([])
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual([])
  })

  it('refuses a passphrase shorter than 8 characters', async () => {
    const store = DossierStore.open({ dir })
    const dossier = await store.create({ firstName: 'Kort' })
    await expect(store.setPassphrase(dossier.id, 'abc')).rejects.toMatchObject({ code: 'weak-passphrase' })
  })

  it('is restored from its encrypted backup when its file is damaged, still locked', async () => {
    const { store, id } = await protectedDossier()
    await store.update(id, { day: { night: 'slaapt slecht' } })
    fs.writeFileSync(path.join(dir, `${id}.json`), '{"format":"aan-tafel/dossier","encr')
    const reopened = DossierStore.open({ dir })
    expect(reopened.noticesFromOpening()).toEqual([expect.objectContaining({ kind: 'restored-from-backup', id, displayName: 'Ria' })])
    expect(reopened.list()[0]?.protection).toBe('locked')
    expect((await reopened.unlock(id, PASSPHRASE)).matters.keepDoing).toBe(SECRET)
  })

  it('removes every dossier, backup and damaged copy on "delete everything"', async () => {
    const { store } = await protectedDossier()
    await store.create({ firstName: 'Tweede' })
    store.deleteAll()
    expect(fs.readdirSync(dir)).toEqual([])
    expect(DossierStore.open({ dir }).list()).toEqual([])
  })
})
