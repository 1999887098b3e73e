import fs from 'node:fs'
import path from 'node:path'
import { pdfPageCount, pdfText } from '../support/pdf-tools'
import { expect, expectNoAxeViolations, test } from './harness'

test('makes the plan from the check page: saved where chosen, cancelled, or opened to print', async ({ app, page }) => {
  await app.prepare()
  await app.open()
  await page.getByRole('button', { name: 'Ayşe Yılmaz-Đoković openen' }).click()
  while (!(await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).isVisible())) {
    await page.getByRole('button', { name: 'Volgende' }).click()
  }
  const panel = page.getByRole('region', { name: 'Je plan als PDF' })
  await expect(panel).toBeVisible()
  await expectNoAxeViolations(page)

  // A change typed just before is in the plan: it is saved before the plan is made.
  await page.getByRole('button', { name: 'Een gewone dag wijzigen' }).click()
  await page.getByLabel('In de avond').fill('Om negen uur naar bed.')
  await page.getByRole('button', { name: 'Klaar, terug naar controleren' }).click()

  app.plan.answer = 'plan-ayse.pdf'
  await panel.getByRole('radio', { name: 'Alleen de samenvatting' }).check()
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(panel.getByRole('status')).toContainText('Je plan is opgeslagen (1 bladzijde)')
  const summary = fs.readFileSync(path.join(app.dataDir, 'plan-ayse.pdf'))
  expect(pdfPageCount(summary)).toBe(1)
  expect(pdfText(summary)).toContain('Ayşe Yılmaz-Đoković')

  app.plan.answer = 'plan-groot.pdf'
  await panel.getByRole('radio', { name: 'Het hele plan' }).check()
  await panel.getByRole('checkbox', { name: 'Grote letters' }).check()
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(panel.getByRole('status')).toContainText('bladzijden')
  expect(pdfText(fs.readFileSync(path.join(app.dataDir, 'plan-groot.pdf')))).toContain('Om negen uur naar bed.')

  app.plan.answer = null
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click()
  await expect(panel.getByRole('status')).toHaveText('Je plan is niet opgeslagen. Je kunt het opnieuw proberen.')

  await panel.getByRole('button', { name: 'Openen om af te drukken' }).click()
  await expect(panel.getByRole('status')).toContainText('Je plan is geopend.')
  expect(app.plan.opened).toEqual([expect.objectContaining({ fileName: 'Aan Tafel - plan - grote letters.pdf' })])
  await expectNoAxeViolations(page)
})
