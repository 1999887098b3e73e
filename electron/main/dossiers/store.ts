import { displayName } from '../../../domain/dossier/names'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { passphraseProblem } from '../../../domain/passphrase'
import { DOSSIER_SCHEMA_VERSION, Dossier, DossierPatch, canonicalDossierId, type ForWhom, type SectionName } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import type { DossierSummary, StoreNotice } from '../../contract/summary'
import { SealedRecord, decodeRecord, encodeRecord, isLocked, unsealDossier, type DossierKey, type LockedMeta } from './record'
import { deriveKey, newKdf } from '../crypto/envelope'
import { deskFactsOf } from '../../../domain/desk/facts'
import { progressOf } from '../../../domain/steps'
import {
  TEMP_FILE,
  UnreadableFileError,
  exists,
  readFileLimited,
  readFileLimitedAsync,
  sameStamp,
  stampOf,
  writeFileDurably,
  writeFileDurablyAsync,
  type FileStamp,
  type WriteIo,
} from '../storage/durable-file'
import { INDEX_FILE, encodeIndex, readIndex, type Entry, type EntryFacts } from './summary-index'

/** A protected dossier's record as it lies on disk. */
export type SealedRecordValue = z.infer<typeof SealedRecord>

export interface DossierStoreOptions {
  /** The folder that holds the dossier files; created when missing. */
  dir: string
  now?: (() => Date) | undefined
  /** How many earlier versions of each dossier to keep. */
  backupCount?: number | undefined
  /**
   * The newest backup is overwritten on every save (it is always the state before the last save);
   * older generations move up at most this often, so they reach further back in time.
   */
  backupRotateMs?: number | undefined
  /** The disk calls of every write; tests make the disk fail here. */
  io?: WriteIo | undefined
}

/**
 * Far above the largest dossier the schema allows (every text at its limit); a file larger than
 * this is not a dossier, and is not read into memory.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024

/** File names as older versions wrote them (capitals allowed); read, then renamed to lower case. */
const ID_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/
const BACKUP_FILE = /^([A-Za-z0-9_-]{1,64})\.(\d+)\.json$/
/** What renameCaseSafely leaves when interrupted between its two renames. */
const RENAME_LEFTOVER = /^([a-z0-9_-]{1,64}(?:\.\d+)?\.json)\.rename-[0-9a-f]{8}$/

/** Why an id is kept although its dossier cannot be shown: its file is there and must not be overwritten. */
type Reserved = 'newer-version' | 'unreadable'

/** What is known of an id: open, locked (only its name), there but unreadable, or not at all. */
export type DossierState = 'open' | 'locked' | 'unreadable' | null

/** How long the summary index waits for more saves before it is written (a cache: losing it costs a re-read). */
const INDEX_DELAY_MS = 1_000

/** What a backup of everything holds of one dossier: the dossier, or (protected) its sealed record as on disk. */
export type StoredItem = { kind: 'dossier'; dossier: Dossier } | { kind: 'sealed'; id: string; record: SealedRecordValue }

/** What a write does to memory once the file is in place, and what it checks just before. */
interface WriteSteps {
  /** Called right after the file is in place, with its stamp; memory changes here and nowhere before. */
  commit: (stamp: FileStamp | null) => void
  /** Called just before the rename: throwing abandons the write, leaving the disk as it was. */
  guard?: () => void
}

/**
 * Every dossier of one person's computer, one file each, with backups and repair.
 *
 * Three rules keep it from losing anything:
 * - Memory changes only after the disk write returned: a failed write leaves both as they were.
 * - A file it cannot read (damaged beyond repair, written by a newer version, a link, too large)
 *   keeps its id reserved: nothing is ever written over it.
 * - After every `await` (a key derivation takes half a second, a save waits for the disk) the state
 *   is checked again: a dossier deleted, locked or replaced in between is not brought back, and
 *   "delete everything" is not undone by a save that was under way.
 *
 * And three that keep it fast with thousands of dossiers:
 * - Opening reads the summary index (summary-index.ts) and only the files whose stamp changed since;
 *   a dossier itself is parsed when it is opened (`read`).
 * - Saves are asynchronous (the disk works in Node's thread pool), and one at a time per dossier:
 *   every change to a dossier waits for the one before it, so none is lost and none lands out of order.
 * - The index is written a moment after the last save, and at once when a name or a dossier must
 *   leave it (delete, a passphrase set); `flush` writes it before the app quits.
 */
export class DossierStore {
  readonly dir: string
  private readonly backupDir: string
  private readonly damagedDir: string
  private readonly now: () => Date
  private readonly backupCount: number
  private readonly backupRotateMs: number
  private readonly io: WriteIo | undefined
  /** Every dossier whose file could be read: what the list shows. */
  private readonly entries = new Map<string, Entry>()
  /** Dossiers parsed since they were opened (read, written, or unlocked). */
  private readonly dossiers = new Map<string, Dossier>()
  /** Keys of the protected dossiers that are open now; forgotten by `lockAll`. */
  private readonly keys = new Map<string, DossierKey>()
  private readonly reserved = new Map<string, Reserved>()
  private readonly notices: StoreNotice[] = []
  /** Raised by every `lockAll` and `deleteAll`: work that started before must not undo them. */
  private lockEpoch = 0
  /** Raised by every `deleteAll`: a write that started before must not put a file back. */
  private wipes = 0
  /** The last piece of work per dossier: the next one waits for it. */
  private readonly queues = new Map<string, Promise<void>>()
  private indexTimer: ReturnType<typeof setTimeout> | undefined
  private indexDirty = false
  private indexChain: Promise<void> = Promise.resolve()

  private constructor(options: DossierStoreOptions) {
    this.dir = options.dir
    this.backupDir = path.join(options.dir, 'backups')
    this.damagedDir = path.join(options.dir, 'damaged')
    this.now = options.now ?? (() => new Date())
    this.backupCount = options.backupCount ?? 3
    this.backupRotateMs = options.backupRotateMs ?? 10 * 60 * 1000
    this.io = options.io
  }

  /**
   * Opens the folder: every file is known (its name, dates and what the list shows) and repaired
   * where needed, see `noticesFromOpening()`; files unchanged since the index was written are not
   * read. A file that cannot be read or repaired becomes a notice, never a reason not to start;
   * only a folder that cannot be listed at all throws.
   */
  static open(options: DossierStoreOptions): DossierStore {
    const store = new DossierStore(options)
    store.loadAll()
    return store
  }

  list(): DossierSummary[] {
    const summaries = [...this.entries].map(([id, entry]) => summaryOfEntry(id, entry, this.keys.has(id)))
    // ISO dates compare as strings; newest first.
    return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  }

  /** What was repaired or set aside when the store was opened, until the person has read it. */
  noticesFromOpening(): StoreNotice[] {
    return [...this.notices]
  }

  dismissNotices(): void {
    this.notices.length = 0
  }

  async create(input: { forWhom?: ForWhom | undefined; firstName?: string | undefined } = {}): Promise<Dossier> {
    const stamp = this.now().toISOString()
    const dossier = Dossier.parse({
      schemaVersion: DOSSIER_SCHEMA_VERSION,
      id: randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      subject: { forWhom: input.forWhom ?? null, firstName: input.firstName ?? '' },
    })
    await this.serially(dossier.id, () => this.writeDossier(dossier, undefined, 'keep', { commit: (file) => this.rememberOpen(dossier, undefined, file) }))
    return dossier
  }

  /** The dossier, parsed from its file the first time it is asked for. */
  read(id: string): Dossier {
    const open = this.dossiers.get(id)
    if (open) return open
    const entry = this.entries.get(id)
    if (!entry) throw new ServiceError('not-found', `no dossier ${id}`)
    if (entry.kind === 'sealed') throw new ServiceError('locked', `dossier ${id} is locked`)
    const decoded = this.loadOrRepair(id)
    if (isLocked(decoded)) throw new ServiceError('locked', `dossier ${id} is locked`)
    this.dossiers.set(id, decoded)
    return decoded
  }

  /** Opens a locked dossier with its passphrase; the key stays in memory until `lockAll`. */
  async unlock(id: string, passphrase: string): Promise<Dossier> {
    const entry = this.entries.get(id)
    if (!entry) throw new ServiceError('not-found', `no dossier ${id}`)
    if (entry.kind === 'plain' || this.keys.has(id)) return this.read(id)
    const meta = this.loadOrRepair(id)
    if (!isLocked(meta)) return this.read(id)
    const current = this.entries.get(id)
    const epoch = this.lockEpoch
    const key = await deriveKey(passphrase, meta.sealed.kdf)
    if (this.entries.get(id) !== current || this.lockEpoch !== epoch || this.keys.has(id)) {
      key.fill(0)
      // Opened by a call that finished first: that is what the person wanted.
      const openedMeanwhile = this.keys.has(id) ? this.dossiers.get(id) : undefined
      if (openedMeanwhile && this.lockEpoch === epoch) return openedMeanwhile
      // Deleted, replaced or locked again while the key was being derived: nothing comes back.
      throw new ServiceError(this.stateOf(id) === 'locked' ? 'locked' : 'not-found', `dossier ${id} changed while unlocking`)
    }
    let dossier: Dossier
    try {
      dossier = unsealDossier(meta, key)
    } catch (error) {
      key.fill(0)
      throw error
    }
    this.keys.set(id, { key, kdf: meta.sealed.kdf })
    this.dossiers.set(id, dossier)
    this.entries.set(id, { ...entryOf(dossier, 'sealed', current?.stamp ?? null) })
    return dossier
  }

  /**
   * Protects a dossier with a passphrase: from now on it is encrypted on disk, its backups too.
   * The person stays in; the dossier locks with `lockAll` or at the next start.
   */
  async setPassphrase(id: string, passphrase: string): Promise<void> {
    this.read(id)
    assertStrongPassphrase(passphrase)
    const epoch = this.lockEpoch
    const kdf = newKdf()
    const key = await deriveKey(passphrase, kdf)
    const lock = { key, kdf }
    let committed = false
    try {
      await this.serially(id, async () => {
        // Whatever was saved while the key was derived is what gets protected; a deleted dossier stays deleted.
        const current = this.dossiers.get(id)
        if (!current) throw new ServiceError(this.stateOf(id) === 'locked' ? 'locked' : 'not-found', `dossier ${id} changed while protecting it`)
        await this.writeDossier(current, lock, 'restart', {
          commit: (file) => {
            committed = true
            this.forgetKey(id)
            this.rememberOpen(current, lock, file)
          },
        })
        this.removeDamagedCopies(id)
        // Locked while it was written (idle time, the screen): it locks now, protected.
        if (this.lockEpoch !== epoch) this.lockOne(id)
        // What the list knew of it unencrypted leaves the index now, not in a moment.
        await this.writeIndexNow()
      })
    } catch (error) {
      if (!committed) key.fill(0)
      throw error
    }
  }

  /** Takes the passphrase off an open dossier: it is stored readable again. */
  removePassphrase(id: string): Promise<void> {
    return this.serially(id, async () => {
      const dossier = this.read(id)
      const lock = this.keys.get(id)
      // Nothing to take off: its history of backups stays as it is.
      if (!lock) return
      await this.writeDossier(dossier, undefined, 'restart', {
        // Locked meanwhile: a lock wins over making it readable.
        guard: () => {
          if (this.keys.get(id) !== lock) throw new ServiceError('locked', `dossier ${id} locked while its passphrase was being removed`)
        },
        commit: (file) => {
          this.forgetKey(id)
          this.rememberOpen(dossier, undefined, file)
        },
      })
    })
  }

  /** Locks every dossier that has a passphrase, forgetting its key and its contents. */
  lockAll(): number {
    this.lockEpoch++
    let count = 0
    for (const id of [...this.keys.keys()]) {
      if (this.lockOne(id)) count++
    }
    return count
  }

  private lockOne(id: string): boolean {
    const entry = this.entries.get(id)
    const wasOpen = this.keys.has(id) && entry?.kind === 'sealed'
    // Its file on disk is sealed already (every write of a protected dossier is): memory forgets.
    if (entry?.kind === 'sealed') this.entries.set(id, { ...entry, facts: null })
    this.dossiers.delete(id)
    this.forgetKey(id)
    return wasOpen
  }

  /** Drops a key and overwrites its bytes: a key is never shared between dossiers (see duplicate). */
  private forgetKey(id: string): void {
    this.keys.get(id)?.key.fill(0)
    this.keys.delete(id)
  }

  /**
   * Raised by every lock and every "delete everything". Work that awaited something (a key
   * derivation, a save dialog) compares it before it writes, so it cannot undo a lock.
   */
  get generation(): number {
    return this.lockEpoch
  }

  /**
   * Refuses when the dossier locked (or everything was deleted) since `generation` was read:
   * what was made from it before must not be written out afterwards.
   */
  assertStillOpen(id: string, generation: number): void {
    if (this.lockEpoch === generation || this.stateOf(id) === 'open') return
    throw new ServiceError(this.stateOf(id) === 'locked' ? 'locked' : 'not-found', `dossier ${id} locked while this was under way`)
  }

  isProtected(id: string): boolean {
    return this.entries.get(id)?.kind === 'sealed'
  }

  /** Applies a change once every earlier change of this dossier is on disk, and resolves when this one is. */
  update(id: string, patch: DossierPatch): Promise<Dossier> {
    return this.serially(id, async () => {
      const current = this.read(id)
      const parsed = DossierPatch.parse(patch)
      // Only where the person is (a page turned): not a change to what they wrote.
      const placeOnly = Object.keys(parsed).length === 1 && parsed.flow !== undefined && Object.keys(parsed.flow).every((field) => field === 'last')
      const next: Record<string, unknown> = { ...current, updatedAt: placeOnly ? current.updatedAt : this.now().toISOString() }
      for (const [section, fields] of Object.entries(parsed)) {
        next[section] = { ...current[section as SectionName], ...fields }
      }
      const result = Dossier.safeParse(next)
      if (!result.success) throw new ServiceError('invalid-request', result.error.message)
      const lock = this.keys.get(id)
      const epoch = this.lockEpoch
      let locked = false
      await this.writeDossier(result.data, lock, 'keep', {
        commit: (file) => {
          locked = !this.rememberOpen(result.data, lock, file, epoch)
        },
      })
      // Locked while it was written: the change is on disk, sealed; the dossier stays locked.
      if (locked) throw new ServiceError('locked', `dossier ${id} locked while it was saved`)
      return result.data
    })
  }

  /** Deletes a dossier, locked or not: removing one's own data needs no passphrase. */
  delete(id: string): Promise<void> {
    return this.serially(id, async () => {
      if (!this.entries.has(id)) throw new ServiceError('not-found', `no dossier ${id}`)
      // Copies first, the dossier's own file last: a crash halfway must not bring it back from a
      // backup at the next start. Damaged copies and left-over temporary files hold the same
      // person's details: they go too, as far as the disk allows; the dossier's own file must go.
      this.removeBackups(id)
      for (const folder of [this.damagedDir, this.backupDir, this.dir]) {
        for (const name of safeReaddir(folder)) {
          if (!name.startsWith(`${id}.`) || name === `${id}.json`) continue
          try {
            fs.rmSync(path.join(folder, name), { force: true, recursive: true })
          } catch (error) {
            console.warn(`[aan-tafel] ${name} not removed: ${(error as Error).message}`)
          }
        }
      }
      this.guardDisk(() => fs.rmSync(this.mainPath(id), { force: true }))
      this.entries.delete(id)
      this.dossiers.delete(id)
      this.forgetKey(id)
      // The name leaves the index now, not in a moment.
      await this.writeIndexNow()
    })
  }

  async duplicate(id: string): Promise<Dossier> {
    const source = this.read(id)
    const stamp = this.now().toISOString()
    const copy = Dossier.parse({
      ...structuredClone(source),
      id: randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    // A copy of a protected dossier is protected by the same passphrase, with a key of its own.
    const original = this.keys.get(id)
    const lock = original && { kdf: original.kdf, key: Buffer.from(original.key) }
    const epoch = this.lockEpoch
    let committed = false
    try {
      await this.serially(copy.id, () =>
        this.writeDossier(copy, lock, 'keep', {
          commit: (file) => {
            committed = true
            this.rememberOpen(copy, lock, file, epoch)
          },
        }),
      )
    } catch (error) {
      if (!committed) lock?.key.fill(0)
      throw error
    }
    return copy
  }

  /** Open, locked, there but unreadable (never to be written over), or unknown. */
  stateOf(id: string): DossierState {
    const entry = this.entries.get(id)
    if (entry) return entry.kind === 'plain' || this.keys.has(id) ? 'open' : 'locked'
    if (this.reserved.has(id)) return 'unreadable'
    return null
  }

  /**
   * Stores a dossier from elsewhere (an import) under its own id, replacing an open one with the
   * same id, protected with `lock` when given. Older copies of a replaced dossier go, so no
   * readable backup of it stays behind a protected one. A locked or unreadable dossier is never
   * replaced: only its passphrase, or a newer app, can say what it holds.
   */
  put(dossier: Dossier, lock?: DossierKey): Promise<void> {
    const epoch = this.lockEpoch
    return this.replaceWith(dossier.id, Buffer.from(JSON.stringify(encodeRecord(dossier, lock), null, '\t'), 'utf8'), (file) => {
      this.forgetKey(dossier.id)
      this.rememberOpen(dossier, lock, file, epoch)
    })
  }

  /**
   * Stores a protected dossier as its sealed record (from a backup of everything), replacing an
   * open one with the same id; it stays locked with its own passphrase.
   */
  putSealed(record: SealedRecordValue): Promise<void> {
    const decoded = decodeRecord(record)
    if (!isLocked(decoded)) throw new ServiceError('invalid-request', 'not a sealed record')
    return this.replaceWith(decoded.id, Buffer.from(JSON.stringify(record, null, '\t'), 'utf8'), (file) => {
      this.forgetKey(decoded.id)
      this.dossiers.delete(decoded.id)
      this.entries.set(decoded.id, sealedEntryOf(decoded, file))
    })
  }

  private replaceWith(id: string, record: Buffer, commit: (file: FileStamp | null) => void): Promise<void> {
    return this.serially(id, async () => {
      const refuse = () => {
        const state = this.stateOf(id)
        if (state === 'locked') throw new ServiceError('locked', `dossier ${id} is locked`)
        if (state === 'unreadable') throw new ServiceError('storage-failed', `dossier ${id} cannot be read and is kept`)
        return state
      }
      const state = refuse()
      // Checked again at the last moment: a dossier that locked meanwhile is not replaced.
      await this.writeRecord(id, record, 'restart', { guard: () => void refuse(), commit })
      if (state === 'open') this.removeDamagedCopies(id)
      // What the list knew unencrypted of the one replaced leaves the index now, when the new one is protected.
      if (state !== null && this.entries.get(id)?.kind === 'sealed') await this.writeIndexNow()
    })
  }

  /**
   * An open dossier with a copy of its key (when it has a passphrase): what a restore that
   * replaces it puts back when a later write of the restore fails.
   */
  snapshot(id: string): { dossier: Dossier; lock?: DossierKey } {
    const dossier = this.read(id)
    const lock = this.keys.get(id)
    return lock ? { dossier, lock: { kdf: lock.kdf, key: Buffer.from(lock.key) } } : { dossier }
  }

  has(id: string): boolean {
    return this.stateOf(id) !== null
  }

  /**
   * Every dossier as a backup of everything holds it: a readable one as its dossier, a protected
   * one as its sealed record (it stays locked with its own passphrase). A dossier whose file cannot
   * be read now is counted in `skipped`.
   */
  async everything(): Promise<{ items: StoredItem[]; skipped: number }> {
    const items: StoredItem[] = []
    let skipped = this.reserved.size
    for (const [id, entry] of [...this.entries]) {
      try {
        const cached = entry.kind === 'plain' ? this.dossiers.get(id) : undefined
        if (cached) {
          items.push({ kind: 'dossier', dossier: cached })
          continue
        }
        const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readFileLimitedAsync(this.mainPath(id), MAX_RECORD_BYTES)))
        const decoded = decodeRecord(raw)
        if (isLocked(decoded)) items.push({ kind: 'sealed', id: decoded.id, record: SealedRecord.parse(raw) })
        else items.push({ kind: 'dossier', dossier: decoded })
      } catch {
        skipped++
      }
    }
    return { items, skipped }
  }

  /** Resolves once every save under way is on disk, and the index too. */
  async flush(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()])
    if (this.indexDirty || this.indexTimer) await this.writeIndexNow()
    await this.indexChain
  }

  /** Removes every dossier, backup and damaged copy: the folder is as on the first day. */
  deleteAll(): void {
    this.lockEpoch++
    this.wipes++
    clearTimeout(this.indexTimer)
    this.indexTimer = undefined
    this.indexDirty = false
    try {
      this.guardDisk(() => {
        for (const entry of fs.readdirSync(this.dir)) fs.rmSync(path.join(this.dir, entry), { recursive: true, force: true })
      })
    } finally {
      // What is left on disk (when removing failed halfway) is what the list shows from now on.
      this.entries.clear()
      this.dossiers.clear()
      for (const id of [...this.keys.keys()]) this.forgetKey(id)
      this.reserved.clear()
      this.notices.length = 0
      this.loadAll()
      this.notices.length = 0
    }
  }

  /** Runs `task` after every earlier task of the same dossier has finished, successfully or not. */
  private serially<T>(id: string, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(id) ?? Promise.resolve()
    const result = before.then(task)
    const settled = result.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(id, settled)
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id)
    })
    return result
  }

  /**
   * Memory after a write of an open dossier: parsed and listed. A protected one whose dossiers
   * locked while it was written (`epoch` passed) stays locked: its key is forgotten. Returns
   * whether it is open.
   */
  private rememberOpen(dossier: Dossier, lock: DossierKey | undefined, file: FileStamp | null, epoch = this.lockEpoch): boolean {
    const id = dossier.id
    if (lock && this.lockEpoch !== epoch) {
      if (this.keys.get(id) === lock) this.keys.delete(id)
      lock.key.fill(0)
      this.dossiers.delete(id)
      this.entries.set(id, { ...entryOf(dossier, 'sealed', file), facts: null })
      return false
    }
    if (lock) this.keys.set(id, lock)
    this.dossiers.set(id, dossier)
    this.entries.set(id, entryOf(dossier, lock ? 'sealed' : 'plain', file))
    return true
  }

  private writeDossier(dossier: Dossier, lock: DossierKey | undefined, history: 'keep' | 'restart', steps: WriteSteps): Promise<void> {
    return this.writeRecord(dossier.id, Buffer.from(JSON.stringify(encodeRecord(dossier, lock), null, '\t'), 'utf8'), history, steps)
  }

  /**
   * Writes a dossier's file and, only once that is on disk, changes memory (`commit`) and backups.
   * 'keep': the state before becomes backup 1 (older ones rotate). 'restart': the dossier's
   * history begins anew (a passphrase set or taken off, an import replacing what was there): the
   * old backups go, after the new file is safely written, so a full disk leaves both the file and
   * its history as they were. (A crash in between leaves readable backups beside a protected
   * file for a moment: the next start removes them, see removeReadableBackups.)
   */
  private async writeRecord(id: string, record: Buffer, history: 'keep' | 'restart', steps: WriteSteps): Promise<void> {
    const wipes = this.wipes
    const notWiped = () => {
      if (this.wipes !== wipes) throw new ServiceError('not-found', `everything was deleted while ${id} was being saved`)
    }
    const stillWanted = () => {
      notWiped()
      steps.guard?.()
    }
    let previous: Buffer | undefined
    let file: FileStamp | null = null
    await this.guardDiskAsync(async () => {
      if (history === 'keep') previous = await this.currentBytes(id)
      file = await writeFileDurablyAsync(this.mainPath(id), record, { io: this.io, beforeRename: stillWanted })
    })
    // Everything was deleted while the folder was synced: the file went with it.
    if (this.wipes !== wipes) throw new ServiceError('not-found', `everything was deleted while ${id} was being saved`)
    steps.commit(file)
    this.scheduleIndex()
    if (history === 'restart') this.removeBackups(id)
    // The dossier itself is safe on disk now. A backup that cannot be written (the disk filled up
    // just now) leaves the previous backups as they were; the next save tries again.
    try {
      if (history === 'restart') await this.writeBackup(id, record, false, notWiped)
      else if (previous) await this.writeBackup(id, previous, true, notWiped)
    } catch (error) {
      if (this.wipes === wipes) console.warn(`[aan-tafel] backup of ${id} not written: ${(error as Error).message}`)
    }
  }

  /** The dossier's file as it is now, if it is a plain file; never through a link. */
  private async currentBytes(id: string): Promise<Buffer | undefined> {
    try {
      return await readFileLimitedAsync(this.mainPath(id), MAX_RECORD_BYTES)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof UnreadableFileError) return undefined
      throw error
    }
  }

  private async writeBackup(id: string, bytes: Buffer, rotate: boolean, stillWanted: () => void): Promise<void> {
    stillWanted()
    fs.mkdirSync(this.backupDir, { recursive: true })
    const newest = this.backupPath(id, 1)
    if (rotate && this.backupCount > 1 && this.isOlderThanRotation(newest)) {
      for (let n = this.backupCount - 1; n >= 1; n--) {
        if (exists(this.backupPath(id, n))) fs.renameSync(this.backupPath(id, n), this.backupPath(id, n + 1))
      }
    }
    await writeFileDurablyAsync(newest, bytes, { io: this.io, beforeRename: stillWanted })
  }

  /** The index, a moment after the last change: many saves in a row write it once. */
  private scheduleIndex(): void {
    this.indexDirty = true
    if (this.indexTimer) return
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined
      void this.writeIndexNow()
    }, INDEX_DELAY_MS)
    this.indexTimer.unref?.()
  }

  /**
   * Writes the index now, after any write of it under way; with nothing to list it is removed.
   * Never fails: the index is a cache, rebuilt from the files when it is missing or out of date.
   * (It is written on the real disk, not through `io`: a test's failing disk is for the dossiers.)
   */
  private writeIndexNow(): Promise<void> {
    clearTimeout(this.indexTimer)
    this.indexTimer = undefined
    this.indexDirty = true
    const write = async () => {
      if (!this.indexDirty) return
      this.indexDirty = false
      const wipes = this.wipes
      const file = path.join(this.dir, INDEX_FILE)
      try {
        if (this.entries.size === 0) fs.rmSync(file, { force: true })
        else
          await writeFileDurablyAsync(file, encodeIndex(this.entries), {
            beforeRename: () => {
              if (this.wipes !== wipes) throw new ServiceError('not-found', 'everything was deleted')
            },
          })
      } catch (error) {
        if (this.wipes === wipes && (error as NodeJS.ErrnoException).code !== 'ENOENT') {
          console.warn(`[aan-tafel] the list's index was not written: ${(error as Error).message}`)
        }
      }
    }
    this.indexChain = this.indexChain.then(write, write)
    return this.indexChain
  }

  /** Copies set aside as damaged hold the dossier as it was: readable, once a passphrase is set. */
  private removeDamagedCopies(id: string): void {
    try {
      if (!exists(this.damagedDir)) return
      for (const name of fs.readdirSync(this.damagedDir)) {
        if (name.startsWith(`${id}.`)) fs.rmSync(path.join(this.damagedDir, name), { force: true })
      }
    } catch (error) {
      console.warn(`[aan-tafel] damaged copies of ${id} not removed: ${(error as Error).message}`)
    }
  }

  /** Removes every backup of a dossier, as far as the disk lets it (a folder in a backup's place goes too). */
  private removeBackups(id: string): void {
    for (let n = 1; n <= this.backupCount; n++) {
      try {
        fs.rmSync(this.backupPath(id, n), { force: true, recursive: true })
      } catch (error) {
        console.warn(`[aan-tafel] backup ${id}.${n} not removed: ${(error as Error).message}`)
      }
    }
  }

  /** Compares against the real clock: the file's age on disk is a fact of the disk, not of the data. */
  private isOlderThanRotation(file: string): boolean {
    try {
      return Date.now() - fs.statSync(file).mtimeMs >= this.backupRotateMs
    } catch {
      return false
    }
  }

  private loadAll(): void {
    fs.mkdirSync(this.dir, { recursive: true })
    this.removeInterruptedWrites()
    this.finishInterruptedRenames()
    const indexed = readIndex(this.dir)
    // Names as found, per canonical id: more than one only where the disk tells capitals apart.
    const mains = new Map<string, string[]>()
    for (const name of fs.readdirSync(this.dir)) {
      const match = ID_FILE.exec(name)
      if (match?.[1]) pushTo(mains, canonicalDossierId(match[1]), name)
    }
    const ids = new Set(mains.keys())
    // A backup without its dossier (the file was removed by hand, or lost) is restored, not ignored.
    if (exists(this.backupDir)) {
      for (const name of safeReaddir(this.backupDir)) {
        const match = BACKUP_FILE.exec(name)
        if (!match?.[1] || !match[2]) continue
        const id = canonicalDossierId(match[1])
        // A backup an older version named with capitals, whose dossier is gone: renamed, then restored.
        if (id !== match[1] && !mains.has(id) && !exists(this.backupPath(id, Number(match[2])))) {
          try {
            renameCaseSafely(path.join(this.backupDir, name), this.backupPath(id, Number(match[2])))
          } catch {
            continue
          }
        }
        ids.add(id)
      }
    }
    for (const id of ids) {
      try {
        const names = mains.get(id) ?? []
        if (!this.adoptLegacyNames(id, names)) continue
        // Unchanged since the index was written: what it says is what the file holds.
        const known = indexed.get(id)
        if (known && sameStamp(known.stamp, stampOf(this.mainPath(id)))) {
          this.entries.set(id, known)
          continue
        }
        this.loadOne(id)
      } catch (error) {
        // One file's trouble (a read-only folder, a disk error) is told, and the rest still opens.
        this.entries.delete(id)
        this.reserved.set(id, 'unreadable')
        this.notices.push({ kind: 'unreadable', id, fileName: `${id}.json` })
        console.warn(`[aan-tafel] ${id} could not be loaded: ${(error as Error).message}`)
      }
    }
    if (indexed.size !== this.entries.size) this.scheduleIndex()
  }

  /**
   * Older versions accepted ids with capitals. Such a file is renamed to its lower-case name
   * (in two steps, which also works where the disk ignores case), its backups too. Where the disk
   * holds both spellings, the lower-case one is the dossier and the other is kept untouched.
   */
  private adoptLegacyNames(id: string, names: string[]): boolean {
    const canonicalName = `${id}.json`
    for (const name of names.filter((found) => found !== canonicalName)) {
      if (names.includes(canonicalName) || names.length > 1) {
        this.notices.push({ kind: 'unreadable', id, fileName: name })
        continue
      }
      const legacyId = name.slice(0, -'.json'.length)
      renameCaseSafely(path.join(this.dir, name), this.mainPath(id))
      for (let n = 1; n <= this.backupCount; n++) {
        const legacyBackup = path.join(this.backupDir, `${legacyId}.${n}.json`)
        if (exists(legacyBackup)) renameCaseSafely(legacyBackup, this.backupPath(id, n))
      }
    }
    return names.length <= 1 || names.includes(canonicalName)
  }

  /**
   * A rename to lower case (adoptLegacyNames) is two renames; one interrupted between them (a
   * crash, a virus scanner holding the file) leaves `<id>.json.rename-<hex>`: it is finished now.
   */
  private finishInterruptedRenames(): void {
    for (const folder of [this.dir, this.backupDir]) {
      for (const name of safeReaddir(folder)) {
        const match = RENAME_LEFTOVER.exec(name)
        if (!match?.[1]) continue
        const target = path.join(folder, match[1])
        try {
          if (!exists(target)) fs.renameSync(path.join(folder, name), target)
        } catch {
          // Tried again at the next start; the file itself is kept.
        }
      }
    }
  }

  /**
   * A write interrupted by a crash leaves its temporary file (`<name>.tmp-<stamp>`) behind; the
   * real file is still the previous good one. The leftovers hold a person's details, so they go
   * (where the folder allows it: a read-only folder keeps them, and the app still starts).
   */
  private removeInterruptedWrites(): void {
    for (const folder of [this.dir, this.backupDir]) {
      if (!exists(folder)) continue
      for (const name of safeReaddir(folder)) {
        if (!TEMP_FILE.test(name)) continue
        try {
          fs.rmSync(path.join(folder, name), { force: true })
        } catch {
          // Tried again at the next start.
        }
      }
    }
  }

  /**
   * Reads a dossier's file now (it was listed from the index), repairing it as at start when it
   * turns out damaged: restored from a backup, or set aside and told.
   */
  private loadOrRepair(id: string): Dossier | LockedMeta {
    let decoded: Dossier | LockedMeta | undefined
    try {
      decoded = this.loadOne(id)
    } catch (error) {
      this.entries.delete(id)
      this.dossiers.delete(id)
      this.reserved.set(id, 'unreadable')
      this.notices.push({ kind: 'unreadable', id, fileName: `${id}.json` })
      throw new ServiceError('storage-failed', (error as Error).message)
    }
    if (decoded?.id === id) return decoded
    const reserved = this.reserved.get(id)
    if (reserved) throw new ServiceError(reserved === 'newer-version' ? 'newer-version' : 'storage-failed', `dossier ${id} cannot be read`)
    throw new ServiceError('not-found', `dossier ${id} was damaged and set aside`)
  }

  /** Reads one dossier's file, or restores it from its newest good backup; what it finds becomes its entry. */
  private loadOne(id: string): Dossier | LockedMeta | undefined {
    this.entries.delete(id)
    const mainPath = this.mainPath(id)
    const hasMain = exists(mainPath)
    if (hasMain) {
      // Taken before reading: a file that changes while it is read gets a stamp that is already old.
      const stamp = stampOf(mainPath)
      try {
        const decoded = this.decodeFile(mainPath)
        this.remember(decoded, stamp)
        if (isLocked(decoded)) this.removeReadableBackups(id)
        return decoded
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'newer-version') {
          this.reserved.set(id, 'newer-version')
          this.notices.push({ kind: 'newer-version', id, fileName: path.basename(mainPath) })
          return undefined
        }
        // Only a file that is not JSON, or not a dossier, is damaged. A file that could not be read
        // at all (permissions, a link, a folder in its place, far too large) is left where it is.
        if (!(error instanceof ServiceError && error.code === 'invalid-request')) {
          this.reserved.set(id, 'unreadable')
          this.notices.push({ kind: 'unreadable', id, fileName: path.basename(mainPath) })
          return undefined
        }
      }
    }
    const restored = this.newestGoodBackup(id)
    if (!hasMain && !restored) {
      // Only backups, none of which this version can read: kept, and the id is not given away.
      const newer = this.hasNewerBackup(id)
      this.reserved.set(id, newer ? 'newer-version' : 'unreadable')
      this.notices.push({ kind: newer ? 'newer-version' : 'unreadable', id, fileName: path.basename(this.backupPath(id, 1)) })
      return undefined
    }
    if (hasMain) this.setAside(id, mainPath)
    if (!restored) {
      if (hasMain) this.notices.push({ kind: 'set-aside', id, fileName: path.basename(mainPath) })
      return undefined
    }
    // The backup's own bytes go back: a locked dossier's backup is restored without its key.
    writeFileDurably(mainPath, restored.bytes, { io: this.io })
    this.remember(restored.decoded, stampOf(mainPath))
    this.notices.push({
      kind: 'restored-from-backup',
      id,
      displayName: isLocked(restored.decoded) ? restored.decoded.displayName : displayName(restored.decoded),
      backupSavedAt: restored.decoded.updatedAt,
    })
    return restored.decoded
  }

  /**
   * A protected dossier has no readable copies: an older version could leave one behind when it
   * was interrupted between protecting the file and replacing its backups.
   */
  private removeReadableBackups(id: string): void {
    for (let n = 1; n <= this.backupCount; n++) {
      const file = this.backupPath(id, n)
      if (!exists(file)) continue
      try {
        if (!isLocked(this.decodeFile(file))) fs.rmSync(file, { force: true })
      } catch {
        // A damaged or unreadable backup is left alone; it is never restored over a good file.
      }
    }
  }

  /** A file read: listed (its dossier is parsed again when it is opened, so memory stays small). */
  private remember(decoded: Dossier | LockedMeta, stamp: FileStamp | null): void {
    this.entries.set(decoded.id, isLocked(decoded) ? sealedEntryOf(decoded, stamp) : entryOf(decoded, 'plain', stamp))
    this.scheduleIndex()
  }

  private newestGoodBackup(id: string): { decoded: Dossier | LockedMeta; bytes: Buffer } | undefined {
    for (let n = 1; n <= this.backupCount; n++) {
      const file = this.backupPath(id, n)
      if (!exists(file)) continue
      try {
        const bytes = readFileLimited(file, MAX_RECORD_BYTES)
        const decoded = decodeBytes(bytes, file)
        if (decoded.id === id) return { decoded, bytes }
      } catch {
        continue
      }
    }
    return undefined
  }

  private hasNewerBackup(id: string): boolean {
    for (let n = 1; n <= this.backupCount; n++) {
      try {
        this.decodeFile(this.backupPath(id, n))
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'newer-version') return true
      }
    }
    return false
  }

  private decodeFile(file: string): Dossier | LockedMeta {
    return decodeBytes(readFileLimited(file, MAX_RECORD_BYTES), file)
  }

  private setAside(id: string, file: string): void {
    fs.mkdirSync(this.damagedDir, { recursive: true })
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    fs.renameSync(file, path.join(this.damagedDir, `${id}.${stamp}.json`))
  }

  private mainPath(id: string): string {
    return path.join(this.dir, `${id}.json`)
  }

  private backupPath(id: string, generation: number): string {
    return path.join(this.backupDir, `${id}.${generation}.json`)
  }

  private guardDisk(action: () => void): void {
    try {
      action()
    } catch (error) {
      if (error instanceof ServiceError) throw error
      throw new ServiceError('storage-failed', (error as Error).message)
    }
  }

  private async guardDiskAsync(action: () => Promise<void>): Promise<void> {
    try {
      await action()
    } catch (error) {
      if (error instanceof ServiceError) throw error
      throw new ServiceError('storage-failed', (error as Error).message)
    }
  }
}

/** The main process's one check of a new passphrase (see domain/passphrase). */
export function assertStrongPassphrase(passphrase: string): void {
  const problem = passphraseProblem(passphrase)
  if (problem === 'too-short') throw new ServiceError('weak-passphrase')
  if (problem === 'too-common') throw new ServiceError('common-passphrase')
}

function decodeBytes(bytes: Buffer, file: string): Dossier | LockedMeta {
  let raw: unknown
  try {
    // Strict UTF-8: a flipped byte inside a text is damage, not a silent "�" in someone's answer.
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new ServiceError('invalid-request', `${path.basename(file)} is not valid JSON`)
  }
  return decodeRecord(raw)
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function safeReaddir(folder: string): string[] {
  try {
    return fs.readdirSync(folder)
  } catch {
    return []
  }
}

/** `ABC.json` → `abc.json`, also where the disk ignores case (a direct rename would do nothing there). */
function renameCaseSafely(from: string, to: string): void {
  const between = `${to}.rename-${randomBytes(4).toString('hex')}`
  fs.renameSync(from, between)
  fs.renameSync(between, to)
}

/** What the list shows of a readable dossier (and what the index keeps of it). */
function factsOf(dossier: Dossier): EntryFacts {
  return {
    municipalityCode: dossier.conversation.municipalityCode,
    talkDate: dossier.conversation.talkDate,
    progress: progressOf(dossier),
    desk: deskFactsOf(dossier),
  }
}

function entryOf(dossier: Dossier, kind: Entry['kind'], stamp: FileStamp | null): Entry {
  return {
    kind,
    displayName: displayName(dossier),
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    archived: dossier.desk.archived,
    facts: factsOf(dossier),
    stamp,
  }
}

function sealedEntryOf(meta: LockedMeta, stamp: FileStamp | null): Entry {
  const { displayName, createdAt, updatedAt, archived } = meta
  return { kind: 'sealed', displayName, createdAt, updatedAt, archived, facts: null, stamp }
}

/** A locked dossier shows nothing but its name (and whether it is archived) until the passphrase is given. */
function summaryOfEntry(id: string, entry: Entry, unlocked: boolean): DossierSummary {
  const facts = entry.kind === 'plain' || unlocked ? entry.facts : null
  return {
    id,
    displayName: entry.displayName,
    municipalityCode: facts?.municipalityCode ?? '',
    talkDate: facts?.talkDate ?? '',
    progress: facts?.progress ?? { answered: 0, total: 0 },
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    protection: entry.kind === 'plain' ? 'none' : unlocked ? 'unlocked' : 'locked',
    archived: entry.archived,
    desk: facts?.desk ?? null,
  }
}
