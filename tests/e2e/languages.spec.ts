import type { Page, TestInfo } from '@playwright/test'
import { languageRegistry } from '../../locales/languages'
import { fullPreparation } from '../support/factories'
import { expect, expectNoAxeViolations, test } from './harness'

// Every screen in every language: no missing text, no Dutch left over (apart from the Wmo terms a
// translation keeps beside its own words, and the person's own answers), axe clean, and the page
// turned right to left in Arabic (its screenshots are kept in the test's output folder).

/** Frequent Dutch words that none of the other languages' texts contains (checked against locales/). */
const dutchWords = /(?<!\p{L})(jij|jouw|het|een|niet|wat|voor|mijn|ik|bij|wordt|welke|hoe|zijn|worden|naar|kun|moet|Volgende|Vorige|Opgeslagen)(?!\p{L})/u
/** A key shown instead of its text ("flow.who.heading"). */
const missingKey = /\b(flow|common|lifeAreas|questions|glossary|pdf|dossiers|errors|menu|rights|privacy|after):[a-zA-Z]|\b[a-z]+\.[a-z]+[A-Z]\w*\b/

/** What the screen says in the app's own words: the person's words (<bdi>, dir=auto, or isolated FSI … PDI) left out. */
async function appText(page: Page): Promise<string> {
  const text = await page.locator('main').evaluate((main) => {
    let shown = (main as HTMLElement).innerText
    // The person's own words, and sources (laws and decrees are cited by their Dutch titles).
    for (const own of main.querySelectorAll<HTMLElement>('bdi, [dir="auto"], .source')) if (own.innerText) shown = shown.split(own.innerText).join(' ')
    return shown
  })
  return text.replace(/\u2068[^\u2069]*\u2069/g, ' ')
}

async function checkScreen(page: Page, code: string, where: string, testInfo: TestInfo, index: number): Promise<void> {
  const text = await appText(page)
  expect(text, `${code}, ${where}: a key instead of a text`).not.toMatch(missingKey)
  // Dutch terms kept on purpose beside a translation stand in brackets or quotes ("(beroep bij de
  // rechtbank)", "‘Gezien, niet akkoord, zie mijn brief.’"), and an organisation keeps its name (Het
  // Juridisch Loket); Dutch anywhere else is a text left over.
  const unquoted = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[‘“„«][^’”»]*[’”»]/g, ' ')
    .replace(/Het Juridisch Loket/g, ' ')
  if (code !== 'nl') expect(unquoted.match(dutchWords)?.[0], `${code}, ${where}: Dutch left over`).toBeUndefined()
  await expectNoAxeViolations(page)
  // Right to left is where a layout goes wrong unseen: every Arabic screen is kept to look at.
  if (code === 'ar') await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${code}-${String(index).padStart(2, '0')}-${where}.png`) })
}

for (const language of languageRegistry) {
  test(`every screen in ${language.name} (${language.code}): complete, accessible, ${language.dir === 'rtl' ? 'right to left' : 'left to right'}`, async ({
    app,
    page,
  }, testInfo) => {
    test.setTimeout(480_000)
    await app.prepare({
      ...fullPreparation(),
      // Own words in other scripts, as a son preparing for his father might type them.
      subject: { ...fullPreparation().subject, firstName: 'حسن', surname: 'El Amrani' },
      priorities: {
        ranked: [
          { id: 'own-1', text: 'أريد أن أبقى في بيتي' },
          { id: 'own-2', text: 'Hulp bij het douchen' },
        ],
      },
    })
    await app.open()
    await page.locator('.settings-bar select').first().selectOption(language.code)
    await expect(page.locator('html')).toHaveAttribute('lang', language.locale)
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir)
    let index = 0
    await checkScreen(page, language.code, 'list', testInfo, index++)
    // The pages beside the preparation: rights, words, privacy.
    for (const button of await page.locator('.nav-button').all()) {
      await button.click()
      await checkScreen(page, language.code, `info-${index}`, testInfo, index++)
    }
    await app.open()
    await page.locator('.dossier-card .at-button--primary').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    const heading = page.getByRole('heading', { level: 1 })
    for (let step = 0; step < 30; step++) {
      await checkScreen(page, language.code, `step-${step}`, testInfo, index++)
      const next = page.locator('[data-step="next"]')
      if ((await next.count()) === 0) break
      const before = await heading.textContent()
      await next.first().click()
      await expect(heading).not.toHaveText(before ?? '')
    }
    // The other parts of a preparation: deadlines, after the conversation, protection.
    for (const tab of await page.locator('.section-tab').all()) {
      await tab.click()
      await checkScreen(page, language.code, `tab-${index}`, testInfo, index++)
    }
  })
}
