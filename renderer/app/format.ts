import { formatCalendarDate as formatInLocale } from '../../domain/text'
import { localeOf } from './i18n'

/**
 * "26 november 2026" for a yyyy-mm-dd date, read as a calendar day (no time zone shift); with
 * `weekday`, "donderdag 26 november 2026", which helps when a deadline is what matters.
 */
export function formatCalendarDate(isoDate: string, language: string, options: { weekday?: boolean } = {}): string {
  return formatInLocale(isoDate, localeOf(language), options)
}

/** "26 november 2026, 14:05" for a moment in time, in the computer's own time zone. */
export function formatMoment(isoDateTime: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(isoDateTime))
}
