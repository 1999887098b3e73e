/**
 * What a person reads, decided before it is put in a language. The domain says *what* is shown (a
 * text from locales/ with its values, a date, a number, or the person's own words); the screen
 * says it in the language of the app, and the plan in Dutch for the municipality. So the check
 * page, the plan and the letter cannot drift apart: they read the same Texts.
 */
export type Text =
  | { key: string; values?: Readonly<Record<string, TextValue>> }
  /** The person's own words: never translated, shown exactly as typed. */
  | { own: string }
  /** A calendar date (yyyy-mm-dd), written as the language writes dates. */
  | { date: string; weekday?: boolean }
  | { number: number }
  /** Several texts as one, e.g. lines of an address or "10 december 2026, 14:30". Blank parts drop out. */
  | { join: readonly Text[]; separator: string }
  /** In lower case, to run on inside a sentence ("…, zwaar"). */
  | { lower: Text }

export type TextValue = Text | string | number

/** A text from locales/, as "namespace:key". */
export const text = (key: string, values?: Record<string, TextValue>): Text => (values ? { key, values } : { key })
export const own = (words: string): Text => ({ own: words })
export const calendarDate = (date: string, options: { weekday?: boolean } = {}): Text => ({ date, ...(options.weekday && { weekday: true }) })
export const count = (value: number): Text => ({ number: value })
export const join = (parts: readonly (Text | null | undefined | false)[], separator = '\n'): Text => ({
  join: parts.filter((part): part is Text => Boolean(part) && !isBlank(part as Text)),
  separator,
})
export const lower = (inner: Text): Text => ({ lower: inner })

/** How one language writes: its translations, dates and numbers. */
export interface Words {
  t: (key: string, values?: Record<string, unknown>) => string
  date: (isoDate: string, options?: { weekday?: boolean }) => string
  number: (value: number) => string
  /**
   * Wrap the person's own words in Unicode isolates (FSI … PDI), so an Arabic name inside a Dutch
   * sentence keeps its own direction without turning the sentence around. `true` always (the
   * PDF); 'ltr' or 'rtl' (the screen, in that direction) only where the words need it: when they
   * hold letters or digits of the other direction.
   */
  isolate?: boolean | 'ltr' | 'rtl'
  /** The BCP 47 locale, for case rules (Turkish lower-cases "I" to "ı"). */
  locale?: string
}

export function say(words: Words, value: TextValue): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return words.number(value)
  if ('own' in value) return needsIsolate(words.isolate, value.own) ? `\u2068${value.own}\u2069` : value.own
  if ('date' in value) return words.date(value.date, value.weekday ? { weekday: true } : {})
  if ('number' in value) return words.number(value.number)
  if ('join' in value)
    return value.join
      .map((part) => say(words, part))
      .filter((part) => part.trim() !== '')
      .join(value.separator)
  if ('lower' in value) return say(words, value.lower).toLocaleLowerCase(words.locale)
  if (!value.values) return words.t(value.key)
  const values: Record<string, unknown> = {}
  for (const [name, inner] of Object.entries(value.values)) {
    // i18next picks plural forms from a number named "count": it stays a number.
    values[name] = name === 'count' && typeof inner === 'number' ? inner : say(words, inner)
  }
  return words.t(value.key, values)
}

/** Whether there is anything to read: empty own words are "not filled in". */
export function isBlank(value: Text | null | undefined): boolean {
  if (value === null || value === undefined) return true
  if ('own' in value) return value.own.trim() === ''
  if ('join' in value) return value.join.every(isBlank)
  return false
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** "26 november 2026", read as a calendar day (no time-zone shift), in a BCP 47 locale. */
export function formatCalendarDate(isoDate: string, locale: string, options: { weekday?: boolean } = {}): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  // Making a formatter costs far more than using one: one per locale and form, kept.
  const key = `${locale}${options.weekday ? '+weekday' : ''}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...(options.weekday && { weekday: 'long' }), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)))
}

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const leftToRightOrDigit = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])[\p{L}\p{Nd}]/u

function needsIsolate(isolate: Words['isolate'], own: string): boolean {
  if (!isolate || own === '') return false
  if (isolate === true) return true
  return isolate === 'ltr' ? rightToLeft.test(own) : leftToRightOrDigit.test(own)
}

/** Words for a language: dates and numbers through Intl in `locale`. */
export function wordsOf(t: Words['t'], locale: string, options: { isolate?: Words['isolate'] } = {}): Words {
  const numbers = new Intl.NumberFormat(locale)
  return {
    t,
    date: (isoDate, format) => formatCalendarDate(isoDate, locale, format),
    number: (value) => numbers.format(value),
    locale,
    ...(options.isolate && { isolate: options.isolate }),
  }
}
