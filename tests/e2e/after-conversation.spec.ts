import fs from 'node:fs'
import path from 'node:path'
import { fullPreparation } from '../support/factories'
import { pdfText } from '../support/pdf-tools'
import { expect, expectNoAxeViolations, test } from './harness'
import { activate, chooseRadio, typeDate, typeInto } from './keyboard'

test('with the keyboard alone: deadlines from my dates, the report checked point by point, and the letter', async ({ app, page }) => {
  // The Termijnen page now shows a remedy at each step: more to check for axe on a busy machine.
  test.setTimeout(150_000)
  const preparation = fullPreparation()
  const dossierId = await app.prepare({ ...preparation, conversation: { ...preparation.conversation, meldingDate: '' } })
  await app.open()
  await activate(page, page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }))

  // Deadlines: a melding on 20 April 2026 gives a persoonlijk plan term ending on Koningsdag.
  await activate(page, page.getByRole('button', { name: 'Termijnen' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Termijnen' })).toBeFocused()
  await expect(page.getByText('Nog niet bekend. Vul eerst de datum van je melding in.').first()).toBeVisible()
  const melding = page.getByRole('group', { name: 'Datum van je melding' })
  await typeDate(page, melding, '20', '4', '2026')
  const plan = page.getByRole('listitem').filter({ hasText: 'Persoonlijk plan geven' })
  await expect(plan).toContainText('Minstens tot en met dinsdag 28 april 2026')
  await expect(plan).toContainText('De termijn eindigt eigenlijk op 27 april 2026. Dat is een feestdag (Koningsdag).')
  await expect(plan).toContainText('Wmo 2015 art. 2.3.2 lid 2')
  const decision = page.getByRole('group', { name: 'Datum van het besluit (de beschikking)' })
  await typeDate(page, decision, '2', '3', '2026')
  await expect(page.getByRole('listitem').filter({ hasText: 'Bezwaar maken' })).toContainText('Uiterlijk maandag 13 april 2026')
  await expectNoAxeViolations(page)
  app.plan.answer = 'termijnen.ics'
  await activate(page, page.getByRole('button', { name: 'Zet deze datums in je agenda' }))
  await expect(page.getByRole('status').filter({ hasText: 'Het agendabestand is opgeslagen' })).toBeVisible()
  expect(fs.readFileSync(path.join(app.dataDir, 'termijnen.ics'), 'utf8')).toContain('BEGIN:VCALENDAR')

  // After the conversation
  await activate(page, page.getByRole('button', { name: 'Na het gesprek' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Wat is er afgesproken?' })).toBeFocused()
  await typeInto(page, page.getByLabel('Wat is er afgesproken?'), 'De gemeente kijkt naar hulp bij het douchen.')
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Volgende' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Het verslag nakijken' })).toBeFocused()
  const received = page.getByRole('group', { name: 'Wanneer kreeg je het verslag?' })
  await typeDate(page, received, '17', '12', '2026')
  await chooseRadio(page, page.getByRole('group', { name: 'Belangrijk voor mij: Mijn dochter moet het kunnen volhouden.' }), 'Nee')
  await typeInto(page, page.getByLabel('Wat mist er, of wat klopt er niet?').first(), 'Mijn dochter wordt niet genoemd.')
  await chooseRadio(page, page.getByRole('group', { name: 'Huishouden: Gaat slecht' }), 'Deels')
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Volgende' }))

  await expect(page.getByRole('heading', { level: 1, name: 'Je reactie op het verslag' })).toBeFocused()
  await expect(page.getByText('In de brief komen 2 punten.')).toBeVisible()
  await expect(page.getByText('Niet eens met het besluit? Maak uiterlijk maandag 13 april 2026 bezwaar.')).toBeVisible()
  app.plan.answer = 'brief.pdf'
  await activate(page, page.getByRole('button', { name: 'Brief opslaan als PDF' }))
  await expect(page.getByText('De brief is opgeslagen')).toBeVisible()
  const letter = pdfText(fs.readFileSync(path.join(app.dataDir, 'brief.pdf'))).replace(/\s+/g, ' ')
  expect(letter).toContain('Mijn dochter wordt niet genoemd.')
  expect(letter).toContain('Op 17 december 2026 kreeg ik het verslag')
  await expectNoAxeViolations(page)

  const stored = app.services.dossiers.read(dossierId)
  expect(stored.afterTalk.reportChecks['priority:own-1']).toEqual({ status: 'no', note: 'Mijn dochter wordt niet genoemd.' })
  expect(stored.conversation.meldingDate).toBe('2026-04-20')
})

test('the rights and the word list are one key press away, and bring you back where you were', async ({ app, page }) => {
  test.slow()
  const dossier = await app.services.dossiers.create({ firstName: 'Kees' })
  await app.open()
  await page.getByRole('button', { name: 'Kees openen' }).click()
  await page.getByRole('button', { name: 'Volgende' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Het gesprek met de gemeente' })).toBeVisible()

  await activate(page, page.getByRole('button', { name: 'Je rechten' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Je rechten' })).toBeFocused()
  await expect(page.getByText('Wmo 2015 art. 2.2.4 en art. 2.3.2 lid 3')).toBeVisible()
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Woordenlijst' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Woordenlijst' })).toBeFocused()
  await expect(page.getByText('Gebruikelijke hulp', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await activate(page, page.getByRole('button', { name: 'Terug naar je voorbereiding' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Het gesprek met de gemeente' })).toBeVisible()
  expect(app.services.dossiers.read(dossier.id).subject.firstName).toBe('Kees')
})
