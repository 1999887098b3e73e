import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Moves focus with the Tab key alone until `target` has it, as a keyboard user would; fails when
 * the target cannot be reached within `limit` presses. Proves the element is in the tab order.
 */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target, `reachable with Tab within ${limit} presses`).toBeFocused()
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}

/** Tabs to a text box and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.type(text)
}

/** Tabs into a radio group (focus lands on the checked or first radio) and arrows to the option. */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const radios = group.getByRole('radio')
  const names = await radios.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''))
  const target = names.indexOf(option)
  if (target < 0) throw new Error(`no radio "${option}" in ${names.join(', ')}`)
  const checked = await radios.evaluateAll((elements) => elements.findIndex((element) => (element as HTMLInputElement).checked))
  await tabTo(page, radios.nth(Math.max(checked, 0)))
  if (checked < 0 && target === 0) {
    await page.keyboard.press('Space')
    return
  }
  const from = Math.max(checked, 0)
  for (let step = from; step < target; step++) await page.keyboard.press('ArrowDown')
  for (let step = from; step > target; step--) await page.keyboard.press('ArrowUp')
  if (checked < 0 && target === from) await page.keyboard.press('Space')
  await expect(radios.nth(target)).toBeChecked()
}

/** Tabs to a checkbox and ticks it with the space bar. */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox)
  await page.keyboard.press('Space')
  await expect(checkbox).toBeChecked()
}

/** Tabs through a date's three boxes (day, month, year) and types each part. */
export async function typeDate(page: Page, group: Locator, day: string, month: string, year: string): Promise<void> {
  await typeInto(page, group.getByLabel('Dag'), day)
  await typeInto(page, group.getByLabel('Maand'), month)
  await typeInto(page, group.getByLabel('Jaar'), year)
}
