import type { Dossier } from '../dossier/schema'
import { addDays, daysBetween, DESIGNATED_DAY, designatedDaysKnown, isCalendarDate, isHoliday, isNonWorkingDay } from './holidays'

/**
 * The legal deadlines around a Wmo 2015 melding, computed from the dates the person knows.
 *
 * Every term here is "N days or weeks after a date": it runs from the day after that date through
 * the date plus N days (Awb art. 6:8 lid 1 says so for bezwaar; the Wmo terms are counted the same
 * way), and is then extended by the Algemene termijnenwet. A date we do not know leaves every
 * deadline that depends on it open; we never guess.
 */

export type DeadlineKey = 'personalPlan' | 'investigation' | 'applyFrom' | 'decision' | 'afterNotice' | 'objection'

/** Deadlines that name a first day rather than a last one. */
export const firstDayKeys: readonly DeadlineKey[] = ['applyFrom', 'afterNotice']

export interface Deadline {
  key: DeadlineKey
  /** The date the term itself ends, before the Algemene termijnenwet. */
  termEnds: string
  /** The last day (for 'applyFrom' and 'afterNotice': the first day). */
  date: string
  moved?: { reason: 'weekend' | 'holiday' | 'designated' | 'twoWorkingDays'; holiday?: string; rule: 'Atw art. 1' | 'Atw art. 2' } | undefined
  /**
   * The term runs into a year whose designated days (Atw art. 3 lid 3) are not known yet: a decree
   * still to come may move it.
   */
  designatedUnknown?: true
  sources: string[]
}
export type Timeline = Record<DeadlineKey, Deadline | null>

export interface TimelineInput {
  meldingDate?: string | undefined
  applicationDate?: string | undefined
  decisionDate?: string | undefined
  /** Awb 4:14: the new date the municipality named when it postponed its decision. */
  decisionPostponedTo?: string | undefined
  /** The day the municipality received the ingebrekestelling. */
  noticeOfDefaultReceived?: string | undefined
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
    moved =
      holiday === DESIGNATED_DAY
        ? { reason: 'designated', holiday, rule: 'Atw art. 1' }
        : holiday
          ? { reason: 'holiday', holiday, rule: 'Atw art. 1' }
          : { reason: 'weekend', rule: 'Atw art. 1' }
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

/** Marks a deadline whose term reaches a year of which the designated days are not known yet. */
function withKnownYears(deadline: Deadline, termStart: string): Deadline {
  const first = Number(termStart.slice(0, 4))
  const last = Number(deadline.date.slice(0, 4))
  for (let year = first; year <= last; year++) if (!designatedDaysKnown(year)) return { ...deadline, designatedUnknown: true }
  return deadline
}

/** The term of `days` days after `from`, running from the next day, extended by the Atw. */
function termAfter(key: DeadlineKey, from: string | undefined, days: number, sources: string[]): Deadline | null {
  if (from === undefined) return null
  const termEnds = addDays(from, days)
  return withKnownYears({ key, termEnds, ...applyTermijnenwet(addDays(from, 1), termEnds), sources }, addDays(from, 1))
}

/** The first day after a deadline: a first day of its own, moved by nothing. */
function dayAfter(key: DeadlineKey, deadline: Deadline | null, sources: string[]): Deadline | null {
  if (!deadline) return null
  const date = addDays(deadline.date, 1)
  return { key, termEnds: date, date, ...(deadline.designatedUnknown && { designatedUnknown: true as const }), sources }
}

export function computeTimeline(input: TimelineInput): Timeline {
  const melding = known(input.meldingDate)
  const application = known(input.applicationDate)
  const decision = known(input.decisionDate)
  const postponedTo = known(input.decisionPostponedTo)
  const noticeReceived = known(input.noticeOfDefaultReceived)

  // Wmo 2015 art. 2.3.2 lid 2: the municipality must give the person at least 7 days after the
  // melding to hand in a persoonlijk plan. A minimum, not a cut-off: the plan may come until the
  // investigation starts.
  const personalPlan = termAfter('personalPlan', melding, 7, ['Wmo 2015 art. 2.3.2 lid 2'])
  // Art. 2.3.2 lid 1: the investigation is done as soon as possible, at most 6 weeks after the melding.
  const investigation = termAfter('investigation', melding, 6 * 7, ['Wmo 2015 art. 2.3.2 lid 1'])
  // Art. 2.3.2 lid 9: when the investigation is not done within that term the person may apply
  // anyway, from the day after its last day. The move belongs to the investigation's deadline.
  const applyFrom = dayAfter('applyFrom', investigation, ['Wmo 2015 art. 2.3.2 lid 9', 'Wmo 2015 art. 2.3.2 lid 1'])
  // Art. 2.3.5 lid 2: the decision on an aanvraag within 2 weeks after it was received. When the
  // municipality postponed it (Awb 4:14) to a later day, that day counts; it is extended like a term
  // of law, so that an ingebrekestelling is never sent a day too early.
  let decisionDeadline = termAfter('decision', application, 2 * 7, ['Wmo 2015 art. 2.3.5 lid 2'])
  if (decisionDeadline && postponedTo && postponedTo > decisionDeadline.termEnds) {
    decisionDeadline = withKnownYears(
      { key: 'decision', termEnds: postponedTo, ...applyTermijnenwet(postponedTo, postponedTo), sources: ['Awb art. 4:14', 'Wmo 2015 art. 2.3.5 lid 2'] },
      postponedTo,
    )
  }
  // Awb 4:17 lid 1 and 6:12 lid 2: two weeks after the municipality received the ingebrekestelling,
  // a dwangsom runs for every day it is late, and an appeal for not deciding in time is possible.
  const noticeTerm = termAfter('afterNotice', noticeReceived, 2 * 7, [])
  const afterNotice = dayAfter('afterNotice', noticeTerm, ['Awb art. 4:17', 'Awb art. 6:12'])
  // Awb art. 6:7 and 6:8 lid 1: bezwaar within 6 weeks, from the day after the decision was made known.
  const objection = termAfter('objection', decision, 6 * 7, ['Awb art. 6:7', 'Awb art. 6:8 lid 1'])

  return { personalPlan, investigation, applyFrom, decision: decisionDeadline, afterNotice, objection }
}

/** The deadlines that follow from a dossier's own dates. */
export function timelineOf(dossier: Dossier): Timeline {
  return computeTimeline({
    meldingDate: dossier.conversation.meldingDate,
    applicationDate: dossier.afterTalk.applicationDate,
    decisionDate: dossier.afterTalk.decisionDate,
    decisionPostponedTo: dossier.afterTalk.decisionPostponedTo,
    noticeOfDefaultReceived: dossier.afterTalk.noticeOfDefaultReceived,
  })
}

/**
 * From which day an ingebrekestelling may be sent: the day after the decision's last day, extended
 * by the Atw and by a postponement (Awb 4:14). Sent earlier, it counts for nothing. Null while the
 * date of the aanvraag is not known.
 */
export function noticeOfDefaultFrom(timeline: Timeline): string | null {
  return timeline.decision ? addDays(timeline.decision.date, 1) : null
}

/** Whether an ingebrekestelling may be sent on `today`: the term has passed and no decision is known. */
export function noticeOfDefaultAllowed(dossier: Dossier, today: string): boolean {
  if (known(dossier.afterTalk.decisionDate)) return false
  const from = noticeOfDefaultFrom(timelineOf(dossier))
  return from !== null && isCalendarDate(today) && today >= from
}
