import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './harness'

const PASSPHRASE = 'koffie met oma op zondag'

/** Opens the prepared dossier and goes to "Een gewone dag". */
async function openDay(page: Page) {
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  while (!(await page.getByRole('heading', { level: 1, name: 'Een gewone dag' }).isVisible())) {
    await page.getByRole('button', { name: 'Volgende', exact: true }).click()
  }
}

test('does not make a plan from an older version when the last change could not be saved', async ({ app, page }) => {
  test.slow()
  const id = await app.prepare()
  await app.open()
  await openDay(page)
  app.failSaves(100)
  await page.getByLabel('In de avond').fill('Om negen uur naar bed.')
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is niet gelukt' })).toBeVisible()
  while (!(await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).isVisible())) {
    await page.getByRole('button', { name: 'Volgende', exact: true }).click()
  }
  app.plan.answer = 'plan.pdf'
  await page.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Er ging iets mis' })).toContainText('Je laatste wijziging is nog niet opgeslagen')
  expect(fs.existsSync(path.join(app.dataDir, 'plan.pdf'))).toBe(false)
  // Once the disk works again, the same button makes the plan, with the change in it.
  app.failSaves(0)
  await page.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(page.getByRole('region', { name: 'Je plan als PDF' }).getByRole('status')).toContainText('Je plan is opgeslagen', { timeout: 20_000 })
  expect(app.services.dossiers.read(id).day.evening).toBe('Om negen uur naar bed.')
})

test('keeps what was typed after a change the app refused, and saves it', async ({ app, page }) => {
  const id = await app.prepare()
  await app.open()
  await openDay(page)
  // The next save is refused, and its answer comes late: meanwhile the person types on.
  app.failSaves(1, 'invalid-request', 1_500)
  await page.getByLabel('In de ochtend').fill('geweigerd')
  await page.waitForTimeout(600)
  await page.getByLabel('In de middag').fill('daarna getypt')
  const storedMorning = app.services.dossiers.read(id).day.morning
  // The refused change goes back to what is stored; what was typed after it stays, and is saved.
  await expect(page.getByLabel('In de ochtend')).toHaveValue(storedMorning, { timeout: 10_000 })
  await expect(page.getByLabel('In de middag')).toHaveValue('daarna getypt')
  await expect.poll(() => app.services.dossiers.read(id).day.afternoon).toBe('daarna getypt')
  expect(app.services.dossiers.read(id).day.morning).toBe(storedMorning)
})

test('stores what was typed a moment before the computer locked, then locks', async ({ app, page }) => {
  const id = await app.prepare()
  await app.services.dossiers.setPassphrase(id, PASSPHRASE)
  await app.open()
  await openDay(page)
  await page.getByLabel('In de nacht').fill('Twee keer naar de wc.')
  await app.requestLock()
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
  expect(app.services.dossiers.stateOf(id)).toBe('locked')
  expect((await app.services.dossiers.unlock(id, PASSPHRASE)).day.night).toBe('Twee keer naar de wc.')
})

test('gives the focus back to what opened a dialog when Escape closes it', async ({ app, page }) => {
  const id = await app.prepare()
  await app.services.dossiers.setPassphrase(id, PASSPHRASE)
  app.services.dossiers.lockAll()
  await app.open()
  const unlock = page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković ontgrendelen' })
  await unlock.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(unlock).toBeFocused()
})

test('locks with "Nu vergrendelen" after a refused change, and after a failed save says what was lost', async ({ app, page }) => {
  test.slow()
  const id = await app.prepare()
  await app.services.dossiers.setPassphrase(id, PASSPHRASE)
  await app.open()
  await openDay(page)
  app.failSaves(1, 'invalid-request')
  await page.getByLabel('In de ochtend').fill('geweigerd')
  await expect(page.getByLabel('In de ochtend')).not.toHaveValue('geweigerd', { timeout: 10_000 })
  await page.getByRole('button', { name: 'Beveiligen en delen' }).click()
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
  expect(app.services.dossiers.stateOf(id)).toBe('locked')

  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković ontgrendelen' }).click()
  await page.getByRole('dialog').getByLabel('Wachtwoord').fill(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Voorbereiden' })).toBeVisible({ timeout: 20_000 })
  await openDayFromAnywhere(page)
  app.failSaves(100)
  await page.getByLabel('In de nacht').fill('Dit gaat verloren')
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is niet gelukt' })).toBeVisible()
  await page.getByRole('button', { name: 'Beveiligen en delen' }).click()
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click()
  await expect(page.getByText('je laatste wijziging kon niet meer worden opgeslagen')).toBeVisible()
  expect(app.services.dossiers.stateOf(id)).toBe('locked')
})

test('closes an open dossier when the main process locked it first', async ({ app, page }) => {
  const id = await app.prepare()
  await app.services.dossiers.setPassphrase(id, PASSPHRASE)
  await app.open()
  await openDay(page)
  app.services.dossiers.lockAll()
  await app.fireEvent('locked')
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
})

async function openDayFromAnywhere(page: Page) {
  await page.getByRole('button', { name: 'Voorbereiden' }).click()
  while (!(await page.getByRole('heading', { level: 1, name: 'Een gewone dag' }).isVisible())) {
    await page.getByRole('button', { name: 'Volgende', exact: true }).click()
  }
}
