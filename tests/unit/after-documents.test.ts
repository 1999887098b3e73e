import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { calendarOf, saveCalendar, saveLetter, weekCalendarOf } from '../../electron/main/after/documents'
import path from 'node:path'
import { createServices } from '../../electron/main/services'
import { dispatch } from '../../electron/main/dispatch'
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

/** A decision of 8 January 2027 checked against the plan: vague, leaning on a daughter who cannot go on. */
function checkedDecision(objection: { proForma?: boolean; lateReason?: string } = {}) {
  const base = fullPreparation()
  return makeDossier({
    ...base,
    afterTalk: {
      applicationDate: '2026-12-18',
      decisionDate: '2027-01-08',
      decisionCheck: {
        reference: 'WMO-2027-0042',
        outcome: 'partly',
        provision: 'Huishoudelijke ondersteuning',
        namesHours: 'no',
        hours: '',
        namesTasks: 'no',
        tasks: '',
        result: 'een schoon en leefbaar huis',
        start: '2027-02-01',
        form: 'inKind',
        contribution: '',
        priorities: { 'own-1': 'no' },
        leansOnNetwork: 'yes',
        leansOnSelf: null,
        planHandedIn: 'yes',
        planUsed: 'no',
        ownWords: 'Ik heb hulp nodig bij het douchen. Daar staat niets over in het besluit.',
      },
      objection: { proForma: false, sendBy: 'registered', lateReason: '', ...objection },
    },
  })
}

describe('the bezwaarschrift', () => {
  const inTime = new Date('2027-01-20T12:00:00Z')

  it('names the sender, the date, the decision and its grounds with their sources, in the person’s own words too (Awb 6:5)', async () => {
    const { pdf } = await renderLetter(checkedDecision(), { fontsDir: 'assets/fonts', now: inTime, kind: 'objection' })
    expect(qpdfProblems(pdf)).toEqual([])
    const text = flat(pdfText(pdf))
    for (const expected of [
      'Bezwaarschrift',
      'Aan het college van burgemeester en wethouders van de gemeente Rotterdam',
      'Fatma Yılmaz, namens Ayşe Yılmaz-Đoković',
      'Zwaanshals 12b',
      '20 januari 2027',
      'Uw besluit van 8 januari 2027, kenmerk WMO-2027-0042, over: Huishoudelijke ondersteuning',
      'Hierbij maak ik bezwaar tegen uw besluit van 8 januari 2027 op mijn aanvraag voor ondersteuning.',
      'Waarom ik het niet eens ben met het besluit',
      'Ik krijg maar een deel van de hulp die ik heb gevraagd. Wat ik krijg, is niet genoeg voor wat ik nodig heb (Awb art. 6:7).',
      'Voor mij is belangrijk: ‘Mijn dochter moet het kunnen volhouden’. Het besluit geeft daar geen antwoord op.',
      'Het besluit noemt alleen het resultaat ‘een schoon en leefbaar huis’, zonder uren en zonder taken.',
      '(CRvB 2019:3364; zie ook CRvB 2019:982 (Rotterdam)).',
      'Fatma werkt 32 uur en heeft zelf drie kinderen.',
      'Mantelzorg is vrijwillig en kan niet worden afgedwongen',
      'Uit het besluit en het verslag blijkt niet dat de gemeente dit plan bij het onderzoek heeft betrokken (Wmo 2015 art. 2.3.2 lid 2 en lid 5).',
      'In mijn eigen woorden',
      'Ik heb hulp nodig bij het douchen. Daar staat niets over in het besluit.',
      'Ik vraag u het besluit te herzien',
      'Handtekening:',
      'Bijlage: een kopie van het besluit',
    ]) {
      expect(text).toContain(expected)
    }
    // The contribution is a question to ask, not a ground of objection; the late-bezwaar paragraph is absent in time.
    expect(text).not.toContain('eigen bijdrage')
    expect(text).not.toContain('6:11')
  })

  it('as pro forma, objects in time and asks for a term for the grounds instead of listing them (Awb 6:6)', async () => {
    const text = flat(pdfText((await renderLetter(checkedDecision({ proForma: true }), { fontsDir: 'assets/fonts', now: inTime, kind: 'objection' })).pdf))
    expect(text).toContain('De redenen van mijn bezwaar stuur ik later. Ik vraag u mij daarvoor een termijn te geven (artikel 6:5 en 6:6 Awb).')
    expect(text).not.toContain('Waarom ik het niet eens ben')
    expect(text).not.toContain('schoon en leefbaar')
  })

  it('after the term (Monday 22 February 2027), asks to deal with it anyway under Awb 6:11, with the person’s reason', async () => {
    // Decision Friday 8 January 2027: six weeks end Friday 19 February 2027.
    const late = new Date('2027-02-23T12:00:00Z')
    const text = flat(
      pdfText(
        (
          await renderLetter(checkedDecision({ lateReason: 'Ik lag drie weken in het ziekenhuis.' }), {
            fontsDir: 'assets/fonts',
            now: late,
            kind: 'objection',
          })
        ).pdf,
      ),
    )
    expect(text).toContain('Waarom dit bezwaar na de termijn komt')
    expect(text).toContain('omdat ik redelijkerwijs niet eerder bezwaar kon maken (artikel 6:11 Awb).')
    expect(text).toContain('Ik lag drie weken in het ziekenhuis.')
  })

  it('is saved where the person chooses, under its own name', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = 'bezwaar.pdf'
    expect(await saveLetter(checkedDecision(), ports, inTime, undefined, 'objection')).toMatchObject({ saved: true })
    expect(pdfText(fs.readFileSync(`${dir}/bezwaar.pdf`))).toContain('Bezwaarschrift')
  })
})

describe('the ingebrekestelling', () => {
  // Aanvraag Friday 18 December 2026: two weeks end Friday 1 January 2027 (Nieuwjaarsdag), so Monday 4 January.
  const waiting = () => makeDossier({ ...fullPreparation(), afterTalk: { applicationDate: '2026-12-18' } })

  it('states the aanvraag, the last day with its source, and the notice and dwangsom with theirs', async () => {
    const { pdf } = await renderLetter(waiting(), { fontsDir: 'assets/fonts', now: new Date('2027-01-05T09:00:00Z'), kind: 'noticeOfDefault' })
    expect(qpdfProblems(pdf)).toEqual([])
    const text = flat(pdfText(pdf))
    for (const expected of [
      'Ingebrekestelling',
      'Aan het college van burgemeester en wethouders van de gemeente Rotterdam',
      'Op 18 december 2026 heeft u mijn aanvraag voor ondersteuning ontvangen.',
      'U moest daarop uiterlijk 4 januari 2027 beslissen (artikel 2.3.5 lid 2 Wmo 2015 en artikel 1 Algemene termijnenwet).',
      'Ik heb tot vandaag geen besluit van u gekregen.',
      'Met deze brief stel ik u in gebreke. Ik vraag u binnen twee weken na ontvangst van deze brief alsnog te beslissen op mijn aanvraag (artikel 4:17 lid 1 en 6:12 Awb).',
      'Dan bent u mij een dwangsom verschuldigd voor elke dag dat u te laat bent, en kan ik beroep instellen bij de rechtbank (artikel 4:17 en 6:12 lid 2 Awb).',
      'Fatma Yılmaz, namens Ayşe Yılmaz-Đoković',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('uses the later date the municipality set when it postponed the decision (Awb 4:14)', async () => {
    const postponed = makeDossier({ ...fullPreparation(), afterTalk: { applicationDate: '2026-12-18', decisionPostponedTo: '2027-01-29' } })
    const text = flat(
      pdfText((await renderLetter(postponed, { fontsDir: 'assets/fonts', now: new Date('2027-02-01T09:00:00Z'), kind: 'noticeOfDefault' })).pdf),
    )
    expect(text).toContain('U heeft het besluit uitgesteld tot 29 januari 2027 (artikel 4:14 Awb).')
  })

  it('is refused on the last day of the term, made the day after, and never made once a decision is known', async () => {
    const services = createServices({ dataDir: path.join(dir, 'data'), plan: testPlanPorts(dir) })
    const { id } = await services.dossiers.create({ firstName: 'Ria' })
    await services.dossiers.update(id, { afterTalk: { applicationDate: '2026-12-18' } })
    const ports = testPlanPorts(dir)
    ports.answer = 'ingebrekestelling.pdf'
    const onLastDay = new Date('2027-01-04T20:00:00Z')
    await expect(saveLetter(services.dossiers.read(id), ports, onLastDay, undefined, 'noticeOfDefault')).rejects.toMatchObject({ code: 'invalid-request' })
    expect(fs.existsSync(path.join(dir, 'ingebrekestelling.pdf'))).toBe(false)
    // 23:30 in Amsterdam (22:30 UTC) is still the last day; 00:30 in Amsterdam is the first day it may be sent.
    await expect(saveLetter(services.dossiers.read(id), ports, new Date('2027-01-04T22:30:00Z'), undefined, 'noticeOfDefault')).rejects.toMatchObject({
      code: 'invalid-request',
    })
    expect(await saveLetter(services.dossiers.read(id), ports, new Date('2027-01-04T23:30:00Z'), undefined, 'noticeOfDefault')).toMatchObject({ saved: true })
    await services.dossiers.update(id, { afterTalk: { decisionDate: '2027-01-06' } })
    await expect(saveLetter(services.dossiers.read(id), ports, new Date('2027-01-20T12:00:00Z'), undefined, 'noticeOfDefault')).rejects.toMatchObject({
      code: 'invalid-request',
    })
  })

  it('is refused through the contract before the term has passed, as the screen would be', async () => {
    const services = createServices({ dataDir: path.join(dir, 'data'), plan: testPlanPorts(dir) })
    const { id } = await services.dossiers.create({ firstName: 'Ria' })
    // An aanvraag received today: the term is two weeks away, whatever day this test runs.
    const today = new Date().toISOString().slice(0, 10)
    await services.dossiers.update(id, { afterTalk: { applicationDate: today } })
    expect(await dispatch(services.handlers, 'letter.save', { id, kind: 'noticeOfDefault' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await dispatch(services.handlers, 'letter.save', { id, kind: 'somethingElse' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('is not written out once the dossier locked while the save dialog was open', async () => {
    const ports = testPlanPorts(dir)
    const services = createServices({ dataDir: path.join(dir, 'data'), plan: ports })
    const { id } = await services.dossiers.create({ firstName: 'Ria' })
    await services.dossiers.update(id, { afterTalk: { applicationDate: '2025-03-03', decisionDate: '2025-03-10' } })
    await services.dossiers.setPassphrase(id, 'koffie met oma op zondag')
    const choose = ports.chooseSavePath
    ports.chooseSavePath = async (name, kind) => {
      services.dossiers.lockAll()
      return choose(name, kind)
    }
    ports.answer = 'bezwaar.pdf'
    expect(await dispatch(services.handlers, 'letter.save', { id, kind: 'objection' })).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(fs.existsSync(path.join(dir, 'bezwaar.pdf'))).toBe(false)
  }, 30_000)
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
    expect(unfolded).toContain('SUMMARY:Wmo: Persoonlijk plan geven – Ayşe')
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261127')
    expect(unfolded).toContain('SUMMARY:Keukentafelgesprek – Ayşe')
    expect(unfolded).toContain('SUMMARY:Wmo: Besluit op je aanvraag – Henk')
    expect(unfolded).not.toContain('Oud')
    expect(unfolded).not.toContain('Slot')
  })
})
