import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLanguage, languageCodes, languageOf, type LanguageCode } from '../../locales/languages'

/**
 * Every language's texts, found from the files present and loaded only when chosen: the first
 * screen carries one language, not six (each file is its own small chunk on disk).
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' })
const pathOf = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`
export const namespaces = Object.keys(files)
  .filter((file) => file.startsWith(`../../locales/${defaultLanguage}/`))
  .map((file) => file.slice(`../../locales/${defaultLanguage}/`.length, -'.json'.length))

function isLanguage(code: string): code is LanguageCode {
  return (languageCodes as string[]).includes(code)
}

/** Loads a language's texts once; resolves when they are there. */
export async function loadLanguage(code: LanguageCode): Promise<void> {
  if (namespaces.every((namespace) => i18next.hasResourceBundle(code, namespace))) return
  await Promise.all(
    namespaces.map(async (namespace) => {
      const load = files[pathOf(code, namespace)]
      if (!load) throw new Error(`no ${namespace} texts for ${code}`)
      i18next.addResourceBundle(code, namespace, await load(), true, true)
    }),
  )
}

/** Starts i18next in the chosen language (loaded first), and keeps <html lang dir> in step. */
export async function initI18n(language: LanguageCode = defaultLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    // Every language has every key (a test sees to it): no second language is loaded as a fallback.
    fallbackLng: false,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  await loadLanguage(language)
  applyToDocument(language)
  i18next.on('languageChanged', (code) => {
    if (isLanguage(code)) applyToDocument(code)
  })
}

/** Loads a language, then switches to it (the screen never shows keys while texts load). */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await loadLanguage(code)
  await i18next.changeLanguage(code)
}

function applyToDocument(code: LanguageCode): void {
  document.documentElement.lang = languageOf(code).locale
  document.documentElement.dir = languageOf(code).dir
}

/** The BCP 47 locale for dates and numbers in the chosen language. */
export function localeOf(language: string): string {
  return isLanguage(language) ? languageOf(language).locale : languageOf(defaultLanguage).locale
}
