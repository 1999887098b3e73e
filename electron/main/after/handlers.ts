import { ServiceError } from '../../contract/errors'
import type { DossierStore } from '../dossiers/store'
import type { CallsOf, HandlerGroup } from '../handlers'
import type { PlanPorts } from '../pdf/export'
import type { SettingsStore } from '../settings/settings-store'
import { saveCalendar, saveCarerLetter, saveLetter, saveWeekCalendar } from './documents'

/** After the conversation: the deadlines as calendar files, the letters (on the report, bezwaar, ingebrekestelling), and a carer's request for their own conversation. */
export function afterHandlers(
  dossiers: DossierStore,
  settings: SettingsStore,
  ports: PlanPorts,
  guardFor: (id: string) => () => void,
): HandlerGroup<CallsOf<'timeline'> | CallsOf<'letter'>> {
  return {
    'timeline.saveWeekCalendar': ({ from }) => {
      // A protected dossier that locks while the dialog is open: its dates are not written out after all.
      const generation = dossiers.generation
      const guard = () => {
        if (dossiers.generation !== generation) throw new ServiceError('locked', 'dossiers locked while the calendar was being saved')
      }
      return saveWeekCalendar(dossiers.list(), from, settings.settings.language, ports, new Date(), guard)
    },
    'timeline.saveCalendar': ({ id }) => saveCalendar(dossiers.read(id), settings.settings.language, ports, new Date(), guardFor(id)),
    'letter.save': ({ id, kind }) => saveLetter(dossiers.read(id), ports, new Date(), guardFor(id), kind),
    'letter.carerConversation': ({ id, carerId }) => saveCarerLetter(dossiers.read(id), carerId, ports, new Date(), guardFor(id)),
  }
}
