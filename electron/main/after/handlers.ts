import type { DossierStore } from '../dossiers/store'
import type { CallsOf, HandlerGroup } from '../handlers'
import type { PlanPorts } from '../pdf/export'
import type { SettingsStore } from '../settings/settings-store'
import { saveCalendar, saveCarerLetter, saveLetter } from './documents'

/** The deadlines as a calendar file, the letter on the report, and a carer's request for their own conversation. */
export function afterHandlers(
  dossiers: DossierStore,
  settings: SettingsStore,
  ports: PlanPorts,
  guardFor: (id: string) => () => void,
): HandlerGroup<CallsOf<'timeline'> | CallsOf<'letter'>> {
  return {
    'timeline.saveCalendar': ({ id }) => saveCalendar(dossiers.read(id), settings.settings.language, ports, new Date(), guardFor(id)),
    'letter.save': ({ id }) => saveLetter(dossiers.read(id), ports, new Date(), guardFor(id)),
    'letter.carerConversation': ({ id, carerId }) => saveCarerLetter(dossiers.read(id), carerId, ports, new Date(), guardFor(id)),
  }
}
