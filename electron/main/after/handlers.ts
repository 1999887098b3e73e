import type { DossierStore } from '../dossiers/store'
import type { CallsOf, HandlerGroup } from '../handlers'
import type { PlanPorts } from '../pdf/export'
import type { SettingsStore } from '../settings/settings-store'
import { saveCalendar, saveLetter } from './documents'

/** After the conversation: the deadlines as a calendar file, and the letters (on the report, bezwaar, ingebrekestelling). */
export function afterHandlers(
  dossiers: DossierStore,
  settings: SettingsStore,
  ports: PlanPorts,
  guardFor: (id: string) => () => void,
): HandlerGroup<CallsOf<'timeline'> | CallsOf<'letter'>> {
  return {
    'timeline.saveCalendar': ({ id }) => saveCalendar(dossiers.read(id), settings.settings.language, ports, new Date(), guardFor(id)),
    'letter.save': ({ id, kind }) => saveLetter(dossiers.read(id), ports, new Date(), guardFor(id), kind),
  }
}
