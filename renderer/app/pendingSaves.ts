import { call } from './api'

/**
 * Every open dossier's way to store what was typed in the last moments. Locking (by the person,
 * after idle time, or because the computer locks) stores it first, so nothing typed is dropped.
 */
const flushers = new Set<() => Promise<boolean>>()

export function registerPendingSave(flush: () => Promise<boolean>): () => void {
  flushers.add(flush)
  return () => {
    flushers.delete(flush)
  }
}

/** True when everything typed is stored. */
export async function storePendingChanges(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((flush) => flush().catch(() => false)))
  return results.every(Boolean)
}

/**
 * Locks every dossier with a passphrase, after storing what was typed. Locking goes ahead even when
 * storing failed: when the person has walked away, privacy comes first.
 */
export async function lockEverything() {
  await storePendingChanges()
  return call('dossiers.lockAll', undefined)
}
