import type { Page } from '@playwright/test'
import { fullPreparation, longText } from '../support/factories'
import { expect, expectNoAxeViolations, test } from './harness'

/** Opens a seeded dossier and returns a function that goes to the next page. */
async function openSeeded(
  page: Page,
  app: {
    services: { dossiers: { create: (i: object) => Promise<{ id: string }>; update: (id: string, p: object) => Promise<unknown> } }
    open: () => Promise<void>
  },
  patch: object,
) {
  const dossier = await app.services.dossiers.create({ firstName: 'x' })
  await app.services.dossiers.update(dossier.id, patch)
  await app.open()
  await page
    .getByRole('button', { name: /openen$/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
}

async function horizontalOverflow(page: Page): Promise<{ page: number; clipped: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = [...document.querySelectorAll<HTMLElement>('button, input, textarea, select, label, h1, h2, p')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName} ${element.textContent?.slice(0, 40) ?? ''}`)
    return { page: document.documentElement.scrollWidth - width, clipped }
  })
}

const nextButton = (page: Page) => page.getByRole('button', { name: /^(Volgende|Next)$/ })

test('every page fits a 1024×768 window with text at 200% and the largest text size', async ({ app, page }) => {
  test.setTimeout(90_000)
  await openSeeded(page, app, fullPreparation({ long: true }))
  await page.getByLabel('Grootte van de tekst').selectOption('extraLarge')
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'))
  let pages = 0
  for (;;) {
    pages++
    const title = await page.getByRole('heading', { level: 1 }).textContent()
    const overflow = await horizontalOverflow(page)
    expect(overflow, `page "${title}"`).toEqual({ page: 0, clipped: [] })
    if ((await nextButton(page).count()) === 0) break
    await nextButton(page).click()
  }
  // Who, the conversation, choosing areas and five areas, day, matters, two pages of help (people,
  // then care and costs), two pages for the carers (who cares, then each carer's own part),
  // priorities, questions, check.
  expect(pages).toBe(18)
})

test('every page is complete in English: no missing texts and no accessibility violations', async ({ app, page }) => {
  test.setTimeout(180_000)
  await openSeeded(page, app, fullPreparation())
  await page.getByLabel('Taal', { exact: true }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Who is this about?' })).toBeVisible()
  for (;;) {
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/\b(flow|common|lifeAreas|questions|glossary|pdf|dossiers|errors|menu)\.[a-zA-Z]|\b[a-z]+\.[a-z]+[A-Z]\w*\b/)
    expect(text).not.toMatch(/\b(Volgende|Vorige|Opgeslagen|Nog niet ingevuld)\b/)
    await expectNoAxeViolations(page)
    if ((await nextButton(page).count()) === 0) break
    await nextButton(page).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
})

test('long answers, markup, emoji and non-Latin names are kept and shown exactly as typed', async ({ app, page }) => {
  const essay = longText(4_000)
  await openSeeded(page, app, {
    subject: { firstName: 'Зоя 🌷', surname: 'عائشة' },
    matters: { doNotWant: '<img src=x onerror=alert(1)> & {{name}}', keepDoing: essay },
  })
  await page.getByRole('button', { name: 'Volgende' }).click()
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Volgende' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wat voor jou belangrijk is' })).toBeVisible()
  await expect(page.getByLabel('Wat wil je niet?')).toHaveValue('<img src=x onerror=alert(1)> & {{name}}')
  await expect(page.getByLabel('Wat wil je zelf blijven doen?')).toHaveValue(essay)
  // Typing at the end of a 4,000-word answer still works and is saved.
  await page.getByLabel('Wat wil je zelf blijven doen?').press('Control+End')
  await page.getByLabel('Wat wil je zelf blijven doen?').pressSequentially(' Einde.')
  await expect(page.getByText('Opgeslagen')).toBeVisible()
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Зоя 🌷 عائشة' })).toBeVisible()
  expect(await page.locator('img').count()).toBe(0)
  const [summary] = app.services.dossiers.list()
  expect(app.services.dossiers.read(summary?.id ?? '').matters.keepDoing).toBe(`${essay} Einde.`)
})

test.describe('ordering the priorities', () => {
  async function openPriorities(page: Page, app: Parameters<typeof openSeeded>[1]) {
    await openSeeded(page, app, fullPreparation())
    while (!(await page.getByRole('heading', { level: 1, name: 'Wat is het belangrijkst?' }).isVisible())) {
      await nextButton(page).click()
    }
  }
  const rows = (page: Page) => page.locator('.sortable-row .item-text')

  test('by dragging with the mouse', async ({ app, page }) => {
    await openPriorities(page, app)
    const handles = page.locator('.drag-handle')
    await handles.nth(3).scrollIntoViewIfNeeded()
    const from = await handles.nth(3).boundingBox()
    const to = await handles.nth(0).boundingBox()
    if (!from || !to) throw new Error('no handles')
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 })
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 10, { steps: 20 })
    await page.waitForTimeout(100)
    await page.mouse.up()
    await expect(rows(page).first()).toHaveText('Weer naar de koffieochtend in de moskee.')
    await expect(page.locator('.sortable-row').first()).toContainText('Nummer 1')
  })

  test('by dragging with the keyboard (space, arrow, space), with what happened announced', async ({ app, page }) => {
    await openPriorities(page, app)
    await page.getByRole('button', { name: /^Mijn dochter moet het kunnen volhouden\. slepen/ }).focus()
    // Each key waits for dnd-kit's announcement of the step before, as a screen reader user would.
    const announced = page.locator('[id^="DndLiveRegion"]')
    await page.keyboard.press('Space')
    await expect(announced).toContainText('Mijn dochter moet het kunnen volhouden. is boven plaats 1')
    await page.keyboard.press('ArrowDown')
    await expect(announced).toContainText('boven plaats 2')
    await page.keyboard.press('ArrowDown')
    await expect(announced).toContainText('boven plaats 3')
    await page.keyboard.press('Space')
    await expect(rows(page).nth(2)).toHaveText('Mijn dochter moet het kunnen volhouden.')
    await expect(page.getByText('staat nu op plaats 3')).toBeAttached()
  })

  test('with the Up and Down buttons, announcing the new place, and saved', async ({ app, page }) => {
    await openPriorities(page, app)
    await page.getByRole('button', { name: 'Weer naar de koffieochtend in de moskee. omhoog' }).click()
    await expect(rows(page).nth(2)).toHaveText('Weer naar de koffieochtend in de moskee.')
    await expect(page.getByRole('status').filter({ hasText: 'Weer naar de koffieochtend in de moskee. staat nu op plaats 3 van 4.' })).toBeAttached()
    // The button keeps focus, also when its row reaches the top and it can go no further.
    await expect(page.getByRole('button', { name: 'Weer naar de koffieochtend in de moskee. omhoog' })).toBeFocused()
    await page.getByRole('button', { name: 'Mijn dochter moet het kunnen volhouden. weghalen' }).click()
    await expect(rows(page)).toHaveCount(3)
    // Focus moves to the row that took the removed one's place.
    await expect(page.getByRole('button', { name: 'Elke week dezelfde hulp die ook even een praatje maakt. weghalen' })).toBeFocused()
    await expect(page.getByText('Opgeslagen')).toBeVisible()
    const [summary] = app.services.dossiers.list()
    expect(app.services.dossiers.read(summary?.id ?? '').priorities.ranked.map((item) => item.id)).toEqual([
      'wish-household',
      'wish-social',
      'wish-personalCare',
    ])
  })
})
