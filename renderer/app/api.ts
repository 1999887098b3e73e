import type { AanTafelApi, AanTafelEvents, CallArgs, CallError, CallName, CallResult, CallValue, ErrorCode } from '../../electron/contract'

declare global {
  interface Window {
    /** Put there by the preload (or, in browser tests, by the test bridge). */
    aanTafel: AanTafelApi
    /** Put there by the preload; absent where nothing can tell the page to lock (browser tests may add it). */
    aanTafelEvents?: AanTafelEvents
  }
}

export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.detail ?? error.code)
    this.name = 'CallFailed'
  }
}

/** Calls the main process; resolves with the value or rejects with a CallFailed. */
export async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
  const invoke = window.aanTafel[name] as unknown as (args: CallArgs<K>) => Promise<CallResult<CallValue<K>>>
  const result = await invoke(args)
  if (!result.ok) throw new CallFailed(result.error)
  return result.value
}

/** What can go wrong as the person sees it: the main process's errors, and one of the screen's own. */
export type UiErrorCode = ErrorCode | 'stale-export'

/** What was typed last could not be stored: whatever is made now would show an older version. */
export class UnsavedChanges extends Error {
  constructor() {
    super('the last change is not stored yet')
    this.name = 'UnsavedChanges'
  }
}

/** Saves what is pending, and refuses to go on (a plan, a letter, a file) when that failed. */
export async function afterSaving(saveFirst: () => Promise<boolean>): Promise<void> {
  if (!(await saveFirst())) throw new UnsavedChanges()
}

export function errorCodeOf(error: unknown): UiErrorCode {
  if (error instanceof UnsavedChanges) return 'stale-export'
  return error instanceof CallFailed ? error.error.code : 'internal'
}

/** For code that can only ever meet the main process's own errors (a save, a load). */
export function callErrorCodeOf(error: unknown): CallError['code'] {
  return error instanceof CallFailed ? error.error.code : 'internal'
}
