import path from 'node:path'
import { DossierStore } from '../../electron/main/dossiers/store'
import { exportDossier } from '../../electron/main/transfer/hand-over'
import { fullPreparation } from '../support/factories'
import { testPlanPorts } from '../support/plan-ports'
import { expect, expectNoAxeViolations, test } from './harness'

/**
 * Double-clicking a .aantafel file. What Electron does (the command line, macOS's open-file) is
 * covered in tests/unit/opened-files.test.ts; here the main process's side is the same: the file
 * is queued in the real services, the `fileOpened` event is fired, and the person sees the questions.
 */
const PASSPHRASE = 'de boot naar Texel'

/** An advocate's hand-over file of a prepared dossier, in the test's folder; its path. */
async function handOverFile(folder: string, name: string, passphrase?: string): Promise<string> {
  const advocate = DossierStore.open({ dir: path.join(folder, 'advocate') })
  const { id } = await advocate.create({ firstName: 'x' })
  await advocate.update(id, fullPreparation())
  const ports = testPlanPorts(folder)
  ports.answer = name
  await exportDossier(advocate, id, passphrase, ports)
  return path.join(folder, name)
}

test('a file double-clicked while the app runs asks its questions there, after what was typed is stored', async ({ app, page }) => {
  test.slow()
  const file = await handOverFile(app.dataDir, 'overdracht.aantafel', PASSPHRASE)
  const own = await app.services.dossiers.create({ firstName: 'Truus' })
  await app.open()
  await page.getByRole('button', { name: 'Truus openen' }).click()
  await page.getByLabel('Je voornaam').fill('Truus Jansen')

  expect(app.services.openedFiles.add(file)).toBe(true)
  await app.fireEvent('fileOpened')

  const ask = page.getByRole('dialog', { name: 'Dit bestand heeft een wachtwoord' })
  await expect(ask.getByLabel('Wachtwoord')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeAttached()
  expect(app.services.dossiers.read(own.id).subject.firstName).toBe('Truus Jansen')
  await expectNoAxeViolations(page)
  await page.keyboard.type(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Hij blijft beveiligd met hetzelfde wachtwoord.' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2)
  await expect(page.getByRole('heading', { level: 2, name: 'Ayşe Yılmaz-Đoković' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Truus Jansen' })).toBeVisible()
  expect(app.plan.openAnswer).toBeNull()
})

test('a file the app was started with is opened when the list first shows', async ({ app, page }) => {
  const file = await handOverFile(app.dataDir, 'Ayşe.aantafel')
  app.services.openedFiles.add(file)
  await app.open()
  await expect(page.getByRole('status').filter({ hasText: 'Ayşe Yılmaz-Đoković is geopend uit het bestand en staat nu in je overzicht.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Ayşe Yılmaz-Đoković'])
  // Going back to the list later opens nothing again.
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Ayşe Yılmaz-Đoković'])
})
