import type { AanTafelApi, CallArgs, CallError, CallName, CallResult, CallValue } from '../../electron/contract'

declare global {
  interface Window {
    /** Put there by the preload (or, in browser tests, by the test bridge). */
    aanTafel: AanTafelApi
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

export function errorCodeOf(error: unknown): CallError['code'] {
  return error instanceof CallFailed ? error.error.code : 'internal'
}
