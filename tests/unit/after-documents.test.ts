import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { calendarOf, saveCalendar, saveLetter, weekCalendarOf } from '../../electron/main/after/documents'
import type { DossierSummary } from '../../electron/contract/summary'
import { deskFactsOf } from '../../domain/desk/facts'
import { renderLetter } from '../../electron/main/pdf/letter'
import { fullPreparation, makeDossier } from '../support/factories'
import { pdfText, qpdfProblems } from '../support/pdf-tools'
import { testPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const now = new Date('2026-12-20T12:00:00Z')
const flat = (text: string) => text.replace(/\s+/g, ' ')

function reviewed() {
  const base = fullPreparation()
  return makeDossier({
    ...base,
    conversation: { ...base.conversation, meldingDate: '2026-11-02' },
    afterTalk: {
      reportReceivedDate: '2026-12-17',
      reportDate: '2026-12-15',
      applicationDate: '2026-12-18',
      reportChecks: {
        'priority:own-1': { status: 'no', note: 'Er staat niets in over hoe zwaar het voor mijn dochter is.' },
        'area:household': { status: 'partly', note: 'Alleen schoonmaken staat erin, niet de was en de boodschappen.' },
        'area:social': { status: 'yes', note: '' },
        'priority:removed-since': { status: 'no', note: 'Dit punt bestaat niet meer.' },
      },
      missingOrWrong: 'Mijn moeder is 85, niet 58.',
    },
  })
}

describe('the letter with remarks on the report', () => {
  it('is addressed to the municipality, refers to the talk and the report, and lists each point in the person’s words', async () => {
    const { pdf } = await renderLetter(reviewed(), { fontsDir: 'assets/fonts', now })
    expect(qpdfProblems(pdf)).toEqual([])
    const text = flat(pdfText(pdf))
    for (const expected of [
      'Aan de gemeente Rotterdam',
      't.a.v. mevrouw De Boer',
      'Op 10 december 2026 had ik een gesprek met de gemeente over ondersteuning.',
      'Op 17 december 2026 kreeg ik het verslag van dit onderzoek, gedateerd 15 december 2026.',
      'Belangrijk voor mij: Mijn dochter moet het kunnen volhouden. Staat er niet in. Er staat niets in over hoe zwaar het voor mijn dochter is.',
      'Huishouden: Gaat slecht Staat er deels in. Alleen schoonmaken staat erin, niet de was en de boodschappen.',
      'Mijn moeder is 85, niet 58.',
      'Ik vraag u het verslag aan te vullen of te verbeteren, en deze brief bij mijn dossier te voegen.',
      'Fatma Yılmaz, namens Ayşe Yılmaz-Đoković',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('Contact met anderen: Gaat met moeite Staat er')
    expect(text).not.toContain('Dit punt bestaat niet meer.')
    // The person's own next steps stay on their screen: the letter is for the municipality.
    expect(text).not.toContain('Volgende stappen')
  })

  it('is saved where the person chooses', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = 'brief.pdf'
    expect(await saveLetter(reviewed(), ports, now)).toMatchObject({ saved: true })
    expect(pdfText(fs.readFileSync(`${dir}/brief.pdf`))).toContain('Reactie op het verslag')
  })
})

describe('the deadlines in a calendar file', () => {
  it('has one all-day event per known deadline, in the app’s language, with its article', () => {
    const { ics, events } = calendarOf(reviewed(), 'nl', now)
    expect(events).toBe(4)
    const unfolded = ics.replace(/\r\n[ \t]/g, '')
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(4)
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270104')
    expect(unfolded).toContain('SUMMARY:Wmo: Besluit op je aanvraag – Ayşe Yılmaz-Đoković')
    expect(unfolded).toContain('Wmo 2015 art. 2.3.5 lid 2')
    expect(calendarOf(reviewed(), 'en', now).ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Wmo: Decision on your application')
  })

  it('saves nothing when no date is known yet', async () => {
    expect(await saveCalendar(makeDossier(), 'nl', testPlanPorts(dir), now)).toEqual({ saved: false })
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('the week’s calendar of every client', () => {
  const summaryOf = (id: string, name: string, patch: Parameters<typeof makeDossier>[0], extra: Partial<DossierSummary> = {}): DossierSummary => ({
    id,
    displayName: name,
    municipalityCode: '',
    talkDate: '',
    progress: { answered: 0, total: 0 },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    protection: 'none',
    archived: false,
    desk: deskFactsOf(makeDossier(patch, id)),
    ...extra,
  })

  it('holds every client’s deadlines and talks of the seven days, and leaves out archived and locked ones', () => {
    const summaries = [
      summaryOf('a', 'Ayşe', { conversation: { meldingDate: '2026-11-20', talkDate: '2026-12-01' } }),
      summaryOf('b', 'Henk', { afterTalk: { applicationDate: '2026-11-16' } }),
      summaryOf('c', 'Oud', { conversation: { talkDate: '2026-11-27' } }, { archived: true }),
      summaryOf('d', 'Slot', {}, { protection: 'locked', desk: null }),
    ]
    const { ics, events } = weekCalendarOf(summaries, '2026-11-26', 'nl', now)
    expect(events).toBe(3)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:Wmo: Persoonlijk plan inleveren – Ayşe')
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261127')
    expect(unfolded).toContain('SUMMARY:Keukentafelgesprek – Ayşe')
    expect(unfolded).toContain('SUMMARY:Wmo: Besluit op je aanvraag – Henk')
    expect(unfolded).not.toContain('Oud')
    expect(unfolded).not.toContain('Slot')
  })
})
