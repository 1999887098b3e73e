import { expect, expectNoAxeViolations, test } from './harness'

test.describe('the dossier list', () => {
  test('explains the app in two plain sentences when there is nothing yet, without accessibility violations', async ({ app, page }) => {
    await app.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
    await expect(page.getByText('Met Aan Tafel bereid je het keukentafelgesprek voor')).toBeVisible()
    await expect(page.getByText('Je hebt nog geen voorbereiding.')).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('starts a preparation with the keyboard alone and shows it in the list', async ({ app, page }) => {
    await app.open()
    await page.getByRole('button', { name: 'Nieuwe voorbereiding starten' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe voorbereiding' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('radio', { name: 'Voor mijzelf' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio', { name: 'Voor iemand voor wie ik zorg' })).toBeChecked()
    await page.keyboard.press('Tab')
    await page.keyboard.type('Fatma')
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeFocused()
    await expect(page.getByLabel('Voornaam van de persoon om wie het gaat')).toHaveValue('Fatma')
    await page.getByLabel('Achternaam').fill('Yılmaz-Đoković')
    await expect(page.getByText('Opgeslagen')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()

    const card = page.getByRole('listitem').filter({ hasText: 'Fatma Yılmaz-Đoković' })
    await expect(card).toBeVisible()
    await expect(card.getByText('1 van 9 stappen')).toBeVisible()
    await expectNoAxeViolations(page)

    const [summary] = app.services.dossiers.list()
    expect(summary?.displayName).toBe('Fatma Yılmaz-Đoković')
  })

  test('opens, copies and deletes a preparation, asking before it deletes', async ({ app, page }) => {
    await app.services.dossiers.create({ forWhom: 'self', firstName: 'Henk' })
    await app.open()
    await page.getByRole('button', { name: 'Kopie maken van Henk' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Er is een kopie gemaakt van Henk. De kopie staat bovenaan.' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Henk' })).toHaveCount(2)

    await page.getByRole('button', { name: 'Henk verwijderen' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Henk verwijderen?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { level: 2, name: 'Henk' })).toHaveCount(2)

    await page.getByRole('button', { name: 'Henk verwijderen' }).first().click()
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Henk is verwijderd.' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Henk' })).toHaveCount(1)
    expect(app.services.dossiers.list()).toHaveLength(1)

    await page.getByRole('button', { name: 'Henk openen' }).click()
    await expect(page.getByLabel('Je voornaam')).toHaveValue('Henk')
  })

  test('switches to English and keeps the language and text size after a restart', async ({ app, page }) => {
    await app.open()
    await page.getByLabel('Taal', { exact: true }).selectOption('en')
    await expect(page.getByRole('heading', { level: 1, name: 'Your preparations' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
    await page.getByLabel('Text size').selectOption('extraLarge')
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extraLarge')
    await expectNoAxeViolations(page)

    await app.restart()
    await expect(page.getByRole('heading', { level: 1, name: 'Your preparations' })).toBeVisible()
    await expect(page.getByLabel('Text size')).toHaveValue('extraLarge')
  })

  test('keeps every word typed when the page is left straight after typing', async ({ app, page }) => {
    const dossier = await app.services.dossiers.create({ firstName: 'Ans' })
    await app.open()
    await page.getByRole('button', { name: 'Ans openen' }).click()
    await page.getByLabel('Adres').pressSequentially('Dorpsstraat 1, 1234 AB Ergens')
    await app.restart()
    expect(app.services.dossiers.read(dossier.id).subject.address).toBe('Dorpsstraat 1, 1234 AB Ergens')
  })

  test('fits a 1024×768 window at 200% text without horizontal scrolling', async ({ app, page }) => {
    await app.services.dossiers.create({ forWhom: 'client', firstName: 'Maria-Magdalena' })
    await app.open()
    await page.getByLabel('Grootte van de tekst').selectOption('extraLarge')
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '225%'
    })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: 'Maria-Magdalena openen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeVisible()
    const overflowInDossier = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflowInDossier).toBeLessThanOrEqual(0)
  })
})

test.describe('a damaged file at start', () => {
  test.use({
    seed: 'damaged-dossier',
  })

  test('restores the last good version and says so, once', async ({ app, page }) => {
    await app.open()
    await expect(page.getByRole('alert')).toContainText('Het bestand van Truus was beschadigd')
    await expect(page.getByRole('heading', { level: 2, name: 'Truus' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Ik heb het gelezen' }).click()
    await expect(page.getByRole('alert')).toHaveCount(0)
    // Read once is enough: opening a dossier and coming back does not bring it back.
    await page.getByRole('button', { name: 'Truus openen' }).click()
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test.describe('when saving fails', () => {
  test('says so once, keeps what was typed, and stores the newest text when the disk works again', async ({ app, page }) => {
    const dossier = await app.services.dossiers.create({ firstName: 'Wim' })
    await app.open()
    await page.getByRole('button', { name: 'Wim openen' }).click()
    app.failSaves(1)
    const phone = page.getByLabel('Telefoonnummer')
    await phone.fill('06')
    await expect(page.getByRole('alert')).toHaveText('Opslaan is niet gelukt. Wat je typte staat nog op het scherm. We proberen het opnieuw.')
    await phone.fill('06-11223344')
    await expect(page.getByText('Opgeslagen')).toBeVisible({ timeout: 10_000 })
    await expect(page.getByRole('alert')).toHaveText('')
    expect(app.services.dossiers.read(dossier.id).subject.phone).toBe('06-11223344')
  })

  test('does not leave the page while a change is not stored, and leaves on the second try', async ({ app, page }) => {
    await app.services.dossiers.create({ firstName: 'Wim' })
    await app.open()
    await page.getByRole('button', { name: 'Wim openen' }).click()
    app.failSaves(5)
    await page.getByLabel('Telefoonnummer').fill('010')
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Over wie gaat het?' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('Opslaan is niet gelukt')
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
  })
})
