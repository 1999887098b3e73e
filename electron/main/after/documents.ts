import type { FileSaved } from '../../contract/calls'
import type { DossierSummary } from '../../contract/summary'
import { agendaBetween, weekFrom } from '../../../domain/desk/deadlines'
import type { Dossier } from '../../../domain/dossier/schema'
import type { Language } from '../../contract/settings'
import { buildCalendar } from '../deadlines/ics'
import { noticeOfDefaultAllowed, timelineOf } from '../../../domain/deadlines/timeline'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { createMainI18n } from '../i18n'
import { displayName } from '../../../domain/dossier/names'
import { safeFileName, saveToChosenFile, type PlanPorts } from '../pdf/export'
import { letterTitle, type LetterKind } from '../pdf/letter'
import { ServiceError } from '../../contract/errors'
import { carerById, carerName } from '../../../domain/carers'

/** The dossier's deadlines as an .ics file in the app's language (the calendar is the person's own). */
export function calendarOf(dossier: Dossier, language: Language, now: Date): { ics: string; events: number } {
  const t = createMainI18n(language).getFixedT(language, 'rights')
  const name = displayName(dossier)
  const events = Object.values(timelineOf(dossier))
    .filter((deadline) => deadline !== null)
    .map((deadline) => ({
      uid: `${deadline.key}-${dossier.id}@aan-tafel`,
      date: deadline.date,
      title: [`Wmo: ${t(`timeline.items.${deadline.key}.title`)}`, name].filter(Boolean).join(' – '),
      description: t('timeline.calendarEventDescription', {
        meaning: t(`timeline.items.${deadline.key}.meaning`),
        sources: [...deadline.sources, ...(deadline.moved ? [deadline.moved.rule] : [])].join(', '),
      }),
    }))
  return { ics: buildCalendar(events, { productId: '-//Aan Tafel//Wmo termijnen//NL', now }), events: events.length }
}

export async function saveCalendar(dossier: Dossier, language: Language, ports: PlanPorts, now = new Date(), guard?: () => void): Promise<FileSaved> {
  const { ics, events } = calendarOf(dossier, language, now)
  if (events === 0) return { saved: false }
  const file = await saveToChosenFile(ports, safeFileName(['Wmo termijnen', displayName(dossier)], 'ics'), 'ics', ics, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/**
 * Every client's deadlines and talks in the week from `from` (that day and the six after it), as
 * one calendar file in the app's language. Archived dossiers are left out; locked ones cannot be
 * read, and are left out too (the screen says so).
 */
export function weekCalendarOf(summaries: readonly DossierSummary[], from: string, language: Language, now: Date): { ics: string; events: number } {
  const t = createMainI18n(language).getFixedT(language, 'rights')
  const { through } = weekFrom(from)
  const events = summaries
    .filter((summary) => !summary.archived)
    .flatMap((summary) =>
      summary.desk
        ? agendaBetween(summary.desk.dates, summary.desk.status, from, through).map((item) => {
            const title = item.kind === 'talk' ? t('timeline.talkTitle') : `Wmo: ${t(`timeline.items.${item.kind}.title`)}`
            const sources = item.deadline ? [...item.deadline.sources, ...(item.deadline.moved ? [item.deadline.moved.rule] : [])].join(', ') : ''
            return {
              uid: `${item.kind}-${summary.id}-${item.date}@aan-tafel`,
              date: item.date,
              title: [title, summary.displayName].filter(Boolean).join(' – '),
              description:
                item.kind === 'talk'
                  ? t('timeline.talkEventDescription')
                  : t('timeline.calendarEventDescription', { meaning: t(`timeline.items.${item.kind}.meaning`), sources }),
            }
          })
        : [],
    )
  return { ics: buildCalendar(events, { productId: '-//Aan Tafel//Wmo termijnen//NL', now }), events: events.length }
}

export async function saveWeekCalendar(
  summaries: readonly DossierSummary[],
  from: string,
  language: Language,
  ports: PlanPorts,
  now = new Date(),
  guard?: () => void,
): Promise<FileSaved> {
  const { ics, events } = weekCalendarOf(summaries, from, language, now)
  if (events === 0) return { saved: false }
  const file = await saveToChosenFile(ports, safeFileName(['Wmo termijnen', 'week van', from], 'ics'), 'ics', ics, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/**
 * Makes a letter and asks where to save it. An ingebrekestelling is refused while the decision's
 * term has not passed (or once a decision is known): sent too early, it counts for nothing.
 */
export async function saveLetter(dossier: Dossier, ports: PlanPorts, now = new Date(), guard?: () => void, kind: LetterKind = 'report'): Promise<FileSaved> {
  if (kind === 'noticeOfDefault' && !noticeOfDefaultAllowed(dossier, dateInNetherlands(now))) {
    throw new ServiceError('invalid-request', 'the term for the decision has not passed, or a decision is known')
  }
  const { pdf } = await ports.pdf.make({ kind: 'letter', dossier, options: { now, kind } })
  const date = dateInNetherlands(now).split('-').reverse().join('-')
  const title = kind === 'report' ? 'Reactie op het verslag' : letterTitle(kind)
  const file = await saveToChosenFile(ports, safeFileName([title, displayName(dossier), date], 'pdf'), 'pdf', pdf, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/** A carer's request for a conversation of their own, as a PDF letter saved where the person chooses. */
export async function saveCarerLetter(dossier: Dossier, carerId: string, ports: PlanPorts, now = new Date(), guard?: () => void): Promise<FileSaved> {
  const carer = carerById(dossier, carerId)
  if (!carer) throw new ServiceError('not-found', `no carer ${carerId}`)
  const { pdf } = await ports.pdf.make({ kind: 'carerLetter', dossier, carerId, options: { now } })
  const date = dateInNetherlands(now).split('-').reverse().join('-')
  const file = await saveToChosenFile(ports, safeFileName(['Verzoek eigen gesprek mantelzorger', carerName(dossier, carer), date], 'pdf'), 'pdf', pdf, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}
