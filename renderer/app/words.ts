import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { say, wordsOf, type TextValue, type Words } from '../../domain/text'
import { localeOf } from './i18n'

/** The domain's texts in the app's language: `read(text)` gives what the person reads. */
export function useWords(): { words: Words; read: (value: TextValue) => string } {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    // The person's own words are isolated (FSI … PDI): an Arabic name keeps its direction inside a
    // Dutch sentence, and a Dutch answer inside an Arabic screen, without turning the sentence around.
    const words = wordsOf((key, values) => String(t(key, values as never)), localeOf(i18n.language), { isolate: true })
    return { words, read: (value: TextValue) => say(words, value) }
  }, [t, i18n.language])
}
