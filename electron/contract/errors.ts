// Errors the main process returns to the UI. Each code has a message in locales/*/errors.json.
export const errorCodes = [
  'invalid-request',
  'unknown-call',
  'not-found',
  'newer-version',
  'storage-failed',
  'locked',
  'wrong-passphrase',
  'weak-passphrase',
  'common-passphrase',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface CallError {
  code: ErrorCode
  /** Technical detail for logs and tests; never shown to a person as the message itself. */
  detail?: string
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ?? code)
    this.name = 'ServiceError'
  }
}
