import { describe, expect, it } from 'vitest'
import { DOSSIER_SCHEMA_VERSION, Dossier, type DossierPatch } from '../../domain/dossier/schema'
import { deriveKey, newKdf, seal, type KdfParams } from '../../electron/main/crypto/envelope'
import { EXPORT_AAD, ImportError, MAX_IMPORT_BYTES, decodeImport, encodeExport, type ImportProblem } from '../../electron/main/transfer/transfer-file'
import { fullPreparation, maximalPreparation } from '../support/factories'
import { randomFrom } from '../support/random'

const now = new Date('2026-11-26T10:00:00Z')
const passphrase = 'koffie met de wijkverpleegkundige'
const cheapKdf = (): KdfParams => ({ ...newKdf(), N: 2 ** 12 })

/** A whole dossier of the current version, as the store would hold it. */
function dossierOf(patch: DossierPatch = fullPreparation()): Dossier {
  const stamp = '2026-11-20T09:30:00.000Z'
  return Dossier.parse({ schemaVersion: DOSSIER_SCHEMA_VERSION, id: 'dossier-ayse', createdAt: stamp, updatedAt: stamp, ...patch })
}

const bytesOf = (text: string) => Buffer.from(text, 'utf8')
const plainExport = (dossier = dossierOf()) => encodeExport(dossier, { now })

async function encryptedExport(dossier = dossierOf()) {
  const kdf = cheapKdf()
  const key = await deriveKey(passphrase, kdf)
  return { text: encodeExport(dossier, { now, key, kdf }), key, kdf }
}

/**
 * A plain export with some of its fields changed: each key is a dotted path into the file
 * ('dossier.matters.keepDoing'), each value the new value, or undefined to remove the field.
 */
function exportWith(changes: Record<string, unknown>): Buffer {
  const file = JSON.parse(plainExport())
  for (const [place, value] of Object.entries(changes)) {
    const steps = place.split('.')
    const last = steps.pop() ?? ''
    const parent = steps.reduce((node, step) => node[step], file)
    if (value === undefined) Reflect.deleteProperty(parent, last)
    else parent[last] = value
  }
  return bytesOf(JSON.stringify(file))
}

/** An encrypted export whose plaintext is whatever a crafty sender chose to seal. */
async function sealedExportOf(plaintext: string): Promise<Buffer> {
  const { text, key, kdf } = await encryptedExport()
  const file = JSON.parse(text)
  file.sealed = seal(bytesOf(plaintext), key, kdf, EXPORT_AAD)
  return bytesOf(JSON.stringify(file))
}

async function problemOf(bytes: Uint8Array, options: { passphrase?: string } = {}): Promise<ImportProblem | 'no error'> {
  try {
    await decodeImport(bytes, options)
    return 'no error'
  } catch (error) {
    if (error instanceof ImportError) return error.problem
    throw error
  }
}

describe('exporting a dossier and importing it on another computer', () => {
  it('brings back the same dossier from a plain export', async () => {
    const dossier = dossierOf()
    const text = encodeExport(dossier, { now })
    expect(JSON.parse(text)).toMatchObject({
      format: 'aan-tafel/export',
      formatVersion: 1,
      exportedAt: '2026-11-26T10:00:00.000Z',
      app: 'Aan Tafel',
      encryption: 'none',
      dossier: { id: 'dossier-ayse', subject: { firstName: 'Ayşe' } },
    })
    expect(await decodeImport(bytesOf(text), {})).toEqual(dossier)
  })

  it('brings back the same dossier from an export encrypted with a passphrase, which hides every answer', async () => {
    const dossier = dossierOf()
    const { text } = await encryptedExport(dossier)
    expect(JSON.parse(text)).toMatchObject({ format: 'aan-tafel/export', encryption: 'passphrase', sealed: { cipher: 'aes-256-gcm' } })
    expect(text).not.toContain('dossier-ayse')
    expect(text).not.toContain('Yılmaz')
    expect(text).not.toContain('douchen')
    expect(await decodeImport(bytesOf(text), { passphrase })).toEqual(dossier)
  })

  it('exports and imports the most a person could plausibly write, encrypted, within the size limit', async () => {
    const dossier = dossierOf(maximalPreparation())
    const { text } = await encryptedExport(dossier)
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_IMPORT_BYTES)
    expect(await decodeImport(bytesOf(text), { passphrase })).toEqual(dossier)
  })

  it('refuses to write an export so large that no import would accept it', () => {
    const huge = 'x'.repeat(100_000)
    const dossier = dossierOf({
      priorities: { ranked: Array.from({ length: 50 }, (_, index) => ({ id: `p${index}`, text: huge })) },
      situation: { selectedAreas: [], areas: { household: { hard: huge, self: huge, help: huge, wish: huge } } },
    })
    expect(() => encodeExport(dossier, { now })).toThrow(expect.objectContaining({ code: 'invalid-request' }))
  })

  it('accepts a file that an editor saved with a byte order mark', async () => {
    expect(await decodeImport(bytesOf(`\uFEFF${plainExport()}`), {})).toEqual(dossierOf())
  })

  it('accepts a file of exactly the size limit', async () => {
    const text = plainExport()
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - Buffer.byteLength(text))
    expect(Buffer.byteLength(padded)).toBe(MAX_IMPORT_BYTES)
    expect(await problemOf(bytesOf(padded))).toBe('no error')
  })

  it('opens a file exported by an app that wrote version 1 dossiers, migrated to the current version', async () => {
    // As version 1 wrote it, by hand: no section added since then, so a missing migration shows.
    const versionOne = {
      schemaVersion: 1,
      id: 'from-old-laptop',
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2025-03-02T08:00:00.000Z',
      subject: { forWhom: 'self', firstName: 'Henk', surname: 'de Vries', birthYear: 1944, phone: '', address: '', preparerName: '', preparerRelation: '' },
      situation: { selectedAreas: ['mobility'], areas: { mobility: { rating: 4, hard: 'De trap', self: '', help: '', wish: 'Een traplift' } } },
      matters: { keepDoing: 'Zelf naar de bakker', energy: '', doNotWant: '' },
    }
    const bytes = exportWith({ dossier: versionOne })
    const dossier = await decodeImport(bytes, {})
    expect(dossier.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION)
    expect(dossier.subject).toMatchObject({ firstName: 'Henk', surname: 'de Vries', birthYear: 1944 })
    expect(dossier.situation.areas.mobility).toMatchObject({ rating: 4, wish: 'Een traplift' })
    expect(dossier.matters.keepDoing).toBe('Zelf naar de bakker')
    expect(Dossier.safeParse(dossier).success).toBe(true)
  })
})

describe('refusing a file that cannot be imported, with the reason', () => {
  it('refuses a file over the size limit before reading it', async () => {
    expect(await problemOf(new Uint8Array(MAX_IMPORT_BYTES + 1))).toBe('too-large')
  })

  it.each([
    ['an empty file', ''],
    ['a cut-off object', '{"format": "aan-tafel/export", '],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
    ['JavaScript instead of JSON', "{ format: 'aan-tafel/export' }"],
  ])('refuses %s as not JSON', async (_name, text) => {
    expect(await problemOf(bytesOf(text))).toBe('not-json')
  })

  it('refuses bytes that are not UTF-8 instead of guessing', async () => {
    const text = plainExport()
    const bytes = bytesOf(text)
    // Latin-1 'ş' inside a string: valid JSON if decoded loosely, but not UTF-8.
    bytes[text.indexOf('Ay') + 2] = 0xfe
    expect(await problemOf(bytes)).toBe('not-json')
  })

  it('refuses nesting deeper than 64, even a million brackets deep, without running out of stack', async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
    expect(await problemOf(exportWith({ 'dossier.matters.extra': JSON.parse(nested(62)) }))).toBe('too-deep')
    expect(await problemOf(bytesOf(nested(64)))).toBe('wrong-format')
    expect(await problemOf(bytesOf(nested(65)))).toBe('too-deep')
    expect(await problemOf(bytesOf(`{"a":${nested(1_000_000)}}`))).toBe('too-deep')
  })

  it('accepts unknown fields nested up to the limit, and drops them', async () => {
    const bytes = exportWith({ 'dossier.matters.extra': JSON.parse(`${'['.repeat(61)}${']'.repeat(61)}`) })
    const dossier = await decodeImport(bytes, {})
    expect(dossier.matters).not.toHaveProperty('extra')
  })

  it.each([
    ['the top of the file', '"format": "aan-tafel/export",', '"format": "aan-tafel/export", "__proto__": {"polluted": true},'],
    ['the dossier', '"dossier": {', '"dossier": {"__proto__": {"polluted": true}, '],
    ['a section', '"matters": {', '"matters": {"__proto__": {"polluted": true}, '],
    ['a helper in a list', /"helpers": \[\s*\{/, '"helpers": [{"__proto__": {"polluted": true}, '],
    ['a life area', '"household": {', '"household": {"__proto__": {"polluted": true}, '],
    ['a constructor key', '"matters": {', '"matters": {"constructor": {"prototype": {"polluted": true}}, '],
    ['a prototype key', '"day": {', '"day": {"prototype": {"polluted": true}, '],
  ])('refuses a key that could reach a prototype in %s, and changes no prototype', async (_name, find: string | RegExp, replace) => {
    const text = plainExport()
    expect(text).toMatch(find)
    expect(await problemOf(bytesOf(text.replace(find, replace)))).toBe('unsafe-keys')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports a file that is both too deep and has unsafe keys as too deep, the earlier check', async () => {
    const text = `{"__proto__": {}, "a": ${'['.repeat(100)}${']'.repeat(100)}}`
    expect(await problemOf(bytesOf(text))).toBe('too-deep')
  })

  it.each([
    ['a list', []],
    ['a number', 42],
    ['null', null],
    ['some other JSON', { name: 'Henk' }],
    ['another format', { format: 'aan-tafel/dossier', formatVersion: 1 }],
    ['a version as text', { format: 'aan-tafel/export', formatVersion: '1' }],
    ['version 0', { format: 'aan-tafel/export', formatVersion: 0 }],
  ])('refuses %s as not an export', async (_name, file) => {
    expect(await problemOf(bytesOf(JSON.stringify(file)))).toBe('wrong-format')
  })

  it('refuses a dossier record copied from the app’s folder, which is not an export', async () => {
    const record = { format: 'aan-tafel/dossier', encryption: 'none', displayName: 'Ayşe', dossier: dossierOf() }
    expect(await problemOf(bytesOf(JSON.stringify(record)))).toBe('wrong-format')
  })

  it.each<[string, Record<string, unknown>]>([
    ['without the dossier', { dossier: undefined }],
    ['with a list as dossier', { dossier: [] }],
    ['with an unknown encryption', { encryption: 'rot13' }],
    ['that says it is encrypted but is not', { encryption: 'passphrase' }],
    ['without a date of export', { exportedAt: undefined }],
    ['with a date of export that is not a date', { exportedAt: 'gisteren' }],
    ['with an app name of a megabyte', { app: 'x'.repeat(1_000_000) }],
  ])('refuses an export %s', async (_name, changes) => {
    expect(await problemOf(exportWith(changes))).toBe('wrong-format')
  })

  it('refuses an encrypted export whose box is damaged in its form', async () => {
    const { text } = await encryptedExport()
    const file = JSON.parse(text)
    file.sealed.iv = 'not base64!'
    expect(await problemOf(bytesOf(JSON.stringify(file)), { passphrase })).toBe('wrong-format')
    file.sealed.iv = Buffer.alloc(12).toString('base64')
    file.sealed.kdf.N = 2 ** 30
    expect(await problemOf(bytesOf(JSON.stringify(file)), { passphrase })).toBe('wrong-format')
  })

  it('says a file comes from a newer app, for a newer export format or a newer dossier', async () => {
    const newerFormat = { format: 'aan-tafel/export', formatVersion: 99, something: 'we do not know yet' }
    expect(await problemOf(bytesOf(JSON.stringify(newerFormat)))).toBe('newer-version')
    const newerDossier = exportWith({ 'dossier.schemaVersion': 999 })
    expect(await problemOf(newerDossier)).toBe('newer-version')
    expect(await problemOf(await sealedExportOf(JSON.stringify({ ...dossierOf(), schemaVersion: 999 })), { passphrase })).toBe('newer-version')
  })

  it.each<[string, Record<string, unknown>]>([
    ['without an id', { 'dossier.id': undefined }],
    ['with an id that could be a path', { 'dossier.id': '../../etc/passwd' }],
    ['without a version', { 'dossier.schemaVersion': undefined }],
    ['with version 0', { 'dossier.schemaVersion': 0 }],
    ['with a fractional version', { 'dossier.schemaVersion': 1.5 }],
    ['with a birth year as text', { 'dossier.subject.birthYear': '1941' }],
    ['with a rating of 6', { 'dossier.situation.areas.household.rating': 6 }],
    ['with an unknown life area', { 'dossier.situation.areas.garden': {} }],
    ['with 101 helpers', { 'dossier.network.helpers': Array.from({ length: 101 }, (_, index) => ({ id: `h${index}` })) }],
  ])('refuses a dossier %s', async (_name, changes) => {
    expect(await problemOf(exportWith(changes))).toBe('invalid-dossier')
  })

  it('gives a short detail for an invalid dossier, never the contents of the file', async () => {
    const secret = 'geheim '.repeat(20_000)
    const error = await decodeImport(exportWith({ 'dossier.matters.keepDoing': secret }), {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).detail).toMatch(/^matters\.keepDoing: /)
    expect((error as ImportError).message.length).toBeLessThan(300)
  })

  const huge = 'a'.repeat(4 * 1024 * 1024)
  it.each<[string, Record<string, unknown>]>([
    ['a long answer', { 'dossier.matters.keepDoing': huge }],
    ['the id', { 'dossier.id': huge }],
    ['a date', { 'dossier.createdAt': `2026-11-26T10:00:00${huge}Z` }],
    ['a municipality code', { 'dossier.conversation.municipalityCode': `GM${'1'.repeat(huge.length)}` }],
    ['a time', { 'dossier.conversation.talkTime': `1${'0'.repeat(huge.length)}` }],
    ['a question id', { 'dossier.questions.selected': [huge] }],
    ['an own question', { 'dossier.questions.own': [{ id: 'q1', text: huge }] }],
    ['a key', { [`dossier.situation.areas.${huge}`]: {} }],
  ])('refuses a single 4 MB string in %s quickly', async (_name, changes) => {
    const bytes = exportWith(changes)
    expect(bytes.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES)
    const started = performance.now()
    expect(await problemOf(bytes)).toBe('invalid-dossier')
    expect(performance.now() - started).toBeLessThan(1_500)
  })

  it('asks for the passphrase of an encrypted export, also when the field was left empty', async () => {
    const { text } = await encryptedExport()
    expect(await problemOf(bytesOf(text))).toBe('needs-passphrase')
    expect(await problemOf(bytesOf(text), { passphrase: '' })).toBe('needs-passphrase')
  })

  it('says the passphrase is wrong, also when the encrypted dossier was changed', async () => {
    const { text } = await encryptedExport()
    expect(await problemOf(bytesOf(text), { passphrase: 'koffie met de wijkverpleegkundige.' })).toBe('wrong-passphrase')
    const file = JSON.parse(text)
    const ciphertext = Buffer.from(file.sealed.ciphertext, 'base64')
    ciphertext[10] = (ciphertext[10] ?? 0) ^ 1
    file.sealed.ciphertext = ciphertext.toString('base64')
    expect(await problemOf(bytesOf(JSON.stringify(file)), { passphrase })).toBe('wrong-passphrase')
  })

  it('refuses a sealed dossier record passed off as an export: the context differs', async () => {
    const { text, key, kdf } = await encryptedExport()
    const file = JSON.parse(text)
    file.sealed = seal(bytesOf(JSON.stringify(dossierOf())), key, kdf, 'dossier-ayse')
    expect(await problemOf(bytesOf(JSON.stringify(file)), { passphrase })).toBe('wrong-passphrase')
  })

  it('checks what was encrypted as strictly as a plain file: the sender chose the passphrase too', async () => {
    const check = async (plaintext: string) => problemOf(await sealedExportOf(plaintext), { passphrase })
    expect(await check('{"schemaVersion":')).toBe('not-json')
    expect(await check(`${'['.repeat(100)}${']'.repeat(100)}`)).toBe('too-deep')
    expect(await check(JSON.stringify(dossierOf()).replace('"matters":{', '"matters":{"__proto__":{"polluted":true},'))).toBe('unsafe-keys')
    expect(await check('{"schemaVersion": 1, "id": 7}')).toBe('invalid-dossier')
    expect(await check('[]')).toBe('invalid-dossier')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('always gives an ImportError for a file cut off anywhere', async () => {
    const random = randomFrom(20261126)
    const plain = bytesOf(plainExport())
    const { text } = await encryptedExport()
    const encrypted = bytesOf(text)
    for (const [bytes, options] of [
      [plain, {}],
      [encrypted, { passphrase }],
    ] as const) {
      for (let cut = 0; cut < 20; cut++) {
        const at = Math.floor(random() * (bytes.length - 1))
        const problem = await problemOf(bytes.subarray(0, at), options)
        expect(problem, `cut at ${at} of ${bytes.length}`).not.toBe('no error')
      }
    }
  })
})
