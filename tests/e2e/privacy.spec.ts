import path from 'node:path'
import { APP_URL } from './renderer-host'
import { expect, expectNoAxeViolations, test } from './harness'

const PASSPHRASE = 'koffie met oma op zondag'

test('protects a dossier with a passphrase, locks it, and opens it again only with the right one', async ({ app, page }) => {
  test.setTimeout(60_000)
  app.prepare()
  await app.open()
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  await page.getByRole('button', { name: 'Beveiligen en delen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligen en delen' })).toBeFocused()
  await expect(page.getByText('Let op: ben je het wachtwoord vergeten?')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Nieuw wachtwoord').fill(PASSPHRASE)
  await page.getByLabel('Herhaal het wachtwoord').fill('koffie met opa')
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'niet hetzelfde' })).toHaveText('De twee wachtwoorden zijn niet hetzelfde.')
  await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page.getByText('Klaar. Deze voorbereiding is nu beveiligd met een wachtwoord.')).toBeVisible({ timeout: 15_000 })

  await page.getByRole('button', { name: 'Nu vergrendelen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
  const card = page.getByRole('listitem').filter({ hasText: 'Ayşe Yılmaz-Đoković' })
  await expect(card).toContainText('Vergrendeld met een wachtwoord')
  await expect(card).not.toContainText('Rotterdam')
  await expectNoAxeViolations(page)

  await card.getByRole('button', { name: 'Ayşe Yılmaz-Đoković ontgrendelen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ayşe Yılmaz-Đoković ontgrendelen' })
  await expect(dialog.getByLabel('Wachtwoord')).toBeFocused()
  await page.keyboard.type('verkeerd wachtwoord')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('Dit wachtwoord klopt niet. Probeer het nog eens. Let op hoofdletters.', { timeout: 15_000 })
  await expectNoAxeViolations(page)
  await dialog.getByLabel('Wachtwoord').fill(PASSPHRASE)
  await page.keyboard.press('Enter')
  // It opens where the person was when it locked.
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligen en delen' })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Deze voorbereiding is beveiligd met een wachtwoord.')).toBeVisible()
  await page.getByRole('button', { name: 'Voorbereiden' }).click()
  await expect(page.getByLabel('Voornaam van de persoon om wie het gaat')).toHaveValue('Ayşe')
})

test('hands a dossier over in a protected file and opens it again, keeping both', async ({ app, page }) => {
  test.setTimeout(60_000)
  app.prepare()
  await app.open()
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  await page.getByRole('button', { name: 'Beveiligen en delen' }).click()
  app.plan.answer = 'overdracht.aantafel'
  await page.getByLabel('Wachtwoord voor het bestand').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Opslaan als bestand' }).click()
  await expect(page.getByText('Het bestand is opgeslagen')).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()

  app.plan.openAnswer = path.join(app.dataDir, 'overdracht.aantafel')
  await page.getByRole('button', { name: 'Voorbereiding openen uit een bestand' }).click()
  const ask = page.getByRole('dialog', { name: 'Dit bestand heeft een wachtwoord' })
  await expect(ask.getByLabel('Wachtwoord')).toBeFocused()
  await page.keyboard.type(PASSPHRASE)
  await page.keyboard.press('Enter')
  const exists = page.getByRole('dialog', { name: 'Deze voorbereiding staat al op deze computer' })
  await expect(exists).toBeVisible({ timeout: 15_000 })
  await expectNoAxeViolations(page)
  await exists.getByRole('button', { name: 'Allebei bewaren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Hij blijft beveiligd met hetzelfde wachtwoord.' })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 2, name: 'Ayşe Yılmaz-Đoković' })).toHaveCount(2)
})

test('says plainly why a file cannot be opened, and changes nothing', async ({ app, page }) => {
  app.services.dossiers.create({ firstName: 'Blijft' })
  await app.open()
  app.plan.openAnswer = path.resolve('package.json')
  await page.getByRole('button', { name: 'Voorbereiding openen uit een bestand' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dit bestand is geen voorbereiding van Aan Tafel. Er is niets veranderd.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Blijft'])
})

test('deletes everything after a clear confirmation', async ({ app, page }) => {
  app.services.dossiers.create({ firstName: 'Weg' })
  await app.open()
  await page.getByLabel('Taal').selectOption('en')
  await page.getByRole('button', { name: 'Privacy' }).click()
  await page.getByRole('button', { name: 'Delete everything…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' })
  await expect(dialog.getByRole('button', { name: 'No, delete nothing' })).toBeFocused()
  await expectNoAxeViolations(page)
  // Not yet confirmed in so many words: the button says so (aria-disabled) and does nothing.
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click({ force: true })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('I understand that everything will be removed').check()
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
  await expect(page.getByText('Alles is gewist.')).toBeVisible()
  expect(app.services.dossiers.list()).toEqual([])
  expect(app.services.settings.settings.language).toBe('nl')
})

test('locks dossiers with a passphrase after the chosen idle time', async ({ app, page }) => {
  test.setTimeout(60_000)
  await page.clock.install()
  const dossier = app.services.dossiers.create({ firstName: 'Slot' })
  await app.services.dossiers.setPassphrase(dossier.id, PASSPHRASE)
  await app.open()
  await page.getByRole('button', { name: 'Slot openen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeVisible()
  await page.clock.fastForward('16:00')
  await expect(page.getByText('De voorbereidingen met een wachtwoord zijn vergrendeld, omdat er een tijdje niets gebeurde.')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Slot' })).toContainText('Vergrendeld met een wachtwoord')
})

test('not one request leaves the app, from the first screen to the finished PDF', async ({ app, page }) => {
  test.setTimeout(60_000)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await app.open()
  await page.getByRole('button', { name: 'Nieuwe voorbereiding starten' }).click()
  await page.getByLabel('Voornaam van de persoon die hulp nodig heeft').fill('Netwerk')
  await page.getByRole('button', { name: 'Starten' }).click()
  for (let step = 0; step < 12; step++) {
    const next = page.getByRole('button', { name: 'Volgende', exact: true })
    if ((await next.count()) === 0) break
    await next.click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeVisible()
  await page.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(page.getByText('Je plan is opgeslagen')).toBeVisible()
  await page.getByRole('button', { name: 'Je rechten' }).click()
  await page.getByRole('button', { name: 'Woordenlijst' }).click()
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((url) => !url.startsWith(APP_URL))).toEqual([])
  expect(app.outgoing).toEqual([])
  const csp = await page.evaluate(async () => (await fetch('/').catch(() => null)) === null)
  expect(csp, 'the Content Security Policy refuses even a request to the app itself from script').toBe(true)
})

test('idle locking leaves a dossier without a passphrase open, e.g. while it is read aloud at the table', async ({ app, page }) => {
  await page.clock.install()
  const locked = app.services.dossiers.create({ firstName: 'Slot' })
  await app.services.dossiers.setPassphrase(locked.id, PASSPHRASE)
  app.services.dossiers.create({ firstName: 'Open' })
  await app.open()
  await page.getByRole('button', { name: 'Open openen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeVisible()
  await page.clock.fastForward('16:00')
  await expect(page.getByText('De voorbereidingen met een wachtwoord zijn vergrendeld, omdat er een tijdje niets gebeurde.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeVisible()
  await expect(page.getByLabel('Je voornaam')).toHaveValue('Open')
})
