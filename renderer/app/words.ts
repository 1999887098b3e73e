import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { say, wordsOf, type TextValue, type Words } from '../../domain/text'
import { languageCodes, languageOf, type LanguageCode } from '../../locales/languages'
import { localeOf } from './i18n'

/** The domain's texts in the app's language: `read(text)` gives what the person reads. */
export function useWords(): { words: Words; read: (value: TextValue) => string } {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    // The person's own words are isolated (FSI … PDI) where their direction differs from the
    // screen's: an Arabic name inside a Dutch sentence, a Dutch answer inside an Arabic screen.
    const direction = (languageCodes as readonly string[]).includes(i18n.language) ? languageOf(i18n.language as LanguageCode).dir : 'ltr'
    const words = wordsOf((key, values) => String(t(key, values as never)), localeOf(i18n.language), { isolate: direction })
    return { words, read: (value: TextValue) => say(words, value) }
  }, [t, i18n.language])
}
