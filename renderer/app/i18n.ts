import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLanguage, firstScreenNamespaces, languageCodes, languageOf, type LanguageCode } from '../../locales/languages'

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

/**
 * Texts come from the computer's own disk as the screen asks for them: i18next's backend reads a
 * namespace of a language (its own small chunk) when a component first uses it.
 */
const fromDisk = {
  type: 'backend' as const,
  init: () => undefined,
  read(language: string, namespace: string, callback: (error: Error | null, data: Record<string, unknown> | false) => void) {
    const load = files[pathOf(language, namespace)]
    if (!load) return callback(new Error(`no ${namespace} texts for ${language}`), false)
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

const firstScreen: string[] = [...firstScreenNamespaces]
/** The main process's own texts (menus): never needed on the screen. */
const screenNamespaces = namespaces.filter((namespace) => namespace !== 'menu')

/**
 * Starts i18next in the chosen language with the first screen's texts, and keeps <html lang dir>
 * in step. `everything` loads all of the screen's texts before resolving (tests do).
 */
export async function initI18n(language: LanguageCode = defaultLanguage, options: { everything?: boolean } = {}): Promise<void> {
  await i18next
    .use(fromDisk)
    .use(initReactI18next)
    .init({
      lng: language,
      // Every language has every key (a test sees to it): no second language is loaded as a fallback.
      fallbackLng: false,
      ns: options.everything ? screenNamespaces : firstScreen,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      // A component whose texts are still on their way waits (a few milliseconds, from disk).
      react: { useSuspense: true },
    })
  applyToDocument(language)
  i18next.on('languageChanged', (code) => {
    if (isLanguage(code)) applyToDocument(code)
  })
}

/** After the first screen: the rest of the language's texts, so later screens never wait. */
export function loadTheRest(): Promise<void> {
  return i18next.loadNamespaces(screenNamespaces)
}

/** Switches language once every text in use is loaded (the screen never shows keys while texts load). */
export async function changeLanguage(code: LanguageCode): Promise<void> {
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
