// Main-process storage speed: saving one dossier, and opening and listing 500.
// Run with `npm run bench`; figures are medians over repeated runs on a real temporary folder.
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { DossierStore } from '../electron/main/dossiers/store'
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

const longAnswer = 'Ik heb hulp nodig bij het douchen en aankleden, vooral op slechte dagen. '.repeat(60)

function fillDossier(store: DossierStore, index: number): string {
  const dossier = store.create({ forWhom: 'relative', firstName: `Persoon ${index}` })
  store.update(dossier.id, {
    subject: { surname: 'de Vries', address: 'Dorpsstraat 1, 1234 AB Ergens' },
    conversation: { municipalityCode: 'GM0363', talkDate: '2026-12-10', meldingDate: '2026-11-20' },
    day: { morning: longAnswer, afternoon: longAnswer, evening: longAnswer, night: longAnswer },
    matters: { keepDoing: longAnswer, energy: longAnswer, doNotWant: longAnswer },
  })
  return dossier.id
}

const { dir, cleanup } = makeTempDir('aan-tafel-bench-')
try {
  const store = DossierStore.open({ dir })
  const ids = Array.from({ length: 500 }, (_, index) => fillDossier(store, index))
  const fileSize = fs.statSync(`${dir}/${ids[0]}.json`).size

  const saves: number[] = []
  for (let round = 0; round < 200; round++) {
    const id = ids[round % ids.length] ?? ''
    saves.push(time(() => store.update(id, { matters: { energy: `${longAnswer} ${round}` } })))
  }

  const opens: number[] = []
  const lists: number[] = []
  for (let round = 0; round < 5; round++) {
    let reopened: DossierStore | undefined
    opens.push(time(() => (reopened = DossierStore.open({ dir }))))
    lists.push(time(() => reopened?.list()))
  }

  console.log(`dossier file size: ${(fileSize / 1024).toFixed(1)} KB`)
  console.log(
    `save one dossier (update + backup, atomic): median ${median(saves).toFixed(2)} ms, max ${Math.max(...saves).toFixed(2)} ms (${saves.length} saves)`,
  )
  console.log(`open the store with 500 dossiers (read, validate, repair check): median ${median(opens).toFixed(0)} ms`)
  console.log(`list 500 dossiers once open: median ${median(lists).toFixed(2)} ms`)
} finally {
  cleanup()
}
