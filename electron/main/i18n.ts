import i18next, { type i18n } from 'i18next'
import type { Language } from '../contract/settings'
import { defaultLanguage, namespaces, resources } from '../../locales/resources'

/** The main process's own translator, for the menu and dialogs. */
export function createMainI18n(language: Language): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    ns: namespaces,
    defaultNS: 'menu',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
