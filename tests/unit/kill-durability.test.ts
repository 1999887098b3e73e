import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeRecord } from '../../electron/main/dossiers/record'
import { DossierStore } from '../../electron/main/dossiers/store'
import { makeTempDir } from '../support/temp-dir'
import { counterOf, randomFrom } from '../support/random'

/*
 * Pulls the plug on a process that is writing dossiers: SIGKILL at a random moment, again and
 * again, each time checking that the store opens and that every dossier is either the version the
 * writer last acknowledged or the one it was writing.
 *
 * Starting node with tsx takes about 0.5 s, more than a round itself; so the writer is bundled
 * once with esbuild (its npm dependencies stay external) and started as plain JavaScript, and the
 * next writer is started while the current one runs and waits, modules loaded, for "go". The proof
 * is counted in rounds, never in time: on a busy machine it takes longer, and proves the same.
 * `npm run proofs` runs 1,000 rounds; CI runs 200.
 */
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 200)
/** Generous: a round takes ~0.2 s alone and a few seconds on a loaded 2-core machine. */
const TIMEOUT_MS = 60_000 + ROUNDS * 3_000
const SEED = 0x6b696c6c
/** As tests/durability/writer-child.ts writes them: three dossiers, each changed field starting "teller <n>". */
const DOSSIERS = 3
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const writerSource = path.join(root, 'tests/durability/writer-child.ts')
/** Inside the repository, so that the bundle's external imports resolve from node_modules. */
const writerScript = path.join(root, 'node_modules/.cache/aan-tafel/writer-child.mjs')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out after ${ms} ms: ${what}`)))])
}

/** A writer started ahead of its round: it reports "ready", then waits for "go". */
interface Writer {
  child: ChildProcessWithoutNullStreams
  ready: Promise<void>
  firstSave: Promise<void>
  closed: Promise<void>
  /** The newest acknowledged version per dossier id, from "saved <id> <n>" lines. */
  acknowledged: Map<string, number>
  stderr: string[]
}

function startWriter(dir: string, seed: number): Writer {
  const child = spawn(process.execPath, [writerScript, dir, String(seed), '--wait-for-go'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const acknowledged = new Map<string, number>()
  const stderr: string[] = []
  let onReady = () => {}
  let onFirstSave = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  const firstSave = new Promise<void>((resolve) => (onFirstSave = resolve))
  let pending = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const saved = /^saved (\S+) (\d+)$/.exec(line)
      if (saved?.[1] && saved[2]) {
        acknowledged.set(saved[1], Number(saved[2]))
        onFirstSave()
      } else if (line === 'ready') onReady()
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => stderr.push(chunk))
  // 'close' comes after the process has ended and its output has been read to the end.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  return { child, ready, firstSave, closed, acknowledged, stderr }
}

/** Files the store does not own, such as temporary files an interrupted atomic write leaves behind. */
function strayFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/^[A-Za-z0-9_-]+(\.\d+)?\.json$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

let dir: string
let cleanup: () => void
const writers: Writer[] = []

beforeAll(async () => {
  ;({ dir, cleanup } = makeTempDir('aan-tafel-kill-'))
  await build({
    entryPoints: [writerSource],
    outfile: writerScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  })
})
afterAll(async () => {
  for (const writer of writers) {
    if (writer.child.exitCode === null && writer.child.signalCode === null) writer.child.kill('SIGKILL')
    await writer.closed
  }
  cleanup()
})

describe('a writer killed at a random moment', () => {
  it(
    'leaves every dossier at the last acknowledged version or the one being written',
    async () => {
      const random = randomFrom(SEED)
      const started = performance.now()
      /** What each dossier is known to hold: the last version acknowledged, or found after a kill. */
      const known = new Map<string, number>()
      let rounds = 0
      let restores = 0
      let inFlightFound = 0
      const strays = new Set<string>()

      const warm = () => {
        const writer = startWriter(dir, SEED + writers.length)
        writers.push(writer)
        return writer
      }
      const queue = [warm(), warm()]

      while (rounds < ROUNDS) {
        const writer = queue.shift() ?? warm()
        queue.push(warm())
        const context = () => `round ${rounds + 1}; writer stderr: ${writer.stderr.join('').slice(0, 2_000)}`

        await withTimeout(writer.ready, 20_000, `writer ready, ${context()}`)
        writer.child.stdin.write('go\n')
        await withTimeout(writer.firstSave, 20_000, `first save, ${context()}`)
        await sleep(5 + random() * 115)
        writer.child.kill('SIGKILL')
        await writer.closed
        expect(writer.child.signalCode, context()).toBe('SIGKILL')
        for (const [id, version] of writer.acknowledged) known.set(id, version)

        const store = DossierStore.open({ dir })
        const notices = store.noticesFromOpening()
        restores += notices.filter((notice) => notice.kind === 'restored-from-backup').length
        expect(
          notices.filter((notice) => notice.kind !== 'restored-from-backup'),
          context(),
        ).toEqual([])

        const summaries = store.list()
        expect(summaries, context()).toHaveLength(DOSSIERS)
        let ahead = 0
        for (const { id } of summaries) {
          const dossier = store.read(id)
          const version = counterOf(dossier.matters.keepDoing)
          // One write is one version: every field it changed carries the same number.
          for (const text of [dossier.day.morning, dossier.day.evening, dossier.network.whyNotEnough]) {
            expect(counterOf(text), `${id} mixes versions, ${context()}`).toBe(version)
          }
          const expected = known.get(id) ?? 0
          expect([expected, expected + 1], `${id} is at version ${version}, ${context()}`).toContain(version)
          if (version === expected + 1) ahead++
          known.set(id, version)
        }
        // Only one update is written at a time.
        expect(ahead, context()).toBeLessThanOrEqual(1)
        // A backup is a copy of a good file, written atomically: it must be good too.
        for (const name of fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.json'))) {
          const text = fs.readFileSync(path.join(dir, 'backups', name), 'utf8')
          expect(() => decodeRecord(JSON.parse(text)), `backup ${name}, ${context()}`).not.toThrow()
        }
        inFlightFound += ahead
        for (const file of strayFiles(dir)) strays.add(file)
        rounds++
      }

      const seconds = (performance.now() - started) / 1000
      console.log(
        `survived ${rounds} kills in ${seconds.toFixed(1)} s (${((seconds * 1000) / rounds).toFixed(0)} ms a round); ` +
          `the write in flight had landed in ${inFlightFound}; recovery from a backup was used ${restores} times; ` +
          `${strays.size} temporary files were left behind by interrupted writes`,
      )
      expect(rounds).toBe(ROUNDS)
    },
    TIMEOUT_MS,
  )
})
