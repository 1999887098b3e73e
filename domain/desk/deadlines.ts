import { addDays } from '../deadlines/holidays'
import { computeTimeline, type Deadline, type DeadlineKey, type Timeline } from '../deadlines/timeline'
import type { DeskStatus } from '../dossier/schema'
import type { DeskDates } from './facts'

/** A date on a client's agenda: one of the law's deadlines, or the conversation itself. */
export interface AgendaItem {
  kind: DeadlineKey | 'talk'
  date: string
  deadline?: Deadline
}

/** Timelines by their three dates: a list of thousands of clients shares far fewer dates. */
const timelines = new Map<string, Timeline>()

function timelineFor(dates: DeskDates): Timeline {
  const key = `${dates.melding}|${dates.application}|${dates.decision}`
  let timeline = timelines.get(key)
  if (!timeline) {
    if (timelines.size >= 20_000) timelines.clear()
    timeline = computeTimeline({ meldingDate: dates.melding, applicationDate: dates.application, decisionDate: dates.decision })
    timelines.set(key, timeline)
  }
  return timeline
}

/**
 * The deadlines that still matter for a dossier, soonest first, from `today` on. Each stops
 * mattering once the step it guards is behind the person: the persoonlijk plan once the talk has
 * been; the investigation once the aanvraag is in or decided; the decision once it came. Nothing
 * matters any more once the person called the dossier done. ("Aanvraag doen vanaf" and the day
 * after an ingebrekestelling's term are first days, not deadlines: they are on the Termijnen page,
 * not here.)
 */
export function upcomingDeadlines(dates: DeskDates, status: DeskStatus | null, today: string): Deadline[] {
  if (status === 'done') return []
  const timeline = timelineFor(dates)
  const stillMatters: Record<Exclude<DeadlineKey, 'applyFrom' | 'afterNotice'>, boolean> = {
    personalPlan: !(dates.talk && dates.talk < today) && !dates.application && !dates.decision,
    investigation: !dates.application && !dates.decision,
    decision: !dates.decision,
    objection: true,
  }
  return (Object.keys(stillMatters) as (keyof typeof stillMatters)[])
    .filter((key) => stillMatters[key])
    .map((key) => timeline[key])
    .filter((deadline): deadline is Deadline => deadline !== null && deadline.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** The first deadline still ahead, or null. */
export function nextDeadline(dates: DeskDates, status: DeskStatus | null, today: string): Deadline | null {
  return upcomingDeadlines(dates, status, today)[0] ?? null
}

/** Everything on a client's agenda from `from` through `through` (both included), in date order. */
export function agendaBetween(dates: DeskDates, status: DeskStatus | null, from: string, through: string): AgendaItem[] {
  const items: AgendaItem[] = upcomingDeadlines(dates, status, from)
    .filter((deadline) => deadline.date <= through)
    .map((deadline) => ({ kind: deadline.key, date: deadline.date, deadline }))
  if (dates.talk && dates.talk >= from && dates.talk <= through && status !== 'done') items.push({ kind: 'talk', date: dates.talk })
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'talk' ? -1 : b.kind === 'talk' ? 1 : 0))
}

/** "Deze week": today and the six days after it. */
export function weekFrom(today: string): { from: string; through: string } {
  return { from: today, through: addDays(today, 6) }
}
