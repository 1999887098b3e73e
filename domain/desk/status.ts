import { deskStatuses } from '../dossier/choice-keys'
import type { DeskStatus } from '../dossier/schema'
import type { DeskDates } from './facts'

export { deskStatuses, type DeskStatus }

/**
 * Where a dossier stands, as its dates suggest, on the route of a Wmo request: preparing → the
 * talk is planned → waiting for the report → waiting for the decision (beschikking) → done.
 * "Bezwaar" is never suggested: only the person knows whether they object. The person's own
 * choice always wins (`statusOf`); the suggestion is shown beside it.
 *
 * `today` is a calendar date (yyyy-mm-dd) in the Netherlands.
 */
export function suggestedStatus(dates: DeskDates, today: string): DeskStatus {
  if (dates.decision) return 'done'
  // The report has come, or the aanvraag is in: what is left is the municipality's decision.
  if (dates.reportReceived || dates.application) return 'awaitingDecision'
  // On the day itself the talk is still "planned"; the day after, the report is what is awaited.
  if (dates.talk && dates.talk < today) return 'awaitingReport'
  if (dates.talk) return 'talkPlanned'
  return 'preparing'
}

/** The status shown: the person's own choice, or else the suggestion. */
export function statusOf(chosen: DeskStatus | null, dates: DeskDates, today: string): { status: DeskStatus; suggested: boolean } {
  return chosen ? { status: chosen, suggested: false } : { status: suggestedStatus(dates, today), suggested: true }
}
