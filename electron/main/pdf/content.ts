import type { DocBlock } from '../../../domain/document'
import { say, wordsOf, type TextValue, type Words } from '../../../domain/text'
import { languageOf, type LanguageCode } from '../../../locales/languages'
import { createMainI18n } from '../i18n'
import type { Block } from './layout/blocks'
import { printable } from './layout/wrap'

const cache = new Map<LanguageCode, Words>()

/**
 * A language as the documents write it: its translations, and dates and numbers through Intl.
 * Dutch for the municipality; the person's own language for their copy.
 */
export function wordsIn(language: LanguageCode): Words {
  let words = cache.get(language)
  if (!words) {
    const t = createMainI18n(language).getFixedT(language)
    // A plan asks for the same few hundred sentences every time: translated once, kept.
    const translated = new Map<string, string>()
    const remembered = (key: string, values?: Record<string, unknown>) => {
      const id = values ? `${key}\u0000${JSON.stringify(values)}` : key
      let text = translated.get(id)
      if (text === undefined) {
        text = String(t(key, values as never))
        if (translated.size > 20_000) translated.clear()
        translated.set(id, text)
      }
      return text
    }
    words = wordsOf(remembered, languageOf(language).locale, { isolate: true })
    cache.set(language, words)
  }
  return words
}

/** Forgets the kept translations, which hold names and answers (after a lock). */
export function forgetTranslations(): void {
  cache.clear()
}

/** Dutch, as the municipality reads it: the plan and the letters are always (also) in Dutch. */
export const dutchWords = (): Words => wordsIn('nl')

/** The domain's blocks in one language, ready for layout. */
export function blocksIn(words: Words, blocks: readonly DocBlock[]): Block[] {
  const read = (value: TextValue) => printable(say(words, value))
  const notAnswered = read({ key: 'pdf:notAnswered' })
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'field':
        return { kind: 'field', label: read(block.label), value: read(block.value), empty: block.empty ? read(block.empty) : notAnswered }
      case 'facts':
        return { kind: 'facts', rows: block.rows.map((row) => ({ label: read(row.label), value: read(row.value) })), empty: read(block.empty) }
      case 'list':
        return {
          kind: 'list',
          items: block.items.map(read),
          numbered: block.numbered,
          ...(block.emphasis && { emphasis: true }),
          ...(block.together && { together: true }),
        }
      case 'chart':
        return {
          kind: 'chart',
          rows: block.rows.map((row) => ({ label: read(row.label), rating: row.rating })),
          scale: block.scale.map(read),
          alt: read(block.alt),
        }
      case 'question':
        return { kind: 'question', number: block.number, text: read(block.text), noteLines: block.noteLines }
      case 'ruled':
        return { kind: 'ruled', lines: block.lines, ...(block.label && { label: read(block.label) }) }
      case 'box':
        return { kind: 'box', title: read(block.title), items: block.items.map(read) }
      case 'pageBreak':
        return block
      case 'heading':
        return { kind: 'heading', level: block.level, text: read(block.text) }
      case 'paragraph':
        return { kind: 'paragraph', text: read(block.text), ...(block.emphasis && { emphasis: true }) }
      default:
        return { kind: block.kind, text: read(block.text) }
    }
  })
}
