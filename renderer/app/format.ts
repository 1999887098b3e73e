import { localeOf } from './i18n'

/**
 * "26 november 2026" for a yyyy-mm-dd date, read as a calendar day (no time zone shift); with
 * `weekday`, "donderdag 26 november 2026", which helps when a deadline is what matters.
 */
export function formatCalendarDate(isoDate: string, language: string, options: { weekday?: boolean } = {}): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return new Intl.DateTimeFormat(localeOf(language), {
    ...(options.weekday && { weekday: 'long' }),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** "26 november 2026, 14:05" for a moment in time, in the computer's own time zone. */
export function formatMoment(isoDateTime: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(isoDateTime))
}
