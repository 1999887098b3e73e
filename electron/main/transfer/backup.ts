import { randomBytes, randomUUID } from 'node:crypto'
import type { BackupSaved, RestoreChoice, RestoreConflict, RestoreResult } from '../../contract/calls'
import { ServiceError } from '../../contract/errors'
import { Dossier } from '../../../domain/dossier/schema'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { deriveKey, newKdf } from '../crypto/envelope'
import { assertStrongPassphrase, type DossierStore } from '../dossiers/store'
import type { DossierKey } from '../dossiers/record'
import { safeFileName, type PlanPorts } from '../pdf/export'
import { UnreadableFileError, readFileLimited, writeFileDurablyAsync } from '../storage/durable-file'
import { ImportError, MAX_BACKUP_BYTES, decodeBackup, encodeBackup, type BackupItem } from './transfer-file'

/**
 * Every dossier in one file, encrypted with a passphrase the person chooses: to move to a new
 * computer, or to keep somewhere safe. A protected dossier goes in as its sealed record, still
 * locked with its own passphrase. Nothing is written when everything was deleted meanwhile.
 */
export async function saveBackup(store: DossierStore, passphrase: string, ports: PlanPorts, now = new Date()): Promise<BackupSaved> {
  assertStrongPassphrase(passphrase)
  const generation = store.generation
  const { items, skipped } = await store.everything()
  const kdf = newKdf()
  const key = await deriveKey(passphrase, kdf)
  let bytes: Buffer
  try {
    bytes = await encodeBackup(items, { now, key, kdf })
  } finally {
    key.fill(0)
  }
  const target = await ports.chooseSavePath(safeFileName(['Aan Tafel', 'reservekopie', dateInNetherlands(now)], 'aantafel'), 'aantafel')
  if (!target) return { saved: false }
  // Locked or deleted while the dialog was open: make it again, from what is there now.
  if (store.generation !== generation) throw new ServiceError('locked', 'dossiers locked while the backup was being made')
  const file = target.toLowerCase().endsWith('.aantafel') ? target : `${target}.aantafel`
  try {
    await writeFileDurablyAsync(file, bytes)
  } catch (error) {
    throw new ServiceError('storage-failed', (error as Error).message)
  }
  return { saved: true, fileName: file, dossiers: items.length, unreadable: skipped }
}

interface Pending {
  bytes: Uint8Array
  expires: number
  items?: BackupItem[]
}

const idOf = (item: BackupItem) => (item.kind === 'dossier' ? item.dossier.id : item.id)

/**
 * Puts back the dossiers of a backup of everything, in as many rounds as the person needs: choose
 * the file; give its passphrase; choose per dossier that is here already (keep both, replace, or
 * leave it). Everything is validated first, every choice checked (a locked or unreadable dossier
 * is never replaced, as with an import), and only then is anything written. When a write fails
 * halfway (a full disk), what this restore added is removed again and what it replaced is put
 * back: the folder ends as it began.
 */
export class Restorer {
  private readonly pending = new Map<string, Pending>()

  constructor(
    private readonly store: DossierStore,
    private readonly ports: PlanPorts,
    private readonly now: () => number = Date.now,
  ) {}

  async run(request: {
    token?: string | undefined
    passphrase?: string | undefined
    choices?: Record<string, RestoreChoice> | undefined
    cancel?: boolean | undefined
  }): Promise<RestoreResult> {
    this.forgetExpired()
    let token = request.token
    let entry: Pending | undefined
    if (token !== undefined) {
      entry = this.pending.get(token)
      if (request.cancel) {
        this.pending.delete(token)
        return { status: 'cancelled' }
      }
      if (!entry) return { status: 'problem', problem: 'expired' }
    } else {
      const chosen = await this.ports.chooseOpenPath('aantafel')
      if (!chosen) return { status: 'cancelled' }
      let bytes: Uint8Array
      try {
        bytes = readFileLimited(chosen, MAX_BACKUP_BYTES, { followLinks: true })
      } catch (error) {
        return { status: 'problem', problem: error instanceof UnreadableFileError && error.reason === 'too-large' ? 'too-large' : 'unreadable' }
      }
      token = randomBytes(16).toString('hex')
      entry = { bytes, expires: this.now() + 15 * 60_000 }
      this.pending.set(token, entry)
    }

    const generation = this.store.generation
    if (!entry.items) {
      try {
        const items = await decodeBackup(entry.bytes, { passphrase: request.passphrase })
        if (this.pending.get(token) !== entry || this.store.generation !== generation) return this.abandon(token)
        entry.items = items
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        if (error.problem === 'needs-passphrase' || error.problem === 'wrong-passphrase') {
          return { status: 'needs-passphrase', token, wrong: error.problem === 'wrong-passphrase' }
        }
        this.pending.delete(token)
        return { status: 'problem', problem: error.problem }
      }
    }

    const conflicts = this.conflictsOf(entry.items)
    const choices = request.choices ?? {}
    if (conflicts.some((conflict) => choices[conflict.id] === undefined)) {
      return { status: 'conflicts', token, total: entry.items.length, conflicts }
    }
    for (const conflict of conflicts) {
      const choice = choices[conflict.id]
      if (choice === 'replace' && conflict.existing === 'locked') return { status: 'problem', problem: 'replace-locked' }
      if (choice === 'replace' && conflict.existing === 'unreadable') return { status: 'problem', problem: 'replace-unreadable' }
      if (choice === 'keepBoth' && conflict.incomingLocked)
        throw new ServiceError('invalid-request', 'a protected dossier keeps its id: it cannot be kept beside another')
    }
    const result = await this.write(entry.items, choices)
    this.pending.delete(token)
    return result
  }

  /** Forgets every file waiting for an answer (when dossiers lock, or everything is deleted). */
  forgetAll(): void {
    this.pending.clear()
  }

  private conflictsOf(items: readonly BackupItem[]): RestoreConflict[] {
    const names = new Map(this.store.list().map((summary) => [summary.id, summary.displayName]))
    return items.flatMap((item): RestoreConflict[] => {
      const id = idOf(item)
      const existing = this.store.stateOf(id)
      if (existing === null) return []
      const incomingName = item.kind === 'dossier' ? [item.dossier.subject.firstName, item.dossier.subject.surname].join(' ').trim() : item.record.displayName
      return [{ id, name: names.get(id) || incomingName, existing, incomingLocked: item.kind === 'sealed' }]
    })
  }

  /** Writes what was chosen; undoes it all when one write fails. */
  private async write(items: readonly BackupItem[], choices: Record<string, RestoreChoice>): Promise<RestoreResult> {
    const added: string[] = []
    const replaced: { id: string; before: { dossier: Dossier; lock?: DossierKey } }[] = []
    let skipped = 0
    // New dossiers first: undoing those is deleting them. Replacements last, each remembered first.
    const ordered = [...items].sort((a, b) => Number(this.store.stateOf(idOf(a)) !== null) - Number(this.store.stateOf(idOf(b)) !== null))
    try {
      for (const item of ordered) {
        const id = idOf(item)
        const choice = this.store.stateOf(id) === null ? 'add' : choices[id]
        // Here since the person chose: never replaced or doubled without asking.
        if (choice === undefined) throw new ServiceError('invalid-request', `dossier ${id} appeared during the restore`)
        if (choice === 'skip') {
          skipped++
          continue
        }
        if (choice === 'replace') {
          const before = this.store.snapshot(id)
          replaced.push({ id, before })
          await this.put(item)
          continue
        }
        const placed = choice === 'keepBoth' && item.kind === 'dossier' ? { ...item, dossier: Dossier.parse({ ...item.dossier, id: randomUUID() }) } : item
        await this.put(placed)
        added.push(idOf(placed))
      }
    } catch (error) {
      await this.undo(added, replaced)
      throw error instanceof ServiceError ? error : new ServiceError('storage-failed', (error as Error).message)
    }
    for (const { before } of replaced) before.lock?.key.fill(0)
    return { status: 'restored', added: added.length, replaced: replaced.length, skipped }
  }

  private put(item: BackupItem): Promise<void> {
    return item.kind === 'dossier' ? this.store.put(item.dossier) : this.store.putSealed(item.record)
  }

  private async undo(added: string[], replaced: { id: string; before: { dossier: Dossier; lock?: DossierKey } }[]): Promise<void> {
    for (const id of added.toReversed()) {
      await this.store.delete(id).catch((error: unknown) => console.warn(`[aan-tafel] restore: ${id} not removed again: ${(error as Error).message}`))
    }
    for (const { id, before } of replaced.toReversed()) {
      await this.store.put(before.dossier, before.lock).catch((error: unknown) => {
        before.lock?.key.fill(0)
        console.warn(`[aan-tafel] restore: ${id} not put back: ${(error as Error).message}`)
      })
    }
  }

  private abandon(token: string): RestoreResult {
    this.pending.delete(token)
    return { status: 'problem', problem: 'expired' }
  }

  private forgetExpired(): void {
    for (const [token, entry] of this.pending) if (entry.expires < this.now()) this.pending.delete(token)
  }
}
