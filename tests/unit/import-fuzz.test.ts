import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOSSIER_SCHEMA_VERSION, Dossier, type DossierPatch } from '../../domain/dossier/schema'
import { deriveKey, newKdf, seal, type KdfParams } from '../../electron/main/crypto/envelope'
import { DossierStore } from '../../electron/main/dossiers/store'
import { EXPORT_AAD, ImportError, decodeImport, encodeExport } from '../../electron/main/transfer/transfer-file'
import { fullPreparation, maximalPreparation } from '../support/factories'
import { makeTempDir } from '../support/temp-dir'
import { randomFrom } from '../support/random'

/*
 * Thousands of import files that are almost right, or not at all: whatever a file holds, an import
 * gives a valid dossier or an ImportError, in reasonable time, and touches nothing else.
 * The mutations are deterministic (SEED); the encrypted seeds are not, as every seal has a fresh IV.
 * For a longer run: FUZZ_FILES=100000 FUZZ_SEED=7 npx vitest run tests/unit/import-fuzz.test.ts
 */
const FILES = Number(process.env.FUZZ_FILES ?? 3_000)
const SEED = Number(process.env.FUZZ_SEED ?? 0x20261126)
const passphrase = 'appeltaart bij de keukentafel'
const now = new Date('2026-11-26T10:00:00Z')

type Random = () => number

const below = (random: Random, n: number) => Math.floor(random() * n)
const pick = <T>(random: Random, items: readonly T[]): T => items[below(random, items.length)] as T

function dossierOf(patch: DossierPatch, id: string): Dossier {
  const stamp = '2026-11-20T09:30:00.000Z'
  return Dossier.parse({ schemaVersion: DOSSIER_SCHEMA_VERSION, id, createdAt: stamp, updatedAt: stamp, ...patch })
}

// ---- Mutations of bytes ----------------------------------------------------------------------

function flipBytes(random: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes)
  const count = 1 + below(random, 8)
  for (let n = 0; n < count; n++) copy[below(random, copy.length)] = below(random, 256)
  return copy
}

function truncate(random: Random, bytes: Buffer): Buffer {
  return bytes.subarray(0, below(random, bytes.length))
}

function duplicate(random: Random, bytes: Buffer): Buffer {
  const start = below(random, bytes.length)
  const end = Math.min(bytes.length, start + 1 + below(random, 200))
  const at = below(random, bytes.length)
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(start, end), bytes.subarray(at)])
}

/** Replaces one number in the text by one JSON allows but JavaScript finds awkward. */
function hugeNumberText(random: Random, bytes: Buffer): Buffer {
  const text = bytes.toString('utf8')
  const numbers = [...text.matchAll(/(?<=[:[,]\s*)-?\d+(\.\d+)?/g)]
  const target = numbers.length ? pick(random, numbers) : undefined
  const awkward = pick(random, ['1e999', '-1e999', '123456789012345678901234567890', '1e-400', '-0', '4.0', '1E+2', '9007199254740993'])
  if (!target || target.index === undefined) return Buffer.from(`${awkward}`)
  return Buffer.from(text.slice(0, target.index) + awkward + text.slice(target.index + target[0].length))
}

// ---- Mutations of structure --------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const isContainer = (value: Json): value is Json[] | { [key: string]: Json } => typeof value === 'object' && value !== null

/** Every object and array in the tree, with the way to reach it. */
function containersOf(root: Json): (Json[] | { [key: string]: Json })[] {
  const found: (Json[] | { [key: string]: Json })[] = []
  const pending: Json[] = [root]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (!isContainer(next)) continue
    found.push(next)
    pending.push(...(Array.isArray(next) ? next : Object.values(next)))
  }
  return found
}

function randomJson(random: Random, depth = 0): Json {
  const kind = below(random, depth > 4 ? 4 : 7)
  switch (kind) {
    case 0:
      return null
    case 1:
      return random() < 0.5
    case 2:
      return pick(random, [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MIN_VALUE, 1900, 5, 168, 169])
    case 3:
      return pick(random, ['', 'x', 'GM0599', '2026-02-30', '25:00', 'self', 'yes', '__proto__', '\u0000', '🌷'.repeat(3), 'a'.repeat(100_001)])
    case 4:
      return Array.from({ length: below(random, 4) }, () => randomJson(random, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: below(random, 4) }, () => [pick(random, ['id', 'text', 'rating', 'schemaVersion', 'format', 'x']), randomJson(random, depth + 1)]),
      )
  }
}

/**
 * Deep nesting is written into the text after JSON.stringify, which would itself run out of stack
 * on ten thousand levels: the tree holds a marker where the nested value goes.
 */
const DEEP_MARKER = '\u0001deep\u0001'

function nestedText(random: Random, inner: string): string {
  const depth = pick(random, [30, 62, 63, 64, 65, 100, 10_000])
  const opening = Array.from({ length: depth }, () => (random() < 0.5 ? '[' : '{"a":'))
  const closing = opening.map((open) => (open === '[' ? ']' : '}')).reverse()
  return `${opening.join('')}${inner}${closing.join('')}`
}

const unsafeKeys = ['__proto__', 'constructor', 'prototype'] as const

/** One change at a random place in the tree, in place. */
function mutateTree(random: Random, root: Json): void {
  const containers = containersOf(root)
  const target = pick(random, containers)
  const keys = Array.isArray(target) ? target.map((_, index) => String(index)) : Object.keys(target)
  const key = keys.length ? pick(random, keys) : '0'
  const slot = target as Record<string, Json>
  const current = slot[key] ?? null
  switch (pick(random, ['swap-type', 'huge-number', 'long-string', 'deep', 'prototype-key', 'remove', 'add', 'random'] as const)) {
    case 'swap-type':
      slot[key] = pick(random, [null, true, 0, '', [], {}, String(current), [current], { value: current }] as Json[])
      return
    case 'huge-number':
      slot[key] = pick(random, [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31), 0.1 + 0.2, 1e-320])
      return
    case 'long-string':
      slot[key] = 'ß'.repeat(pick(random, [500, 501, 5_001, 100_001, 1_000_000]))
      return
    case 'deep':
      slot[key] = [DEEP_MARKER, current]
      return
    case 'prototype-key': {
      const host = pick(
        random,
        containers.filter((node) => !Array.isArray(node)),
      )
      // An own property named like this, as JSON.parse would make it.
      Object.defineProperty(host, pick(random, unsafeKeys), { value: { polluted: true }, enumerable: true, writable: true, configurable: true })
      return
    }
    case 'remove':
      if (Array.isArray(target)) target.splice(Number(key), 1)
      else Reflect.deleteProperty(target, key)
      return
    case 'add':
      if (Array.isArray(target)) target.push(randomJson(random))
      else slot[pick(random, ['extra', 'id', 'schemaVersion', 'sealed', 'dossier', 'encryption'])] = randomJson(random)
      return
    case 'random':
      slot[key] = randomJson(random)
  }
}

function mutateJson(random: Random, text: string, times = 1 + below(random, 3)): Buffer {
  const root = JSON.parse(text) as Json
  for (let n = 0; n < times; n++) mutateTree(random, root)
  // JSON.stringify writes the marker's control characters as \u0001.
  const mutated = JSON.stringify(root).replace(/"\\u0001deep\\u0001"/g, () => nestedText(random, '0'))
  return Buffer.from(mutated)
}

// ---- The run ---------------------------------------------------------------------------------

interface Seeds {
  plain: string[]
  encrypted: string[]
  dossiers: Dossier[]
  key: Buffer
  kdf: KdfParams
}

/** An encrypted export of a dossier that was changed before sealing, to reach what comes after decryption. */
function sealedMutation(random: Random, seeds: Seeds): Buffer {
  const file = JSON.parse(pick(random, seeds.encrypted))
  const inner = Buffer.from(random() < 0.2 ? JSON.stringify(randomJson(random)) : mutateJson(random, JSON.stringify(pick(random, seeds.dossiers))))
  file.sealed = seal(inner, seeds.key, seeds.kdf, EXPORT_AAD)
  return Buffer.from(JSON.stringify(file))
}

const mutations: Record<string, (random: Random, seeds: Seeds) => Buffer> = {
  'byte flips': (random, seeds) => flipBytes(random, Buffer.from(pick(random, [...seeds.plain, ...seeds.encrypted]))),
  truncation: (random, seeds) => truncate(random, Buffer.from(pick(random, [...seeds.plain, ...seeds.encrypted]))),
  duplication: (random, seeds) => duplicate(random, Buffer.from(pick(random, [...seeds.plain, ...seeds.encrypted]))),
  'awkward numbers': (random, seeds) => hugeNumberText(random, Buffer.from(pick(random, seeds.plain))),
  'structure, plain': (random, seeds) => mutateJson(random, pick(random, seeds.plain)),
  'structure, encrypted envelope': (random, seeds) => mutateJson(random, pick(random, seeds.encrypted)),
  'structure, inside the encryption': sealedMutation,
  'random JSON': (random) => Buffer.from(JSON.stringify(randomJson(random))),
}
const mutationNames = Object.keys(mutations)

function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hashes[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  }
  return hashes
}

let dir: string
let cleanup: () => void
let seeds: Seeds

beforeAll(async () => {
  ;({ dir, cleanup } = makeTempDir())
  const store = DossierStore.open({ dir })
  for (const firstName of ['Ayşe', 'Henk', 'Зоя']) {
    const dossier = await store.create({ forWhom: 'relative', firstName })
    await store.update(dossier.id, { ...fullPreparation(), subject: { firstName } })
  }
  // The list's index too is on disk before the files are compared.
  await store.flush()
  // The cheapest key derivation the schema allows: thousands of imports each derive a key.
  const kdf: KdfParams = { ...newKdf(), N: 2 ** 10 }
  const key = await deriveKey(passphrase, kdf)
  const dossiers = [dossierOf({}, 'empty'), dossierOf(fullPreparation(), 'full'), dossierOf(maximalPreparation(), 'maximal')]
  seeds = {
    plain: dossiers.map((dossier) => encodeExport(dossier, { now })),
    encrypted: dossiers.slice(0, 2).map((dossier) => encodeExport(dossier, { now, key, kdf })),
    dossiers,
    key,
    kdf,
  }
})
afterAll(() => cleanup())

describe('importing thousands of damaged and hostile files', () => {
  it(
    'gives a valid dossier or an ImportError for every file, and changes nothing on disk',
    async () => {
      const random = randomFrom(SEED)
      const storeBefore = hashFolder(dir)
      expect(Object.keys(storeBefore).filter((name) => name.endsWith('.json')).length).toBeGreaterThanOrEqual(3)
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

      const outcomes: Record<string, number> = {}
      const failures: string[] = []
      let slowest = { ms: 0, file: '' }
      const started = performance.now()
      for (let index = 0; index < FILES; index++) {
        const name = mutationNames[index % mutationNames.length] ?? ''
        const bytes = mutations[name]?.(random, seeds) ?? Buffer.alloc(0)
        const options = pick(random, [{ passphrase }, { passphrase }, { passphrase }, {}, { passphrase: 'fout' }])
        const fileStarted = performance.now()
        let outcome: string
        try {
          const dossier = await decodeImport(bytes, options)
          Dossier.parse(dossier)
          outcome = 'imported'
        } catch (error) {
          outcome = error instanceof ImportError ? error.problem : `unexpected ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 200)}`
          if (!(error instanceof ImportError) && failures.length < 10) failures.push(`#${index} (${name}): ${outcome}`)
        }
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
        const ms = performance.now() - fileStarted
        if (ms > slowest.ms) slowest = { ms, file: `#${index} (${name}, ${bytes.length} bytes)` }
      }
      const seconds = (performance.now() - started) / 1000

      console.log(`fuzzed ${FILES} import files in ${seconds.toFixed(1)} s; slowest ${slowest.ms.toFixed(0)} ms: ${slowest.file}`)
      console.log('outcomes', outcomes)
      expect(failures).toEqual([])
      expect(slowest.ms).toBeLessThan(2_000)
      // The fuzzer must reach the checks after decryption and after parsing, not only the first ones.
      for (const problem of ['not-json', 'too-deep', 'unsafe-keys', 'wrong-format', 'invalid-dossier', 'wrong-passphrase', 'needs-passphrase', 'imported']) {
        expect(outcomes[problem], problem).toBeGreaterThan(0)
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
      expect(hashFolder(dir)).toEqual(storeBefore)
      expect(DossierStore.open({ dir }).list()).toHaveLength(3)
    },
    60_000 + FILES * 20,
  )
})
