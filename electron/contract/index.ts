// The one contract between the renderer and the main process. The renderer imports types only.
import type { CallName, EventName } from './channels'
import type { CallArgs, CallValue } from './calls'
import type { CallResult } from './errors'

export type { CallName, EventName } from './channels'
export type {
  BackupSaved,
  CallArgs,
  CallValue,
  FileSaved,
  ImportProblem,
  ImportResult,
  PlanRequest,
  PlanSaved,
  RestoreChoice,
  RestoreConflict,
  RestoreResult,
} from './calls'
export type { CallError, CallResult, ErrorCode } from './errors'
export type { AutoLockMinutes, Language, Settings, SettingsPatch, TextSize } from './settings'
export type { DossierList, DossierSummary, StoreNotice } from './summary'

/** What the preload puts on `window.aanTafelEvents`: listening to the declared events. */
export interface AanTafelEvents {
  on: (name: EventName, listener: () => void) => () => void
}

/** What the preload puts on `window.aanTafel`: one function per declared call. */
export type AanTafelApi = {
  [K in CallName]: (args: CallArgs<K>) => Promise<CallResult<CallValue<K>>>
}
