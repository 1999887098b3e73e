import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { say, wordsOf, type TextValue, type Words } from '../../domain/text'
import { localeOf } from './i18n'

/** The domain's texts in the app's language: `read(text)` gives what the person reads. */
export function useWords(): { words: Words; read: (value: TextValue) => string } {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const words = wordsOf((key, values) => String(t(key, values as never)), localeOf(i18n.language))
    return { words, read: (value: TextValue) => say(words, value) }
  }, [t, i18n.language])
}
