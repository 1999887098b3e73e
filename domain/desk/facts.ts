import type { DeskStatus, Dossier } from '../dossier/schema'

/** The dates of a dossier that say where it stands and which deadlines follow ('' when not known). */
export interface DeskDates {
  melding: string
  talk: string
  reportReceived: string
  application: string
  decision: string
}

/**
 * What the desk needs of a dossier without opening it: kept in the store's summary index, so that
 * the list, its search and the week's deadlines never parse a dossier.
 */
export interface DeskFacts {
  /** As set by the person; null follows the suggestion from the dates. */
  status: DeskStatus | null
  archived: boolean
  dates: DeskDates
  /** The session notes' words, newest first, cut short: enough to find a client by. */
  notes: string
}

/** How much of the notes the index keeps per dossier for searching (5,000 dossiers stay a few MB). */
export const NOTES_FOR_SEARCH = 1_000

export function deskDatesOf(dossier: Dossier): DeskDates {
  return {
    melding: dossier.conversation.meldingDate,
    talk: dossier.conversation.talkDate,
    reportReceived: dossier.afterTalk.reportReceivedDate,
    application: dossier.afterTalk.applicationDate,
    decision: dossier.afterTalk.decisionDate,
  }
}

export function deskFactsOf(dossier: Dossier): DeskFacts {
  const notes = [...dossier.desk.notes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((note) => note.text.trim())
    .filter(Boolean)
    .join(' · ')
  return {
    status: dossier.desk.status,
    archived: dossier.desk.archived,
    dates: deskDatesOf(dossier),
    notes: notes.slice(0, NOTES_FOR_SEARCH),
  }
}
