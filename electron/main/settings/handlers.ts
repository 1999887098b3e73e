import type { Settings } from '../../contract/settings'
import type { CallsOf, HandlerGroup } from '../handlers'
import type { SettingsStore } from './settings-store'

export function settingsHandlers(settings: SettingsStore, onChanged?: (settings: Settings) => void): HandlerGroup<CallsOf<'settings'>> {
  return {
    'settings.get': () => settings.settings,
    'settings.update': (patch) => {
      const next = settings.update(patch)
      onChanged?.(next)
      return next
    },
  }
}
