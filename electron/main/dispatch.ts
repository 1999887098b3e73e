import { calls } from '../contract/calls'
import { callNames, type CallName } from '../contract/channels'
import { ServiceError, type CallResult } from '../contract/errors'
import type { Handlers } from './services'

function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (callNames as readonly string[]).includes(name)
}

/**
 * Runs one call from the renderer: checks the name and the payload against the contract before
 * anything else happens, and turns every failure into a typed error the UI can show.
 */
export async function dispatch(handlers: Handlers, name: unknown, payload: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'unknown-call', detail: String(name).slice(0, 100) } }
  }
  const parsed = calls[name].args.safeParse(payload)
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', detail: parsed.error.message.slice(0, 2_000) } }
  }
  try {
    const handler = handlers[name] as (args: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, detail: error.message } }
    }
    console.error(`[aan-tafel] ${name} failed`, error)
    return { ok: false, error: { code: 'internal', detail: (error as Error)?.message } }
  }
}
