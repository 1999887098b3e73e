import { expect, expectNoAxeViolations, test } from './harness'
import { activate, chooseRadio, tabTo, tick, typeDate, typeInto } from './keyboard'
import type { Page } from '@playwright/test'

const next = (page: Page) => activate(page, page.getByRole('button', { name: 'Volgende', exact: true }))
const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeFocused()

test('a carer prepares the whole conversation with the keyboard alone, and every answer survives a restart', async ({ app, page }) => {
  // Every page of the preparation by keyboard alone: long on a busy machine.
  test.setTimeout(360_000)
  await app.open()

  // 1. Who is this for
  await activate(page, page.getByRole('button', { name: 'Nieuwe voorbereiding starten' }))
  await heading(page, 'Nieuwe voorbereiding')
  await chooseRadio(page, page.getByRole('group', { name: 'Voor wie is deze voorbereiding?' }), 'Voor iemand voor wie ik zorg')
  await typeInto(page, page.getByLabel('Voornaam van de persoon die hulp nodig heeft'), 'Ayşe')
  await page.keyboard.press('Enter')
  await heading(page, 'Over wie gaat het?')
  await expect(page.getByText('Stap 1 van 10')).toBeVisible()
  await typeInto(page, page.getByLabel('Achternaam'), 'Yılmaz')
  await typeInto(page, page.getByLabel('Geboortejaar'), '1941')
  await typeInto(page, page.getByLabel('Jouw naam'), 'Fatma Yılmaz')
  await typeInto(page, page.getByLabel('Wat ben je van deze persoon?'), 'dochter')
  await expectNoAxeViolations(page)
  await next(page)

  // 2. The conversation
  await heading(page, 'Het gesprek met de gemeente')
  await typeInto(page, page.getByLabel('Je gemeente'), 'Rotterdam')
  const melding = page.getByRole('group', { name: 'Wanneer heb je de melding gedaan?' })
  await typeDate(page, melding, '2', '11', '2026')
  const talk = page.getByRole('group', { name: 'Op welke dag is het gesprek?' })
  await typeDate(page, talk, '10', '12', '2026')
  await typeInto(page, page.getByLabel('Hoe laat begint het gesprek?'), '14.30')
  await typeInto(page, page.getByLabel('Waar is het gesprek?'), 'Bij mijn moeder thuis, 3e etage, geen lift')
  await chooseRadio(page, page.getByRole('group', { name: 'Heb je al om een cliëntondersteuner gevraagd?' }), 'Nog niet')
  await expectNoAxeViolations(page)
  await next(page)

  // 3. The situation: choose areas, then one page per area
  await heading(page, 'Je situatie')
  await tick(page, page.getByRole('checkbox', { name: /^Huishouden/ }))
  await tick(page, page.getByRole('checkbox', { name: /^Contact met anderen/ }))
  await tick(page, page.getByRole('checkbox', { name: /^Zorgen voor een ander|^Mantelzorg/ }))
  await expectNoAxeViolations(page)
  await next(page)

  await heading(page, 'Huishouden')
  await expect(page.getByText('Onderwerp 1 van 3')).toBeVisible()
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe gaat het?' }), 'Gaat slecht')
  await typeInto(page, page.getByLabel('Wat is moeilijk?'), 'Stofzuigen en het bed verschonen lukken niet meer.')
  await typeInto(page, page.getByLabel('Wat lukt nog wel? Wat doe je zelf?'), 'Afwassen doe ik zelf, zittend.')
  await typeInto(page, page.getByLabel('Wie helpt je nu, en hoe vaak?'), 'Mijn dochter, twee keer per week.')
  await typeInto(page, page.getByLabel('Wat zou je willen?'), 'Elke week dezelfde hulp die ook even een praatje maakt.')
  await expectNoAxeViolations(page)
  await next(page)
  await heading(page, 'Contact met anderen')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe gaat het?' }), 'Gaat met moeite')
  await typeInto(page, page.getByLabel('Wat zou je willen?'), 'Weer naar de koffieochtend in de moskee.')
  await next(page)
  await expect(page.getByText('Onderwerp 3 van 3')).toBeVisible()
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe gaat het?' }), 'Gaat meestal goed')
  await next(page)

  // 4–5. An ordinary day, what matters
  await heading(page, 'Een gewone dag')
  await typeInto(page, page.getByLabel('In de ochtend'), 'Opstaan duurt een uur. 🙁')
  await typeInto(page, page.getByLabel('In de nacht'), 'Twee keer naar de wc, bang om te vallen.')
  await expectNoAxeViolations(page)
  await next(page)
  await heading(page, 'Wat voor jou belangrijk is')
  await typeInto(page, page.getByLabel('Wat wil je zelf blijven doen?'), 'Zelf koken, ook al gaat het langzaam.')
  await typeInto(page, page.getByLabel('Wat wil je niet?'), 'Elke week een andere hulp.')
  await next(page)

  // 6. The network
  await heading(page, 'Wie je helpt')
  await activate(page, page.getByRole('button', { name: 'Iemand toevoegen' }))
  await expect(page.getByLabel('Naam')).toBeFocused()
  await page.keyboard.type('Fatma')
  await typeInto(page, page.getByLabel('Wie is dit voor je?'), 'dochter')
  await typeInto(page, page.getByLabel('Waarmee helpt deze persoon?'), 'Boodschappen, was, administratie')
  await typeInto(page, page.getByLabel('Hoe vaak?'), 'drie keer per week')
  await chooseRadio(page, page.getByRole('group', { name: 'Kan deze hulp zo doorgaan?' }), 'Voorlopig wel, maar niet lang meer')
  await typeInto(page, page.getByLabel('Waarom is deze hulp niet genoeg, of kan die niet zo blijven?'), 'Ik werk 32 uur en heb zelf drie kinderen.')
  await expectNoAxeViolations(page)
  await next(page)

  // 6b. The care she already gets and the costs (Wmo 2015 art. 2.3.2 lid 4 onder f and g)
  await heading(page, 'Zorg die je al krijgt, en de kosten')
  await typeInto(page, page.getByLabel('Wie is je huisarts?'), 'Dokter Bakker')
  await chooseRadio(page, page.getByRole('group', { name: /^Betaal je nu al een eigen bijdrage/ }), 'Weet ik niet')
  await expectNoAxeViolations(page)
  await next(page)

  // 7. The carer: who cares (Fatma, already in the network, is not offered twice), her own part, her own conversation
  await heading(page, 'Zorgen voor een ander')
  await expect(page.getByText('Jij: Fatma Yılmaz (dochter)')).toBeVisible()
  await expect(page.getByRole('button', { name: /toevoegen als mantelzorger/ })).toHaveCount(0)
  await next(page)
  await heading(page, 'Jouw deel als mantelzorger')
  await typeInto(page, page.getByLabel('Hoeveel uur per week zorg je ongeveer?'), '18')
  await chooseRadio(page, page.getByRole('group', { name: 'Hoe zwaar is het zorgen voor jou?' }), 'Erg zwaar')
  await typeInto(page, page.getByLabel('Wat zou nog meer helpen? Of vertel het in je eigen woorden.'), 'Eén dag per week dagbesteding.')
  await expectNoAxeViolations(page)
  await next(page)
  await heading(page, 'Een eigen gesprek voor de mantelzorger')
  await next(page)

  // 8. Priorities: from the wishes, one of my own, and reordered with the buttons
  await heading(page, 'Wat is het belangrijkst?')
  await activate(page, page.getByRole('button', { name: /^Elke week dezelfde hulp.* op mijn lijst zetten$/ }))
  await typeInto(page, page.getByLabel('Iets anders wat belangrijk is'), 'Mijn dochter moet het kunnen volhouden.')
  await page.keyboard.press('Enter')
  await activate(page, page.getByRole('button', { name: 'Mijn dochter moet het kunnen volhouden. omhoog' }))
  const ranked = page.getByRole('listitem').filter({ has: page.locator('.rank') })
  await expect(ranked.first()).toContainText('Mijn dochter moet het kunnen volhouden.')
  await expect(ranked.first()).toContainText('Nummer 1')
  await expectNoAxeViolations(page)
  await next(page)

  // 9. Questions from the bank, one of my own
  await heading(page, 'Je vragen')
  // Two of the questions suggested for her situation (the carer's among them), shown first.
  await tick(page, page.getByRole('checkbox', { name: 'Kan mijn mantelzorger zelf ook hulp of ondersteuning krijgen?' }))
  await tick(page, page.getByRole('checkbox', { name: /dezelfde hulp/ }).first())
  await typeInto(page, page.getByLabel('Je eigen vraag'), 'Kan de hulp na 10 uur komen?')
  await page.keyboard.press('Enter')
  await expect(page.getByText('3 vragen gekozen')).toBeVisible()
  await expectNoAxeViolations(page)
  await next(page)

  // 10. Check your answers
  await heading(page, 'Controleer je antwoorden')
  await expect(page.getByText('Stap 10 van 10')).toBeVisible()
  const main = page.getByRole('main')
  for (const text of [
    'Ayşe Yılmaz',
    'Fatma Yılmaz',
    'Rotterdam',
    '2 november 2026',
    '10 december 2026, 14:30',
    'Gaat slecht',
    'Elke week een andere hulp.',
    'Ik werk 32 uur en heb zelf drie kinderen.',
    'Erg zwaar',
    'Kan de hulp na 10 uur komen?',
  ]) {
    await expect(main.getByText(text, { exact: false }).first()).toBeVisible()
  }
  await expect(main.getByText('Nog niet ingevuld').first()).toBeVisible()
  await expectNoAxeViolations(page)

  // Change something through the check page, and come back to it
  await activate(page, page.getByRole('button', { name: 'Een gewone dag wijzigen' }))
  await heading(page, 'Een gewone dag')
  await typeInto(page, page.getByLabel('In de avond'), 'Vroeg naar bed.')
  await activate(page, page.getByRole('button', { name: 'Klaar, terug naar controleren' }))
  await heading(page, 'Controleer je antwoorden')
  await expect(main.getByText('Vroeg naar bed.')).toBeVisible()

  // Restart: everything comes back from disk
  await app.restart()
  const [summary] = app.services.dossiers.list()
  expect(summary).toMatchObject({ displayName: 'Ayşe Yılmaz', municipalityCode: 'GM0599', talkDate: '2026-12-10', progress: { answered: 9, total: 9 } })
  const stored = app.services.dossiers.read(summary?.id ?? '')
  expect(stored.subject).toMatchObject({
    forWhom: 'relative',
    firstName: 'Ayşe',
    surname: 'Yılmaz',
    birthYear: 1941,
    preparerName: 'Fatma Yılmaz',
    preparerRelation: 'dochter',
  })
  expect(stored.conversation).toMatchObject({ meldingDate: '2026-11-02', talkDate: '2026-12-10', talkTime: '14:30', clientSupport: 'notYet' })
  expect(stored.situation.selectedAreas).toEqual(['household', 'social', 'caring'])
  expect(stored.situation.areas.household).toMatchObject({ rating: 4, wish: 'Elke week dezelfde hulp die ook even een praatje maakt.' })
  expect(stored.day).toMatchObject({ morning: 'Opstaan duurt een uur. 🙁', evening: 'Vroeg naar bed.' })
  expect(stored.network.helpers).toEqual([expect.objectContaining({ name: 'Fatma', relation: 'dochter', canContinue: 'forNow' })])
  expect(stored.network).toMatchObject({ gp: 'Dokter Bakker', contributionNow: 'unsure' })
  expect(stored.carer.carers).toEqual([expect.objectContaining({ who: { kind: 'preparer' }, hoursPerWeek: 18, burden: 4 })])
  expect(stored.priorities.ranked.map((item) => item.text)).toEqual([
    'Mijn dochter moet het kunnen volhouden.',
    'Elke week dezelfde hulp die ook even een praatje maakt.',
  ])
  expect(stored.questions.selected).toHaveLength(3)
  expect(stored.questions.own).toEqual([expect.objectContaining({ text: 'Kan de hulp na 10 uur komen?' })])

  // Reopened after the restart, the dossier opens where she left it: the check page, with her answers.
  await activate(page, page.getByRole('button', { name: 'Ayşe Yılmaz openen' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeVisible()
  await expect(page.getByRole('main').getByText('1941', { exact: true })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Vorige', exact: true }))
})
