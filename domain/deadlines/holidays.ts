/**
 * Calendar dates and the days the Algemene termijnenwet (Atw) does not count as working days.
 *
 * A date is a plain calendar date 'yyyy-mm-dd' with no time zone. All arithmetic goes through UTC
 * midnight, so a date never shifts because the computer's clock is in another zone or crosses a
 * daylight-saving change.
 */

// --- Calendar dates ---------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000

/** The Easter computation and the Atw's holidays only make sense in the Gregorian calendar. */
const FIRST_GREGORIAN_YEAR = 1583
/** Beyond this a date no longer fits 'yyyy-mm-dd'. */
const LAST_YEAR = 9999

/** True when `value` is a real calendar date written as 'yyyy-mm-dd' (so not '2026-02-30'). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  if (year < FIRST_GREGORIAN_YEAR) return false
  const date = new Date(utcMidnight(year, month, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function utcMidnight(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes every year literally.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

function toIsoDate(ms: number): string {
  const year = new Date(ms).getUTCFullYear()
  if (!(year >= FIRST_GREGORIAN_YEAR && year <= LAST_YEAR)) throw new RangeError(`date out of range: year ${year}`)
  return new Date(ms).toISOString().slice(0, 10)
}

function toMs(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`)
  return Date.parse(`${date}T00:00:00Z`)
}

/** The date `days` days after `date` (or before, when negative). */
export function addDays(date: string, days: number): string {
  return toIsoDate(toMs(date) + days * MS_PER_DAY)
}

/** The number of days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / MS_PER_DAY)
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export function weekday(date: string): number {
  return new Date(toMs(date)).getUTCDay()
}

// --- Holidays (Atw art. 3) --------------------------------------------------------------------

export type HolidayName =
  | 'Nieuwjaarsdag'
  | 'Goede Vrijdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Koninginnedag'
  | 'Bevrijdingsdag'
  | 'Hemelvaartsdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag'

export interface Holiday {
  date: string
  name: string
}

/** The name a designated day carries (Atw art. 3 lid 3): it is no holiday of its own, but counts as one. */
export const DESIGNATED_DAY = 'gelijkgestelde dag'

/**
 * Days designated by decree as equal to an algemeen erkende feestdag (Atw art. 3 lid 3), decree by
 * decree. Each decree names its days one by one and is published in the Staatscourant; recent ones
 * designate Fridays only, but that is a habit, not a rule: never compute these, list them.
 */
const DESIGNATED_BY_DECREE: readonly { decree: string; dates: readonly string[] }[] = [
  {
    // The decree for 2023–2025 (title as quoted by secondary sources, e.g. sterfgeval.nl, 4 October 2025).
    decree: 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    dates: ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  },
  {
    // The decree for 2026–2028. Its title is quoted by two secondary sources; the Staatscourant
    // number was not yet found (see shared/WMO-FACTS.md).
    decree: 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    dates: ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
  },
]

/** The first and last year for which the designated days are known; later years wait for a new decree. */
export const DESIGNATED_DAYS_KNOWN = { from: 2023, through: 2028 } as const

/** Every designated day we know of, with the decree that designates it. */
export const DESIGNATED_DAYS: readonly (Holiday & { decree: string })[] = DESIGNATED_BY_DECREE.flatMap(({ decree, dates }) =>
  dates.map((date) => ({ date, name: DESIGNATED_DAY, decree })),
)

/** Whether the designated days of `year` are known (a deadline in a later year may still move). */
export function designatedDaysKnown(year: number): boolean {
  return year >= DESIGNATED_DAYS_KNOWN.from && year <= DESIGNATED_DAYS_KNOWN.through
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > LAST_YEAR) {
    throw new RangeError(`no Gregorian Easter for year ${year}`)
  }
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return toIsoDate(utcMidnight(year, month, day))
}

const pad = (n: number) => String(n).padStart(2, '0')
const ymd = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`

/** The day the monarch's birthday is celebrated, moved to Saturday when it falls on a Sunday. */
function monarchsDay(year: number): Holiday {
  // From 2014 King Willem-Alexander's birthday, 27 April; before that Koninginnedag, 30 April.
  const [name, day]: [HolidayName, number] = year >= 2014 ? ['Koningsdag', 27] : ['Koninginnedag', 30]
  const date = ymd(year, 4, day)
  return { date: weekday(date) === 0 ? addDays(date, -1) : date, name }
}

/**
 * The algemeen erkende feestdagen of Atw art. 3 for `year`, with Goede Vrijdag (lid 2) and any
 * designated days (lid 3), sorted by date. Eerste Paasdag and Eerste Pinksterdag are not listed:
 * the law does not name them, and they are Sundays anyway.
 *
 * Two holidays can share a date (Hemelvaartsdag was 5 May in 2016); both are then listed, in the
 * order the law names them.
 */
export function publicHolidays(year: number): Holiday[] {
  return holidaysOf(year).map((holiday) => ({ ...holiday }))
}

/** Per year, computed once: deadline checks ask about the same few years thousands of times. */
const holidaysByYear = new Map<number, readonly Holiday[]>()
const namesByYear = new Map<number, ReadonlyMap<string, string>>()

function holidaysOf(year: number): readonly Holiday[] {
  let holidays = holidaysByYear.get(year)
  if (!holidays) {
    holidays = computeHolidays(year)
    holidaysByYear.set(year, holidays)
  }
  return holidays
}

function computeHolidays(year: number): Holiday[] {
  const easter = easterSunday(year)
  // In the order of Atw art. 3 lid 1, then lid 2, so a stable sort keeps that order on shared dates.
  const holidays: Holiday[] = [
    { date: ymd(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: ymd(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: ymd(year, 12, 26), name: 'Tweede Kerstdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    monarchsDay(year),
    { date: ymd(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    ...DESIGNATED_DAYS.filter((day) => day.date.startsWith(`${String(year).padStart(4, '0')}-`)).map(({ date, name }) => ({ date, name })),
  ]
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}

/** The Dutch name of the Atw holiday on `date`, or undefined when it is none. */
export function isHoliday(date: string): string | undefined {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`)
  const year = Number(date.slice(0, 4))
  let names = namesByYear.get(year)
  if (!names) {
    // Reversed, so that on a shared date the holiday the law names first wins.
    names = new Map(
      holidaysOf(year)
        .toReversed()
        .map((holiday) => [holiday.date, holiday.name]),
    )
    namesByYear.set(year, names)
  }
  return names.get(date)
}

/** A Saturday, a Sunday or an algemeen erkende feestdag: a day the Atw does not count. */
export function isNonWorkingDay(date: string): boolean {
  const day = weekday(date)
  return day === 0 || day === 6 || isHoliday(date) !== undefined
}

/** Today's date in the Netherlands (yyyy-mm-dd): a letter written at 00:30 is dated that day, not the day before in UTC. */
export function dateInNetherlands(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment)
}
