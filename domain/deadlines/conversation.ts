import type { Dossier } from '../dossier/schema'
import { daysBetween, isCalendarDate } from './holidays'
import { computeTimeline, type Deadline } from './timeline'

/** Something about the dates of the conversation page worth a second look; nothing is refused. */
export type DateConcern =
  | { field: 'talkDate'; kind: 'beforeMelding'; melding: string }
  | { field: 'meldingDate' | 'talkDate'; kind: 'farPast' | 'farFuture'; years: number }
  | { field: 'meldingDate'; kind: 'inFuture' }

/** Further from today than this, a date is more likely a slip of the year than a plan. */
const FAR_DAYS = 365

/**
 * The dates a person gave for the melding and the talk, checked against each other and against
 * today: the talk comes after the melding (the investigation follows it, Wmo 2015 art. 2.3.2
 * lid 1); a melding is something already done; and a date more than a year away is probably a
 * slip of the year. Every concern is said, never enforced: the dates are stored as typed.
 */
export function conversationDateConcerns(conversation: Dossier['conversation'], today: string): DateConcern[] {
  const concerns: DateConcern[] = []
  const { meldingDate: melding, talkDate: talk } = conversation
  const far = (field: 'meldingDate' | 'talkDate', date: string) => {
    const days = daysBetween(today, date)
    if (Math.abs(days) <= FAR_DAYS) return
    concerns.push({ field, kind: days < 0 ? 'farPast' : 'farFuture', years: Math.floor(Math.abs(days) / 365) })
  }
  if (isCalendarDate(melding)) {
    if (melding > today && daysBetween(today, melding) <= FAR_DAYS) concerns.push({ field: 'meldingDate', kind: 'inFuture' })
    far('meldingDate', melding)
  }
  if (isCalendarDate(talk)) {
    if (isCalendarDate(melding) && talk < melding) concerns.push({ field: 'talkDate', kind: 'beforeMelding', melding })
    far('talkDate', talk)
  }
  return concerns
}

/** A deadline as the conversation page shows it: passed or not, and where the talk falls. */
export interface FlowDeadline {
  deadline: Deadline
  passed: boolean
  /** The talk is planned after this deadline. */
  talkAfter: boolean
}

/**
 * The two terms that run from the melding and matter before the talk: the window for a
 * persoonlijk plan (at least 7 days, art. 2.3.2 lid 2) and the investigation's last day (6 weeks,
 * art. 2.3.2 lid 1). Empty until the melding date is known.
 */
export function conversationDeadlines(
  conversation: Dossier['conversation'],
  today: string,
): { personalPlan: FlowDeadline; investigation: FlowDeadline } | null {
  const { personalPlan, investigation } = computeTimeline({ meldingDate: conversation.meldingDate })
  if (!personalPlan || !investigation) return null
  const talk = isCalendarDate(conversation.talkDate) ? conversation.talkDate : ''
  const inFlow = (deadline: Deadline): FlowDeadline => ({ deadline, passed: deadline.date < today, talkAfter: talk !== '' && talk > deadline.date })
  return { personalPlan: inFlow(personalPlan), investigation: inFlow(investigation) }
}
