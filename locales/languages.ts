/**
 * The languages of Aan Tafel, in one list: the language menu, i18next, `<html lang dir>`, dates and
 * numbers (Intl), and the plan in the person's own language all read it. `reviewed` is false until
 * a native speaker has checked the translation (see locales/README.md); the menu says so.
 */
export const languageRegistry = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr', locale: 'nl-NL', reviewed: true },
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB', reviewed: false },
  { code: 'tr', name: 'Türkçe', dir: 'ltr', locale: 'tr-TR', reviewed: false },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar', reviewed: false },
  { code: 'pl', name: 'Polski', dir: 'ltr', locale: 'pl-PL', reviewed: false },
  { code: 'uk', name: 'Українська', dir: 'ltr', locale: 'uk-UA', reviewed: false },
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl'; locale: string; reviewed: boolean }[]

export type LanguageCode = (typeof languageRegistry)[number]['code']
export type LanguageInfo = (typeof languageRegistry)[number]

export const languageCodes = languageRegistry.map((language) => language.code) as [LanguageCode, ...LanguageCode[]]

export function languageOf(code: LanguageCode): LanguageInfo {
  return languageRegistry.find((language) => language.code === code) ?? languageRegistry[0]
}

/** The language the documents for the municipality are written in, and the app's first language. */
export const defaultLanguage: LanguageCode = 'nl'

/** The namespaces the first screen (the list of preparations, the start dialogs) needs; the rest load after. */
export const firstScreenNamespaces = ['common', 'dossiers', 'errors', 'privacy'] as const
