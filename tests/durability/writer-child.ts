/**
 * Writes dossiers through the real DossierStore as fast as it can, forever, so that a test can
 * kill it (SIGKILL) at a random moment and check what is left on disk.
 *
 *   node --import tsx tests/durability/writer-child.ts <dir> <seed> [--wait-for-go]
 *
 * Opens the store on <dir>, creates dossiers until there are three, then updates one of them at a
 * time (chosen with <seed>) with recognisable content: every changed field starts with
 * "teller <n>", and each write carries a few hundred kB so that it takes real time. After each
 * update has returned it prints "saved <id> <n>": from then on, that version is acknowledged.
 * An even <seed> also rotates the backups on every save, to put kills between their renames.
 *
 * With --wait-for-go it loads its modules, prints "ready" and waits for a line on stdin before it
 * touches <dir>: the test starts the next writer while the current one still runs, and node + tsx
 * take about half a second to start.
 */
import { DossierStore } from '../../electron/main/dossiers/store'
import { counterOf, randomFrom } from '../support/random'

const DOSSIERS = 3

const sentence = 'Op slechte dagen lukt het me niet om zelf te douchen; mijn dochter helpt dan. '

function firstLineOfStdin(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('data', () => {
      process.stdin.pause()
      resolve()
    })
  })
}

async function run(dir: string, seed: number): Promise<never> {
  const random = randomFrom(seed)
  // Every other writer moves the older backups up on every save, so kills also land between those renames.
  const store = DossierStore.open({ dir, backupRotateMs: seed % 2 === 0 ? 0 : undefined })
  for (let n = store.list().length; n < DOSSIERS; n++) await store.create({ forWhom: 'relative', firstName: `Schrijver ${n + 1}` })
  const ids = store.list().map((summary) => summary.id)
  const counters = new Map(ids.map((id) => [id, counterOf(store.read(id).matters.keepDoing)]))
  for (;;) {
    const id = ids[Math.floor(random() * ids.length)] ?? ''
    const next = (counters.get(id) ?? 0) + 1
    // 20 000 to 95 000 characters per field, four fields: writes of 80 kB to 400 kB.
    const field = () => `teller ${next}\n${sentence.repeat(250 + Math.floor(random() * 950))}`
    await store.update(id, {
      matters: { keepDoing: field() },
      day: { morning: field(), evening: field() },
      network: { whyNotEnough: field() },
    })
    counters.set(id, next)
    // Synchronous for a pipe on Linux: once this returns, the parent will read the line.
    process.stdout.write(`saved ${id} ${next}\n`)
  }
}

const [dir, seedText, flag] = process.argv.slice(2)
if (!dir || !seedText) {
  process.stderr.write('usage: writer-child.ts <dir> <seed> [--wait-for-go]\n')
  process.exit(2)
}
if (flag === '--wait-for-go') {
  process.stdout.write('ready\n')
  await firstLineOfStdin()
}
await run(dir, Number(seedText))
