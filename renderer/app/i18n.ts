import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLanguage, namespaces, resources } from '../../locales/resources'

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language
    document.documentElement.dir = i18next.dir(language)
  })
}

/** The BCP 47 locale for dates and numbers in the chosen language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL'
}
