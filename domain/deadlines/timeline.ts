import type { Dossier } from '../dossier/schema'
import { addDays, daysBetween, isCalendarDate, isHoliday, isNonWorkingDay } from './holidays'

/**
 * The legal deadlines around a Wmo 2015 melding, computed from the dates the person knows.
 *
 * Every term here is "N days or weeks after a date": it runs from the day after that date through
 * the date plus N days (Awb art. 6:8 lid 1 says so for bezwaar; the Wmo terms are counted the same
 * way), and is then extended by the Algemene termijnenwet. A date we do not know leaves every
 * deadline that depends on it open; we never guess.
 */

export type DeadlineKey = 'personalPlan' | 'investigation' | 'applyFrom' | 'decision' | 'objection'

export interface Deadline {
  key: DeadlineKey
  /** The date the term itself ends, before the Algemene termijnenwet. */
  termEnds: string
  /** The last day (for 'applyFrom': the first day). */
  date: string
  moved?: { reason: 'weekend' | 'holiday' | 'twoWorkingDays'; holiday?: string; rule: 'Atw art. 1' | 'Atw art. 2' } | undefined
  sources: string[]
}
export type Timeline = Record<DeadlineKey, Deadline | null>

export interface TimelineInput {
  meldingDate?: string | undefined
  applicationDate?: string | undefined
  decisionDate?: string | undefined
}

/** Atw art. 2 only protects terms of at least this many days. */
const ART_2_MINIMUM_TERM_DAYS = 3
/** …and makes sure they hold at least this many working days. */
const ART_2_WORKING_DAYS = 2

function nextWorkingDay(date: string): string {
  let next = addDays(date, 1)
  while (isNonWorkingDay(next)) next = addDays(next, 1)
  return next
}

/**
 * Extends a term set in a law by the Algemene termijnenwet.
 *
 * Art. 1: a term ending on a Saturday, Sunday or holiday runs through the next day that is none of
 * these. Art. 2: a term of at least three days is extended, where needed, until it holds two such
 * working days. Art. 2 counts the days of the term as art. 1 already extended it, and when it moves
 * the date further it is the rule reported, because it decided the outcome.
 *
 * `termStart` is the first day of the term (for "N days after X" the day after X); both dates must
 * be calendar dates, with `termStart` not after `termEnds`.
 */
export function applyTermijnenwet(termStart: string, termEnds: string): { date: string; moved?: Deadline['moved'] } {
  const termDays = daysBetween(termStart, termEnds) + 1
  if (termDays < 1) throw new RangeError(`a term cannot end (${termEnds}) before it starts (${termStart})`)

  let date = termEnds
  let moved: Deadline['moved']
  if (isNonWorkingDay(termEnds)) {
    date = nextWorkingDay(termEnds)
    // A holiday on a weekend (Koningsdag on Saturday 26 April) is named: it tells the person more.
    const holiday = isHoliday(termEnds)
    moved = holiday ? { reason: 'holiday', holiday, rule: 'Atw art. 1' } : { reason: 'weekend', rule: 'Atw art. 1' }
  }

  if (termDays >= ART_2_MINIMUM_TERM_DAYS) {
    let workingDays = 0
    // Two are enough, so stop counting there: a six-week term need not be walked day by day.
    for (let day = termStart; day <= date && workingDays < ART_2_WORKING_DAYS; day = addDays(day, 1)) {
      if (!isNonWorkingDay(day)) workingDays++
    }
    while (workingDays < ART_2_WORKING_DAYS) {
      date = nextWorkingDay(date)
      workingDays++
      moved = { reason: 'twoWorkingDays', rule: 'Atw art. 2' }
    }
  }

  return moved ? { date, moved } : { date }
}

/** A date the person entered, if it is one we can count from. */
function known(date: unknown): string | undefined {
  // The upper bound leaves room for a term to end within a four-digit year.
  return isCalendarDate(date) && date < '9999-01-01' ? date : undefined
}

/** The term of `days` days after `from`, running from the next day, extended by the Atw. */
function termAfter(key: DeadlineKey, from: string | undefined, days: number, sources: string[]): Deadline | null {
  if (from === undefined) return null
  const termEnds = addDays(from, days)
  return { key, termEnds, ...applyTermijnenwet(addDays(from, 1), termEnds), sources }
}

export function computeTimeline(input: TimelineInput): Timeline {
  const melding = known(input.meldingDate)
  const application = known(input.applicationDate)
  const decision = known(input.decisionDate)

  // Wmo 2015 art. 2.3.2 lid 2: the person may hand in a persoonlijk plan during 7 days after the melding.
  const personalPlan = termAfter('personalPlan', melding, 7, ['Wmo 2015 art. 2.3.2 lid 2'])
  // Art. 2.3.2 lid 1: the investigation is done as soon as possible, at most 6 weeks after the melding.
  const investigation = termAfter('investigation', melding, 6 * 7, ['Wmo 2015 art. 2.3.2 lid 1'])
  // Art. 2.3.2 lid 9: when the investigation is not done within that term the person may apply
  // anyway, from the day after its last day. `termEnds` is likewise the day after the bare 6 weeks.
  const applyFrom: Deadline | null = investigation && {
    key: 'applyFrom',
    // The first day after the municipality's (extended) deadline: nothing of its own moves here,
    // so no 'moved' (the investigation's explains itself next to it).
    termEnds: addDays(investigation.date, 1),
    date: addDays(investigation.date, 1),
    sources: ['Wmo 2015 art. 2.3.2 lid 9', 'Wmo 2015 art. 2.3.2 lid 1'],
  }
  // Art. 2.3.5 lid 2: the decision on an aanvraag within 2 weeks after it was received.
  const decisionDeadline = termAfter('decision', application, 2 * 7, ['Wmo 2015 art. 2.3.5 lid 2'])
  // Awb art. 6:7 and 6:8 lid 1: bezwaar within 6 weeks, from the day after the decision was made known.
  const objection = termAfter('objection', decision, 6 * 7, ['Awb art. 6:7', 'Awb art. 6:8 lid 1'])

  return { personalPlan, investigation, applyFrom, decision: decisionDeadline, objection }
}

/** The deadlines that follow from a dossier's own dates. */
export function timelineOf(dossier: Dossier): Timeline {
  return computeTimeline({
    meldingDate: dossier.conversation.meldingDate,
    applicationDate: dossier.afterTalk.applicationDate,
    decisionDate: dossier.afterTalk.decisionDate,
  })
}
