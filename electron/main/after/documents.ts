import type { FileSaved } from '../../contract/calls'
import type { Dossier } from '../../../domain/dossier/schema'
import type { Language } from '../../contract/settings'
import { buildCalendar } from '../deadlines/ics'
import { timelineOf } from '../../../domain/deadlines/timeline'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { createMainI18n } from '../i18n'
import { displayName } from '../../../domain/dossier/names'
import { safeFileName, saveToChosenFile, type PlanPorts } from '../pdf/export'
import { renderCarerLetter, renderLetter } from '../pdf/letter'
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

export async function saveLetter(dossier: Dossier, ports: PlanPorts, now = new Date(), guard?: () => void): Promise<FileSaved> {
  const { pdf } = await renderLetter(dossier, { fontsDir: ports.fontsDir, now })
  const date = dateInNetherlands(now).split('-').reverse().join('-')
  const file = await saveToChosenFile(ports, safeFileName(['Reactie op het verslag', displayName(dossier), date], 'pdf'), 'pdf', pdf, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/** A carer's request for a conversation of their own, as a PDF letter saved where the person chooses. */
export async function saveCarerLetter(dossier: Dossier, carerId: string, ports: PlanPorts, now = new Date(), guard?: () => void): Promise<FileSaved> {
  const { pdf } = await renderCarerLetter(dossier, carerId, { fontsDir: ports.fontsDir, now })
  const carer = carerById(dossier, carerId)
  const date = dateInNetherlands(now).split('-').reverse().join('-')
  const file = await saveToChosenFile(
    ports,
    safeFileName(['Verzoek eigen gesprek mantelzorger', carer ? carerName(dossier, carer) : '', date], 'pdf'),
    'pdf',
    pdf,
    guard,
  )
  return file ? { saved: true, fileName: file } : { saved: false }
}
