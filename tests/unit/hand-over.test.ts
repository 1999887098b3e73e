import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DossierStore } from '../../electron/main/dossiers/store'
import { Importer, exportDossier } from '../../electron/main/transfer/hand-over'
import { fullPreparation } from '../support/factories'
import { testPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const PASSPHRASE = 'de boot naar Texel'

/** An advocate's computer with one prepared dossier, and a client's computer to hand it to. */
async function twoComputers() {
  const advocate = DossierStore.open({ dir: path.join(dir, 'advocate') })
  const client = DossierStore.open({ dir: path.join(dir, 'client') })
  const ports = testPlanPorts(dir)
  const dossier = await advocate.create({ firstName: 'x' })
  await advocate.update(dossier.id, fullPreparation())
  return { advocate, client, ports, id: dossier.id }
}

const filesOf = (store: DossierStore) =>
  fs
    .readdirSync(store.dir)
    .sort()
    .map((name) => (name.endsWith('.json') ? fs.readFileSync(path.join(store.dir, name), 'utf8') : name))

describe('handing a dossier over in a file', () => {
  it('moves a dossier to another computer with every answer', async () => {
    const { advocate, client, ports, id } = await twoComputers()
    ports.answer = 'ayse.aantafel'
    expect(await exportDossier(advocate, id, undefined, ports)).toMatchObject({ saved: true })
    ports.openAnswer = path.join(dir, 'ayse.aantafel')
    const result = await new Importer(client, ports).run({})
    expect(result).toMatchObject({ status: 'imported', id, displayName: 'Ayşe Yılmaz-Đoković', protected: false })
    expect(client.read(id)).toEqual(advocate.read(id))
  })

  it('asks for the passphrase of a protected file, says when it is wrong, and keeps the dossier protected', async () => {
    const { advocate, client, ports, id } = await twoComputers()
    ports.answer = 'beveiligd.aantafel'
    await exportDossier(advocate, id, PASSPHRASE, ports)
    expect(fs.readFileSync(path.join(dir, 'beveiligd.aantafel'), 'utf8')).not.toContain('Rotterdam')
    ports.openAnswer = path.join(dir, 'beveiligd.aantafel')
    const importer = new Importer(client, ports)
    const first = await importer.run({})
    expect(first).toMatchObject({ status: 'needs-passphrase', wrong: false })
    const token = first.status === 'needs-passphrase' ? first.token : ''
    expect(await importer.run({ token, passphrase: 'de boot naar Vlieland' })).toMatchObject({ status: 'needs-passphrase', wrong: true })
    expect(client.list()).toEqual([])
    expect(await importer.run({ token, passphrase: PASSPHRASE })).toMatchObject({ status: 'imported', protected: true })
    client.lockAll()
    expect(client.list()[0]?.protection).toBe('locked')
    expect((await client.unlock(id, PASSPHRASE)).conversation.municipalityCode).toBe('GM0599')
  })

  it('asks what to do when the dossier is already there: keep both, or replace', async () => {
    const { advocate, ports, id } = await twoComputers()
    ports.answer = 'zelfde.aantafel'
    await exportDossier(advocate, id, undefined, ports)
    await advocate.update(id, { subject: { firstName: 'Gewijzigd' } })
    ports.openAnswer = path.join(dir, 'zelfde.aantafel')
    const importer = new Importer(advocate, ports)
    const asked = await importer.run({})
    expect(asked).toMatchObject({ status: 'exists', existingName: 'Gewijzigd Yılmaz-Đoković' })
    const token = asked.status === 'exists' ? asked.token : ''
    expect(await importer.run({ token, onConflict: 'keepBoth' })).toMatchObject({ status: 'imported' })
    expect(
      advocate
        .list()
        .map((summary) => summary.displayName)
        .sort(),
    ).toEqual(['Ayşe Yılmaz-Đoković', 'Gewijzigd Yılmaz-Đoković'])

    const again = await importer.run({})
    const replaceToken = again.status === 'exists' ? again.token : ''
    expect(await importer.run({ token: replaceToken, onConflict: 'replace' })).toMatchObject({ status: 'imported', id })
    expect(advocate.read(id).subject.firstName).toBe('Ayşe')
  })

  it.each([
    ['a file that is too large', (file: string) => fs.writeFileSync(file, Buffer.alloc(6 * 1024 * 1024, 32)), 'too-large'],
    ['a file that is not JSON', (file: string) => fs.writeFileSync(file, 'hallo'), 'not-json'],
    ['another program’s JSON', (file: string) => fs.writeFileSync(file, '{"name":"x"}'), 'wrong-format'],
    ['a file with prototype keys', (file: string) => fs.writeFileSync(file, '{"format":"aan-tafel/export","__proto__":{"x":1}}'), 'unsafe-keys'],
  ])('refuses %s with a clear problem and changes nothing', async (_name, write, problem) => {
    const { client, ports } = await twoComputers()
    const existing = await client.create({ firstName: 'Blijft' })
    const before = filesOf(client)
    const file = path.join(dir, 'vreemd.aantafel')
    write(file)
    ports.openAnswer = file
    expect(await new Importer(client, ports).run({})).toEqual({ status: 'problem', problem })
    expect(filesOf(client)).toEqual(before)
    expect(client.read(existing.id).subject.firstName).toBe('Blijft')
  })

  it('does nothing when the person cancels choosing a file', async () => {
    const { client, ports } = await twoComputers()
    ports.openAnswer = null
    expect(await new Importer(client, ports).run({})).toEqual({ status: 'cancelled' })
  })
})

describe('what an import must never do', () => {
  it('leaves no readable copy behind when a protected file replaces a readable dossier', async () => {
    const { advocate, ports, id } = await twoComputers()
    await advocate.update(id, { matters: { keepDoing: 'geheim antwoord' } })
    ports.answer = 'beveiligd.aantafel'
    await exportDossier(advocate, id, PASSPHRASE, ports)
    await advocate.update(id, { matters: { keepDoing: 'ander geheim antwoord' } })
    ports.openAnswer = path.join(dir, 'beveiligd.aantafel')
    const importer = new Importer(advocate, ports)
    const asked = await importer.run({})
    const token = asked.status === 'needs-passphrase' ? asked.token : ''
    const exists = await importer.run({ token, passphrase: PASSPHRASE })
    expect(exists).toMatchObject({ status: 'exists', existing: 'open' })
    expect(await importer.run({ token, onConflict: 'replace' })).toMatchObject({ status: 'imported', protected: true })
    const everything = [advocate.dir, path.join(advocate.dir, 'backups')]
      .flatMap((folder) =>
        fs
          .readdirSync(folder)
          .filter((name) => name.endsWith('.json'))
          .map((name) => fs.readFileSync(path.join(folder, name), 'utf8')),
      )
      .join('\n')
    expect(everything).not.toContain('geheim antwoord')
  })

  it('does not replace a locked dossier, which only its passphrase can open', async () => {
    const { advocate, ports, id } = await twoComputers()
    ports.answer = 'kopie.aantafel'
    await exportDossier(advocate, id, undefined, ports)
    await advocate.setPassphrase(id, PASSPHRASE)
    advocate.lockAll()
    ports.openAnswer = path.join(dir, 'kopie.aantafel')
    const importer = new Importer(advocate, ports)
    const asked = await importer.run({})
    expect(asked).toMatchObject({ status: 'exists', existing: 'locked' })
    const token = asked.status === 'exists' ? asked.token : ''
    expect(await importer.run({ token, onConflict: 'replace' })).toEqual({ status: 'problem', problem: 'replace-locked' })
    expect(advocate.list()).toEqual([expect.objectContaining({ id, protection: 'locked' })])
  })

  it('never applies an answer to another file: a forgotten or cancelled question is "expired"', async () => {
    const { advocate, ports, id } = await twoComputers()
    ports.answer = 'een.aantafel'
    await exportDossier(advocate, id, undefined, ports)
    ports.openAnswer = path.join(dir, 'een.aantafel')
    let clock = 0
    const importer = new Importer(advocate, ports, () => clock)
    const asked = await importer.run({})
    const token = asked.status === 'exists' ? asked.token : ''
    clock += 16 * 60_000
    expect(await importer.run({ token, onConflict: 'replace' })).toEqual({ status: 'problem', problem: 'expired' })

    const again = await importer.run({})
    const second = again.status === 'exists' ? again.token : ''
    expect(await importer.run({ token: second, cancel: true })).toEqual({ status: 'cancelled' })
    expect(await importer.run({ token: second, onConflict: 'keepBoth' })).toEqual({ status: 'problem', problem: 'expired' })
    expect(advocate.list()).toHaveLength(1)
  })
})
