// Main-process storage speed with many dossiers: opening the app and the list at 500 and 5,000
// dossiers (with the summary index and without), how long the main process is blocked by a save,
// and the list's search (the renderer's filter function) per key press over 5,000 summaries.
// Run with `npm run bench`; figures are medians over repeated runs on a real temporary folder.
import fs from 'node:fs'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { deskRows, filterRows, sortRows } from '../domain/desk/list'
import { DOSSIER_SCHEMA_VERSION, Dossier } from '../domain/dossier/schema'
import { municipalities, municipalityName } from '../domain/municipalities'
import { encodeRecord } from '../electron/main/dossiers/record'
import { DossierStore } from '../electron/main/dossiers/store'
import { INDEX_FILE } from '../electron/main/dossiers/summary-index'
import { fullPreparation } from '../tests/support/factories'
import { makeTempDir } from '../tests/support/temp-dir'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function time(action: () => void): number {
  const start = performance.now()
  action()
  return performance.now() - start
}

const firstNames = ['Ayşe', 'Henk', 'Fatma', 'Jan', 'Maria', 'Mohamed', 'Els', 'Piotr', 'Olena', 'Kees', 'Zoë', 'Anouk']
const surnames = ['de Vries', 'Yılmaz', 'Jansen', 'Bakker', 'El Amrani', 'Nowak', 'Visser', 'Smit', 'Kowalenko', 'de Boer']

/** A realistic preparation (every page filled in), with its own name, municipality, dates and a session note. */
function dossierNumber(index: number): Dossier {
  const stamp = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString()
  const patch = fullPreparation()
  const day = String(1 + (index % 28)).padStart(2, '0')
  return Dossier.parse({
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: `bench-${index}`,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
    subject: { ...patch.subject, firstName: `${firstNames[index % firstNames.length]} ${index}`, surname: surnames[index % surnames.length] },
    conversation: {
      ...patch.conversation,
      municipalityCode: municipalities[index % municipalities.length]?.code ?? '',
      meldingDate: `2026-11-${day}`,
      talkDate: `2026-12-${day}`,
    },
    desk: { notes: [{ id: 'note-1', date: '2026-11-20', text: `Gesprek ${index}: traplift besproken, dochter helpt twee keer per week.`, inPlan: false }] },
  })
}

/** Writes the files as the store would, without the store's fsyncs: seeding is not what is measured. */
function seed(dir: string, count: number): number {
  fs.mkdirSync(dir, { recursive: true })
  let size = 0
  for (let index = 0; index < count; index++) {
    const bytes = JSON.stringify(encodeRecord(dossierNumber(index)), null, '\t')
    size = bytes.length
    fs.writeFileSync(path.join(dir, `bench-${index}.json`), bytes, { mode: 0o600 })
  }
  return size
}

for (const count of [500, 5_000]) {
  const { dir, cleanup } = makeTempDir('aan-tafel-bench-')
  try {
    const fileSize = seed(dir, count)
    // The first start after an update of the app (or with no index): every file is read once.
    let first: DossierStore | undefined
    const firstOpen = time(() => first?.list() ?? (first = DossierStore.open({ dir })).list())
    await first?.flush()
    const indexSize = fs.statSync(path.join(dir, INDEX_FILE)).size

    const opens: number[] = []
    for (let round = 0; round < 7; round++) {
      opens.push(time(() => DossierStore.open({ dir }).list()))
    }
    console.log(
      `${count.toLocaleString('en')} dossiers of ${(fileSize / 1024).toFixed(1)} KB: open the store and list them ` +
        `${median(opens).toFixed(0)} ms (median of ${opens.length}; index ${(indexSize / 1024 / 1024).toFixed(1)} MB); ` +
        `without an index (first start) ${firstOpen.toFixed(0)} ms`,
    )

    if (count === 500) {
      // A save: the time until it is on disk, and the longest the main process could not answer meanwhile.
      const store = DossierStore.open({ dir })
      const ids = store.list().map((summary) => summary.id)
      const saves: number[] = []
      const blocked = monitorEventLoopDelay({ resolution: 1 })
      blocked.enable()
      for (let round = 0; round < 200; round++) {
        const id = ids[round % ids.length] ?? ''
        const start = performance.now()
        await store.update(id, { matters: { energy: `Een nieuw antwoord, versie ${round}.` } })
        saves.push(performance.now() - start)
      }
      blocked.disable()
      await store.flush()
      console.log(
        `save one dossier (file and backup, fsync'ed, asynchronous): median ${median(saves).toFixed(2)} ms until on disk; ` +
          `main process blocked at most ${(blocked.max / 1e6).toFixed(1)} ms (event-loop delay, p99 ${(blocked.percentile(99) / 1e6).toFixed(1)} ms)`,
      )
    }

    if (count === 5_000) {
      // The list's search: what the renderer runs on every key press, over every summary.
      const summaries = DossierStore.open({ dir }).list()
      let rows = deskRows(summaries, '2026-11-26', municipalityName)
      const prepare = median(Array.from({ length: 5 }, () => time(() => (rows = sortRows(deskRows(summaries, '2026-11-26', municipalityName), 'deadline')))))
      const typed = 'yilmaz 4321 rotterdam'
      const perKey: number[] = []
      for (let round = 0; round < 20; round++) {
        for (let length = 1; length <= typed.length; length++) {
          perKey.push(time(() => filterRows(rows, { query: typed.slice(0, length), status: 'all', archived: false })))
        }
      }
      const sorted = [...perKey].sort((a, b) => a - b)
      console.log(
        `search 5,000 summaries (filter per key press): median ${median(perKey).toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(2)} ms, ` +
          `max ${Math.max(...perKey).toFixed(2)} ms; preparing the rows once per load (status, next deadline, sort) ${prepare.toFixed(1)} ms`,
      )
    }
  } finally {
    cleanup()
  }
}
