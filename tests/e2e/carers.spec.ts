import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { pdfPageCount, pdfText } from '../support/pdf-tools'
import { expect, expectNoAxeViolations, test } from './harness'
import { activate, chooseRadio, tabTo, tick, typeInto } from './keyboard'

const next = (page: Page) => activate(page, page.getByRole('button', { name: 'Volgende', exact: true }))
const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeFocused()
const flat = (text: string) => text.replace(/\s+/g, ' ')
const pdfIn = (dir: string, file: string) => fs.readFileSync(path.join(dir, file))

/** Opens the one dossier in the list with the keyboard, and goes on with "Volgende" until `title`. */
async function openAt(page: Page, name: string, title: string) {
  await activate(page, page.getByRole('button', { name: `${name} openen` }))
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  for (let pages = 0; (await page.getByRole('heading', { level: 1 }).textContent()) !== title; pages++) {
    expect(pages, `reached "${title}"`).toBeLessThan(20)
    await next(page)
  }
  await heading(page, title)
}

test('a son prepares for his father with two carers, keyboard only: each part, own three and plan B reach the plan in its own voice', async ({ app, page }) => {
  // Long: every answer is reached with the Tab key alone.
  test.setTimeout(240_000)
  await app.prepare({
    subject: { forWhom: 'relative', firstName: 'Ahmed', surname: 'El Amrani', preparerName: 'Karim', preparerRelation: 'zoon' },
    conversation: { municipalityCode: 'GM0344', talkDate: '2026-12-10' },
    network: { helpers: [{ id: 'helper-samira', name: 'Samira', relation: 'dochter', helpsWith: 'Boodschappen', frequency: 'twee keer per week' }] },
    priorities: { ranked: [{ id: 'own-1', text: 'Zelf blijven douchen met hulp.' }] },
  })
  await app.open()
  await openAt(page, 'Ahmed El Amrani', 'Zorgen voor een ander')

  // Who cares: the son who prepares has his part already; his sister is added from the network.
  const main = page.getByRole('main')
  await expect(main.getByText('Mantelzorg is vrijwillig')).toBeVisible()
  await expect(main.getByText('Bron: MantelzorgNL, ‘Hoogste rechter bepaalt opnieuw: mantelzorg is niet af te dwingen’ (2017)')).toBeVisible()
  await expect(main.getByRole('listitem').filter({ hasText: 'Jij: Karim (zoon)' })).toBeVisible()
  await activate(page, page.getByRole('button', { name: '+ Samira (dochter) toevoegen als mantelzorger' }))
  await expect(main.getByRole('listitem').filter({ hasText: 'Samira (dochter)' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Zorgt er nog iemand?' })).toBeFocused()
  await expectNoAxeViolations(page)
  await next(page)

  // Karim's own part.
  await heading(page, 'Jouw deel als mantelzorger')
  await typeInto(page, page.getByLabel('Hoeveel uur per week zorg je ongeveer?'), '20')
  await typeInto(page, page.getByLabel('Wat doe je allemaal?'), 'Wassen, medicijnen, ’s nachts opstaan.')
  await typeInto(page, page.getByLabel('Sinds wanneer zorg je?'), 'sinds 2023')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe zwaar is het zorgen voor jou?' }), 'Erg zwaar')
  await expect(page.getByRole('region', { name: /Het is te zwaar/ })).toHaveCount(0)
  // The heaviest choice shows at once, on this page, where to get help now; each place names its source.
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe zwaar is het zorgen voor jou?' }), 'Ik houd het niet meer vol')
  const help = page.getByRole('region', { name: 'Het is te zwaar. Je staat er niet alleen voor.' })
  await expect(help).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jouw deel als mantelzorger')
  await expect(page.getByRole('radio', { name: 'Ik houd het niet meer vol' })).toBeFocused()
  const places = help.getByRole('listitem')
  await expect(places).toHaveCount(5)
  for (const [place, source] of [
    ['Je huisarts', 'Bron: MantelzorgNL, ‘Huisartsen en mantelzorg’'],
    ['Je gemeente', 'Bron: ikwoonleefzorg.nl, ‘Dit doet een Steunpunt Mantelzorg’'],
    ['De Mantelzorglijn van MantelzorgNL', 'Bron: Mantelzorg Aa en Hunze'],
    ['De Luisterlijn: 088 0767 000', 'Bron: NRC, 27 juli 2021'],
    ['Denk je aan zelfdoding? Bel 113 of gratis 0800-0113', 'Bron: 113 Zelfmoordpreventie'],
  ] as const) {
    await expect(places.filter({ hasText: place })).toContainText(source)
  }
  await expect(help).toContainText('Wmo-loket')
  await expect(help).toContainText('mantelzorg.nl')
  await expectNoAxeViolations(page)
  await tick(page, page.getByRole('checkbox', { name: 'Mijn werk' }))
  await tick(page, page.getByRole('checkbox', { name: 'Mijn slaap' }))
  await typeInto(page, page.getByLabel('Wil je daar meer over vertellen?'), 'Ik werk fulltime en slaap slecht.')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe lang kun je dit nog volhouden?' }), 'Nog een paar maanden')
  await tick(page, page.getByRole('checkbox', { name: /^Respijtzorg/ }))
  await tick(page, page.getByRole('checkbox', { name: /^Dagbesteding/ }))
  await typeInto(page, page.getByLabel('Nummer 1'), 'Eén weekend per maand vrij')
  await typeInto(page, page.getByLabel('Nummer 2'), 'Hulp ’s nachts')
  await typeInto(page, page.getByLabel('Nummer 3'), 'Mijn werk houden')
  await typeInto(page, page.getByLabel('Wat heeft Ahmed dan nodig?'), 'Elke ochtend hulp bij het opstaan en de medicijnen.')
  await typeInto(page, page.getByLabel('Wie kan het dan overnemen?'), 'Niemand: Samira woont ver weg.')
  await typeInto(page, page.getByLabel('Wat moet er dan meteen geregeld worden?'), 'Thuiszorg voor de ochtend.')
  await expect(main.getByText('Bron: Wmo 2015 art. 2.3.3')).toBeVisible()
  await next(page)

  // Samira's part: the same questions, spoken to her.
  await heading(page, 'Het deel van Samira (dochter)')
  await expect(main.getByText('Dit deel is van Samira (dochter).')).toBeVisible()
  await typeInto(page, page.getByLabel('Hoeveel uur per week zorg je ongeveer?'), '6')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe zwaar is het zorgen voor jou?' }), 'Soms zwaar')
  await typeInto(page, page.getByLabel('Nummer 1'), 'Minder reistijd')
  await typeInto(page, page.getByLabel('Wat heeft Ahmed dan nodig?'), 'Iemand voor de boodschappen.')
  await expectNoAxeViolations(page)
  await next(page)

  // Their own conversation: law and practice with sources, a letter and the e-mail text.
  await heading(page, 'Een eigen gesprek voor de mantelzorger')
  await expect(main.getByText('(Wmo 2015 art. 2.3.2 lid 4 onder d)', { exact: true })).toBeVisible()
  await expect(main.getByText('(Wmo 2015 art. 2.3.2 lid 3)', { exact: true })).toBeVisible()
  await expect(main.getByText('Een apart gesprek alleen voor de mantelzorger staat niet als recht in de wet.', { exact: false })).toBeVisible()
  await typeInto(page, page.getByLabel('Hoe kan de gemeente je bereiken?'), '06-12345678')
  app.plan.answer = 'brief-karim.pdf'
  await activate(page, page.getByRole('button', { name: 'Brief opslaan als PDF' }))
  await expect(main.getByText(/De brief is opgeslagen/)).toBeVisible()
  const letter = flat(pdfText(pdfIn(app.dataDir, 'brief-karim.pdf')))
  expect(letter).toContain('Aan de gemeente Utrecht')
  expect(letter).toContain('Van Karim mantelzorger van Ahmed El Amrani 06-12345678')
  expect(letter).toContain('Ik ben mantelzorger van Ahmed El Amrani. Ik zorg ongeveer 20 uur per week.')
  expect(letter).toContain('eigen gesprek met mij')
  await activate(page, page.getByText('Liever een e-mail? Bekijk de tekst'))
  await expect(page.getByLabel('Tekst van de e-mail')).toHaveValue(/Daarom vraag ik u om een eigen gesprek met mij/)
  await expect(page.getByLabel('Onderwerp van de e-mail')).toHaveValue('Verzoek om een eigen gesprek als mantelzorger (Wmo 2015)')
  await expectNoAxeViolations(page)
  await next(page)

  // The father's own priorities are his alone.
  await heading(page, 'Wat is het belangrijkst?')
  await expect(main).not.toContainText('Eén weekend per maand vrij')
  await next(page)
  await next(page)

  // The check page shows each carer's part; the plan and the carer's summary are made from it.
  await heading(page, 'Controleer je antwoorden')
  for (const title of ['Het deel van Karim (zoon)', 'Het deel van Samira (dochter)']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
  }
  await expect(main.getByText('Elke ochtend hulp bij het opstaan en de medicijnen.')).toBeVisible()
  await expectNoAxeViolations(page)

  const panel = page.getByRole('region', { name: 'Je plan als PDF' })
  app.plan.answer = 'plan.pdf'
  await activate(page, panel.getByRole('button', { name: 'Opslaan als PDF' }))
  await expect(panel.getByRole('status')).toContainText('Je plan is opgeslagen')
  const plan = pdfText(pdfIn(app.dataDir, 'plan.pdf'))
  const page1 = flat(plan.split('\f')[0] ?? '')
  expect(page1).toContain('Wat voor Ahmed het belangrijkst is 1. Zelf blijven douchen met hulp.')
  expect(page1).toContain('Wat voor Karim (zoon) als mantelzorger het belangrijkst is 1. Eén weekend per maand vrij 2. Hulp ’s nachts 3. Mijn werk houden')
  expect(page1).toContain('Wat voor Samira (dochter) als mantelzorger het belangrijkst is 1. Minder reistijd')
  const body = flat(plan)
  const carers = body.slice(body.indexOf('4. De mantelzorgers'), body.indexOf('5. Algemene voorzieningen'))
  const karim = carers.slice(carers.indexOf('Karim (zoon), in eigen woorden'), carers.indexOf('Samira (dochter), in eigen woorden'))
  const samira = carers.slice(carers.indexOf('Samira (dochter), in eigen woorden'))
  expect(karim).toContain('Ik, Karim (zoon), zorg ongeveer 20 uur per week voor Ahmed.')
  expect(karim).toContain('Hoe zwaar het zorgen voor mij is Ik houd het niet meer vol')
  expect(karim).toContain('Wat het zorgen mij kost mijn werk, mijn slaap. Ik werk fulltime en slaap slecht.')
  expect(karim).toContain('Als ik, Karim, niet meer kan Wat Ahmed dan nodig heeft Elke ochtend hulp bij het opstaan en de medicijnen.')
  expect(karim).toContain('Wie het dan kan overnemen Niemand: Samira woont ver weg.')
  expect(samira).toContain('Ik, Samira (dochter), zorg ongeveer 6 uur per week voor Ahmed.')
  expect(samira).toContain('Als ik, Samira, niet meer kan Wat Ahmed dan nodig heeft Iemand voor de boodschappen.')
  expect(samira).not.toContain('Ik werk fulltime')
  // The carer's words stay out of the person's own sections.
  expect(body.slice(0, body.indexOf('4. De mantelzorgers')).replace(page1, '')).not.toContain('Ik houd het niet meer vol')

  // Samira's one-page summary for her own conversation.
  app.plan.answer = 'samira.pdf'
  await chooseRadio(page, panel.getByRole('group', { name: 'Wat wil je maken?' }), 'Samenvatting voor Samira (dochter) als mantelzorger')
  await activate(page, panel.getByRole('button', { name: 'Opslaan als PDF' }))
  await expect(panel.getByRole('status')).toContainText('Je plan is opgeslagen (1 bladzijde)')
  const summary = pdfIn(app.dataDir, 'samira.pdf')
  expect(pdfPageCount(summary)).toBe(1)
  const summaryText = flat(pdfText(summary))
  expect(summaryText).toContain('Samira · Samenvatting mantelzorger')
  expect(summaryText).toContain('Ik, Samira (dochter), zorg ongeveer 6 uur per week voor Ahmed.')
  expect(summaryText).toContain('Wat voor mij het belangrijkst is 1. Minder reistijd')
  expect(summaryText).not.toContain('Karim (zoon)')

  // Everything is stored, each carer apart.
  const [stored] = app.services.dossiers.list()
  const carersStored = app.services.dossiers.read(stored?.id ?? '').carer.carers
  expect(carersStored).toEqual([
    expect.objectContaining({
      who: { kind: 'preparer' },
      hoursPerWeek: 20,
      burden: 5,
      keepUp: 'months',
      costs: ['work', 'sleep'],
      relief: ['respite', 'daytime'],
    }),
    expect.objectContaining({ who: { kind: 'helper', helperId: 'helper-samira' }, hoursPerWeek: 6, topThree: ['Minder reistijd', '', ''] }),
  ])
})

test('a woman who prepares for herself and names a helper gets the carer’s step and section too', async ({ app, page }) => {
  test.slow()
  await app.prepare({ subject: { forWhom: 'self', firstName: 'Truus', surname: 'de Wit' } })
  await app.open()
  await openAt(page, 'Truus de Wit', 'Wie je helpt')
  await expect(page.getByText('Stap 6 van 9')).toBeVisible()
  await activate(page, page.getByRole('button', { name: 'Iemand toevoegen' }))
  await page.keyboard.type('Joke')
  await typeInto(page, page.getByLabel('Wie is dit voor je?'), 'buurvrouw')
  await next(page)
  // The second page of help: the care she already gets and the costs.
  await heading(page, 'Zorg die je al krijgt, en de kosten')
  await next(page)

  await heading(page, 'Zorgen voor een ander')
  await expect(page.getByText('Stap 7 van 10')).toBeVisible()
  await activate(page, page.getByRole('button', { name: '+ Joke (buurvrouw) toevoegen als mantelzorger' }))
  await next(page)
  await heading(page, 'Het deel van Joke (buurvrouw)')
  await typeInto(page, page.getByLabel('Hoeveel uur per week zorg je ongeveer?'), '4')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe lang kun je dit nog volhouden?' }), 'Nog een paar jaar')
  await expectNoAxeViolations(page)
  for (let pages = 0; (await page.getByRole('heading', { level: 1 }).textContent()) !== 'Controleer je antwoorden'; pages++) {
    expect(pages).toBeLessThan(6)
    await next(page)
  }
  app.plan.answer = 'truus.pdf'
  await activate(page, page.getByRole('region', { name: 'Je plan als PDF' }).getByRole('button', { name: 'Opslaan als PDF' }))
  await expect(page.getByRole('region', { name: 'Je plan als PDF' }).getByRole('status')).toContainText('Je plan is opgeslagen')
  const plan = flat(pdfText(pdfIn(app.dataDir, 'truus.pdf')))
  expect(plan).toContain('4. De mantelzorgers')
  expect(plan).toContain('Joke (buurvrouw), in eigen woorden')
  expect(plan).toContain('Ik, Joke (buurvrouw), zorg ongeveer 4 uur per week voor Truus.')
  expect(plan).toContain('Hoe lang ik dit nog volhoud Nog een paar jaar.')
})

test('"I cannot keep it up even now" shows the same help, and it goes when the answer changes', async ({ app, page }) => {
  await app.prepare({ subject: { forWhom: 'relative', firstName: 'Ahmed', surname: 'El Amrani', preparerName: 'Karim' } })
  await app.open()
  await openAt(page, 'Ahmed El Amrani', 'Jouw deel als mantelzorger')
  const help = page.getByRole('region', { name: 'Het is te zwaar. Je staat er niet alleen voor.' })
  await typeInto(page, page.getByLabel('Wat doe je allemaal?'), 'Alles.')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe lang kun je dit nog volhouden?' }), 'Ik houd het nu al niet meer vol')
  await expect(help).toBeVisible()
  await expect(help.getByRole('listitem').filter({ hasText: 'Je huisarts' })).toContainText('Bron:')
  // Nothing typed is lost, and the page stays where it was.
  await expect(page.getByLabel('Wat doe je allemaal?')).toHaveValue('Alles.')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe lang kun je dit nog volhouden?' }), 'Nog een paar weken')
  await expect(help).toHaveCount(0)
  await tabTo(page, page.getByRole('button', { name: 'Volgende', exact: true }))
})
