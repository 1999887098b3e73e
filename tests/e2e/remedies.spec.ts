import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { addDays, dateInNetherlands } from '../../domain/deadlines/holidays'
import { computeTimeline } from '../../domain/deadlines/timeline'
import { formatCalendarDate } from '../../domain/text'
import { fullPreparation } from '../support/factories'
import { pdfText } from '../support/pdf-tools'
import { expect, expectNoAxeViolations, test } from './harness'
import { activate, chooseRadio, tabTo, typeInto } from './keyboard'

/** Tabs to each of a date's three boxes, selects what is there and types the new part. */
async function retypeDate(page: Page, group: Locator, date: string): Promise<void> {
  const [year, month, day] = date.split('-').map((part) => String(Number(part))) as [string, string, string]
  for (const [label, part] of [
    ['Dag', day],
    ['Maand', month],
    ['Jaar', year],
  ] as const) {
    await tabTo(page, group.getByLabel(label))
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(part)
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

function known<T>(value: T | null): T {
  if (value === null) throw new Error('expected a deadline')
  return value
}
const weekdayDate = (date: string) => formatCalendarDate(date, 'nl-NL', { weekday: true })

test('with the keyboard alone: signing the report, the ingebrekestelling once the term has passed, the decision check and the bezwaarschrift', async ({
  app,
  page,
}) => {
  // Six pages, two letters read back and axe on each page: minutes on a busy machine.
  test.setTimeout(300_000)
  const today = dateInNetherlands(new Date())
  // A decision of three days ago: the bezwaar is in time whatever day this test runs.
  const decisionDate = addDays(today, -3)
  const preparation = fullPreparation()
  const dossierId = await app.prepare({ ...preparation, afterTalk: { applicationDate: today } })
  await app.open()
  await activate(page, page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }))
  await activate(page, page.getByRole('button', { name: 'Na het gesprek' }))
  await activate(page, page.getByRole('button', { name: 'Volgende' }))

  // The report: the warning before signing, and the reply ready to write next to a signature.
  await expect(page.getByRole('heading', { level: 1, name: 'Het verslag nakijken' })).toBeFocused()
  const signing = page.getByRole('region', { name: 'Moet je het verslag ondertekenen?' })
  await expect(signing).toContainText('veel gemeenten zien je handtekening onder het verslag als je aanvraag')
  await expect(signing).toContainText('Het verslag is geen besluit')
  await expect(signing).toContainText('Bron: Wmo 2015 art. 2.3.2 lid 8')
  await expect(signing.getByText('Gezien, niet akkoord, zie mijn brief.', { exact: true })).toBeVisible()
  await chooseRadio(page, page.getByRole('group', { name: 'Heb je het verslag al ondertekend?' }), 'Ja, met ‘gezien, niet akkoord, zie mijn brief’')
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Volgende' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Je reactie op het verslag' })).toBeFocused()
  app.plan.answer = 'reactie.pdf'
  await activate(page, page.getByRole('button', { name: 'Brief opslaan als PDF' }))
  await expect(page.getByText('De brief is opgeslagen')).toBeVisible()
  expect(flat(pdfText(fs.readFileSync(path.join(app.dataDir, 'reactie.pdf'))))).toContain(
    'Ik heb het verslag ondertekend met ‘gezien, niet akkoord, zie mijn brief’. Dit is die brief.',
  )
  await activate(page, page.getByRole('button', { name: 'Volgende' }))

  // Waiting for the decision: an aanvraag of today leaves the municipality two weeks; no letter yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Wacht je nog op het besluit?' })).toBeFocused()
  const term = known(computeTimeline({ applicationDate: today }).decision)
  await expect(page.getByText(`De gemeente heeft nog tot en met ${weekdayDate(term.date)} om te beslissen.`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ingebrekestelling opslaan als PDF' })).toHaveCount(0)
  await expect(page.getByText('€ 20 per dag de eerste 14 dagen')).toBeVisible()
  // The aanvraag was in fact received on Thursday 1 October 2026: its term ended Thursday 15 October.
  await retypeDate(page, page.getByRole('group', { name: 'Datum van je aanvraag' }), '2026-10-01')
  await expect(page.getByText('De termijn voor het besluit was donderdag 15 oktober 2026 voorbij.')).toBeVisible()
  await expectNoAxeViolations(page)
  app.plan.answer = 'ingebrekestelling.pdf'
  await activate(page, page.getByRole('button', { name: 'Ingebrekestelling opslaan als PDF' }))
  await expect(page.getByText('De brief is opgeslagen')).toBeVisible()
  const notice = flat(pdfText(fs.readFileSync(path.join(app.dataDir, 'ingebrekestelling.pdf'))))
  expect(notice).toContain('Ingebrekestelling')
  expect(notice).toContain('Op 1 oktober 2026 heeft u mijn aanvraag voor ondersteuning ontvangen.')
  expect(notice).toContain('U moest daarop uiterlijk 15 oktober 2026 beslissen (artikel 2.3.5 lid 2 Wmo 2015 en artikel 1 Algemene termijnenwet).')
  expect(notice).toContain('Met deze brief stel ik u in gebreke.')
  await expect(page.getByRole('heading', { name: 'Zo verstuur je de brief' })).toBeVisible()
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Volgende' }))

  // The decision check.
  await expect(page.getByRole('heading', { level: 1, name: 'Het besluit nakijken' })).toBeFocused()
  await retypeDate(page, page.getByRole('group', { name: 'Welke datum staat op het besluit?' }), decisionDate)
  await typeInto(page, page.getByLabel('Kenmerk of nummer van het besluit'), 'WMO-2026-0815')
  await chooseRadio(page, page.getByRole('group', { name: 'Wat heeft de gemeente besloten?' }), 'Ik krijg een deel van de hulp')
  await typeInto(page, page.getByLabel('Welke hulp staat in het besluit?'), 'Huishoudelijke ondersteuning')
  await chooseRadio(page, page.getByRole('group', { name: 'Staat erin hoeveel uur of minuten hulp je krijgt?' }), 'Nee')
  await chooseRadio(page, page.getByRole('group', { name: 'Staat erin welke taken de hulp doet?' }), 'Nee')
  await typeInto(page, page.getByLabel('Staat er een resultaat in? Welk?'), 'een schoon en leefbaar huis')
  await chooseRadio(page, page.getByRole('group', { name: 'Staat in het besluit: Mijn dochter moet het kunnen volhouden.' }), 'Nee')
  await chooseRadio(page, page.getByRole('group', { name: 'Gaat het besluit ervan uit dat mensen om je heen een deel van de hulp geven (mantelzorg)?' }), 'Ja')
  await typeInto(page, page.getByLabel('Waarmee ben je het niet eens? Schrijf het in je eigen woorden.'), 'Over het douchen staat niets in het besluit.')
  const findings = page.getByRole('region', { name: 'Wat opvalt' })
  await expect(findings).toContainText('Het besluit noemt alleen een resultaat: ‘een schoon en leefbaar huis’.')
  await expect(findings).toContainText('Bron: CRvB 2019:3364')
  await expect(findings).toContainText('Je belangrijke punt ‘Mijn dochter moet het kunnen volhouden’ staat niet in het besluit.')
  await expect(findings).toContainText('Fatma werkt 32 uur en heeft zelf drie kinderen.')
  await expect(findings).toContainText('Mantelzorg is vrijwillig')
  const objectionTerm = known(computeTimeline({ decisionDate }).objection)
  await expect(findings).toContainText(`Dan kun je tot en met ${weekdayDate(objectionTerm.date)} bezwaar maken.`)
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Volgende' }))

  // The bezwaarschrift.
  await expect(page.getByRole('heading', { level: 1, name: 'Bezwaar maken' })).toBeFocused()
  await expect(page.getByText(`Je bezwaar moet uiterlijk ${weekdayDate(objectionTerm.date)} bij de gemeente zijn.`)).toBeVisible()
  await expect(page.getByText('Uit je controle van het besluit komen 4 punten.')).toBeVisible()
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe verstuur je je bezwaar?' }), 'Aangetekend met de post')
  await expectNoAxeViolations(page)
  app.plan.answer = 'bezwaar.pdf'
  await activate(page, page.getByRole('button', { name: 'Bezwaarschrift opslaan als PDF' }))
  await expect(page.getByText('De brief is opgeslagen')).toBeVisible()
  const objection = flat(pdfText(fs.readFileSync(path.join(app.dataDir, 'bezwaar.pdf'))))
  for (const expected of [
    'Bezwaarschrift',
    `Hierbij maak ik bezwaar tegen uw besluit van ${formatCalendarDate(decisionDate, 'nl-NL')} op mijn aanvraag voor ondersteuning.`,
    'kenmerk WMO-2026-0815, over: Huishoudelijke ondersteuning',
    'Het besluit noemt alleen het resultaat ‘een schoon en leefbaar huis’, zonder uren en zonder taken.',
    'CRvB 2019:3364',
    'Mantelzorg is vrijwillig en kan niet worden afgedwongen',
    'Over het douchen staat niets in het besluit.',
    'Handtekening:',
  ]) {
    expect(objection).toContain(expected)
  }
  await expectNoAxeViolations(page)

  // The timeline shows the remedy at each step, and leads to the letter that makes it.
  await activate(page, page.getByRole('button', { name: 'Termijnen' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Termijnen' })).toBeFocused()
  const decisionItem = page.getByRole('listitem').filter({ hasText: 'Besluit op je aanvraag' })
  await expect(decisionItem).toContainText('Uiterlijk donderdag 15 oktober 2026')
  await expect(decisionItem).toContainText('Stuur dan een ingebrekestelling.')
  await expect(decisionItem).toContainText('Bron: Awb art. 4:17 en 6:12')
  await expect(page.getByRole('listitem').filter({ hasText: 'Onderzoek klaar' })).toContainText('CRvB 2017:283')
  await expect(page.getByRole('listitem').filter({ hasText: 'Bezwaar maken' })).toContainText('Bron: Awb art. 6:11')
  await expect(page.getByText('Die dagen zijn bekend voor 2023 tot en met 2028.')).toBeVisible()
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Naar het bezwaarschrift' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Bezwaar maken' })).toBeFocused()

  const stored = app.services.dossiers.read(dossierId).afterTalk
  expect(stored.reportSigned).toBe('seenNotAgreed')
  expect(stored.applicationDate).toBe('2026-10-01')
  expect(stored.decisionDate).toBe(decisionDate)
  expect(stored.decisionCheck).toMatchObject({
    reference: 'WMO-2026-0815',
    outcome: 'partly',
    namesHours: 'no',
    result: 'een schoon en leefbaar huis',
    priorities: { 'own-1': 'no' },
    leansOnNetwork: 'yes',
    ownWords: 'Over het douchen staat niets in het besluit.',
  })
  expect(stored.objection).toMatchObject({ proForma: false, sendBy: 'registered' })
})

test('the Termijnen page moves a decision past the designated Friday 15 May 2026', async ({ app, page }) => {
  const dossierId = await app.prepare({ ...fullPreparation(), afterTalk: { applicationDate: '2026-05-01' } })
  await app.open()
  await activate(page, page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }))
  await activate(page, page.getByRole('button', { name: 'Termijnen' }))
  const decisionItem = page.getByRole('listitem').filter({ hasText: 'Besluit op je aanvraag' })
  await expect(decisionItem).toContainText('Uiterlijk maandag 18 mei 2026')
  await expect(decisionItem).toContainText('De termijn eindigt eigenlijk op 15 mei 2026. Dat is een dag die gelijkstaat aan een feestdag.')
  expect(app.services.dossiers.read(dossierId).afterTalk.applicationDate).toBe('2026-05-01')
})

test('every page after the conversation, and the deadlines, fit a 1024×768 window with text at 200% and the largest text size', async ({ app, page }) => {
  test.slow()
  await app.prepare({
    ...fullPreparation({ long: true }),
    afterTalk: {
      applicationDate: '2026-10-01',
      decisionDate: '2026-11-25',
      decisionCheck: {
        reference: 'WMO-2026-0815-ABCDEFGHIJKLMNOP',
        outcome: 'partly',
        provision: 'Huishoudelijke ondersteuning',
        namesHours: 'no',
        hours: '',
        namesTasks: 'no',
        tasks: '',
        result: 'een schoon en leefbaar huis',
        start: '',
        form: null,
        contribution: '',
        priorities: { 'own-1': 'no' },
        leansOnNetwork: 'yes',
        leansOnSelf: 'yes',
        planHandedIn: 'yes',
        planUsed: 'no',
        ownWords: 'Over het douchen staat niets in het besluit.',
      },
    },
  })
  await page.setViewportSize({ width: 1024, height: 768 })
  await app.open()
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  await page.getByLabel('Grootte van de tekst').selectOption('extraLarge')
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'))
  const overflow = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const clipped = [...document.querySelectorAll<HTMLElement>('button, input, textarea, select, label, h1, h2, h3, p, li')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.tagName} ${element.textContent?.slice(0, 40) ?? ''}`)
      return { page: document.documentElement.scrollWidth - width, clipped }
    })
  await page.getByRole('button', { name: 'Termijnen' }).click()
  expect(await overflow(), 'Termijnen').toEqual({ page: 0, clipped: [] })
  await page.getByRole('button', { name: 'Na het gesprek' }).click()
  for (let part = 1; part <= 6; part++) {
    await expect(page.getByText(`Deel ${part} van 6`)).toBeVisible()
    expect(await overflow(), `Na het gesprek, deel ${part}`).toEqual({ page: 0, clipped: [] })
    if (part < 6) await page.getByRole('button', { name: 'Volgende' }).click()
  }
})
