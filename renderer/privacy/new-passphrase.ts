import { passphraseProblem } from '../../domain/passphrase'
import type { UiErrorCode } from '../app/api'

/**
 * What the screen says before a new passphrase is sent (the main process decides again): null
 * when it may be used, else the error to show. Used for a lock, a backup and a hand-over file.
 */
export function newPassphraseError(passphrase: string): UiErrorCode | null {
  const problem = passphraseProblem(passphrase)
  return problem === 'too-short' ? 'weak-passphrase' : problem === 'too-common' ? 'common-passphrase' : null
}

/** Asking for a file's passphrase (a hand-over file, a backup): which try this is, for the message. */
export interface PassphraseAsking {
  kind: 'passphrase'
  token: string
  wrong: boolean
  attempt: number
}

/** The next ask after the main process answered "needs-passphrase" (again, when the last one was wrong). */
export function askPassphraseAgain(before: { kind: string } | PassphraseAsking | null, token: string, wrong: boolean): PassphraseAsking {
  const tries = before && 'attempt' in before ? before.attempt : 0
  return { kind: 'passphrase', token, wrong, attempt: tries + 1 }
}
