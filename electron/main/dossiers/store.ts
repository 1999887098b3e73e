import { displayName } from '../../../domain/dossier/names'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { passphraseProblem } from '../../../domain/passphrase'
import { DOSSIER_SCHEMA_VERSION, Dossier, DossierPatch, canonicalDossierId, type ForWhom, type SectionName } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import type { DossierSummary, StoreNotice } from '../../contract/summary'
import { decodeRecord, encodeRecord, isLocked, unsealDossier, type DossierKey, type LockedMeta } from './record'
import { deriveKey, newKdf } from '../crypto/envelope'
import { progressOf } from '../../../domain/steps'
import { TEMP_FILE, UnreadableFileError, exists, readFileLimited, writeFileDurably, type WriteIo } from '../storage/durable-file'

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

/**
 * Every dossier of one person's computer, one file each, with backups and repair.
 *
 * Three rules keep it from losing anything:
 * - Memory changes only after the disk write returned: a failed write leaves both as they were.
 * - A file it cannot read (damaged beyond repair, written by a newer version, a link, too large)
 *   keeps its id reserved: nothing is ever written over it.
 * - After every `await` (a key derivation takes half a second) the state is checked again: a
 *   dossier deleted, locked or replaced in between is not brought back.
 */
export class DossierStore {
  readonly dir: string
  private readonly backupDir: string
  private readonly damagedDir: string
  private readonly now: () => Date
  private readonly backupCount: number
  private readonly backupRotateMs: number
  private readonly io: WriteIo | undefined
  private readonly dossiers = new Map<string, Dossier>()
  /** Locked dossiers whose passphrase has not been given (yet, or again since locking). */
  private readonly locked = new Map<string, LockedMeta>()
  /** Keys of the locked dossiers that are open now; forgotten by `lockAll`. */
  private readonly keys = new Map<string, DossierKey>()
  private readonly reserved = new Map<string, Reserved>()
  private readonly notices: StoreNotice[] = []
  /** Raised by every `lockAll` and `deleteAll`: work that started before must not undo them. */
  private lockEpoch = 0

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
   * Opens the folder, loading every dossier and repairing what it can; see `noticesFromOpening()`.
   * A file that cannot be read or repaired becomes a notice, never a reason not to start; only a
   * folder that cannot be listed at all throws.
   */
  static open(options: DossierStoreOptions): DossierStore {
    const store = new DossierStore(options)
    store.loadAll()
    return store
  }

  list(): DossierSummary[] {
    const open = [...this.dossiers.values()].map((dossier) => summaryOf(dossier, this.keys.has(dossier.id)))
    const closed = [...this.locked.values()].map((meta) => lockedSummaryOf(meta))
    return [...open, ...closed].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  /** What was repaired or set aside when the store was opened, until the person has read it. */
  noticesFromOpening(): StoreNotice[] {
    return [...this.notices]
  }

  dismissNotices(): void {
    this.notices.length = 0
  }

  create(input: { forWhom?: ForWhom | undefined; firstName?: string | undefined } = {}): Dossier {
    const stamp = this.now().toISOString()
    const dossier = Dossier.parse({
      schemaVersion: DOSSIER_SCHEMA_VERSION,
      id: randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      subject: { forWhom: input.forWhom ?? null, firstName: input.firstName ?? '' },
    })
    this.write(dossier, undefined)
    return dossier
  }

  read(id: string): Dossier {
    const dossier = this.dossiers.get(id)
    if (dossier) return dossier
    if (this.locked.has(id)) throw new ServiceError('locked', `dossier ${id} is locked`)
    throw new ServiceError('not-found', `no dossier ${id}`)
  }

  /** Opens a locked dossier with its passphrase; the key stays in memory until `lockAll`. */
  async unlock(id: string, passphrase: string): Promise<Dossier> {
    const open = this.dossiers.get(id)
    if (open) return open
    const meta = this.locked.get(id)
    if (!meta) throw new ServiceError('not-found', `no dossier ${id}`)
    const epoch = this.lockEpoch
    const key = await deriveKey(passphrase, meta.sealed.kdf)
    if (this.locked.get(id) !== meta || this.lockEpoch !== epoch) {
      key.fill(0)
      // Opened by a call that finished first: that is what the person wanted.
      const openedMeanwhile = this.dossiers.get(id)
      if (openedMeanwhile && this.lockEpoch === epoch) return openedMeanwhile
      // Deleted, replaced or locked again while the key was being derived: nothing comes back.
      throw new ServiceError(this.locked.has(id) ? 'locked' : 'not-found', `dossier ${id} changed while unlocking`)
    }
    let dossier: Dossier
    try {
      dossier = unsealDossier(meta, key)
    } catch (error) {
      key.fill(0)
      throw error
    }
    this.keys.set(id, { key, kdf: meta.sealed.kdf })
    this.locked.delete(id)
    this.dossiers.set(id, dossier)
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
    // Whatever was saved while the key was derived is what gets protected; a deleted dossier stays deleted.
    const current = this.dossiers.get(id)
    if (!current) {
      key.fill(0)
      throw new ServiceError(this.locked.has(id) ? 'locked' : 'not-found', `dossier ${id} changed while protecting it`)
    }
    const lock = { key, kdf }
    try {
      this.write(current, lock, 'restart')
    } catch (error) {
      key.fill(0)
      throw error
    }
    this.forgetKey(id)
    this.keys.set(id, lock)
    this.removeDamagedCopies(id)
    // Locked while the key was derived (idle time, the screen): it locks now, protected.
    if (this.lockEpoch !== epoch) this.lockOne(id)
  }

  /** Takes the passphrase off an open dossier: it is stored readable again. */
  removePassphrase(id: string): void {
    const dossier = this.read(id)
    // Nothing to take off: its history of backups stays as it is.
    if (!this.keys.has(id)) return
    this.write(dossier, undefined, 'restart')
    this.forgetKey(id)
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
    const lock = this.keys.get(id)
    const dossier = this.dossiers.get(id)
    let locked = false
    if (lock && dossier) {
      // The same record the last write put on disk, sealed again in memory: no disk needed to lock.
      const record = encodeRecord(dossier, lock)
      if (record.encryption === 'passphrase') {
        const { displayName, createdAt, updatedAt, sealed } = record
        this.locked.set(id, { id, sealedAs: id, displayName, createdAt, updatedAt, sealed })
        this.dossiers.delete(id)
        locked = true
      }
    }
    this.forgetKey(id)
    return locked
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
    if (this.lockEpoch === generation || this.dossiers.has(id)) return
    throw new ServiceError(this.locked.has(id) ? 'locked' : 'not-found', `dossier ${id} locked while this was under way`)
  }

  isProtected(id: string): boolean {
    return this.keys.has(id) || this.locked.has(id)
  }

  update(id: string, patch: DossierPatch): Dossier {
    const current = this.read(id)
    const parsed = DossierPatch.parse(patch)
    const next: Record<string, unknown> = { ...current, updatedAt: this.now().toISOString() }
    for (const [section, fields] of Object.entries(parsed)) {
      next[section] = { ...current[section as SectionName], ...fields }
    }
    const result = Dossier.safeParse(next)
    if (!result.success) throw new ServiceError('invalid-request', result.error.message)
    this.write(result.data, this.keys.get(id))
    return result.data
  }

  /** Deletes a dossier, locked or not: removing one's own data needs no passphrase. */
  delete(id: string): void {
    if (!this.dossiers.has(id) && !this.locked.has(id)) throw new ServiceError('not-found', `no dossier ${id}`)
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
    this.dossiers.delete(id)
    this.locked.delete(id)
    this.forgetKey(id)
  }

  duplicate(id: string): Dossier {
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
    try {
      this.write(copy, lock)
    } catch (error) {
      lock?.key.fill(0)
      throw error
    }
    if (lock) this.keys.set(copy.id, lock)
    return copy
  }

  /** Open, locked, there but unreadable (never to be written over), or unknown. */
  stateOf(id: string): DossierState {
    if (this.dossiers.has(id)) return 'open'
    if (this.locked.has(id)) return 'locked'
    if (this.reserved.has(id)) return 'unreadable'
    return null
  }

  /**
   * Stores a dossier from elsewhere (an import) under its own id, replacing an open one with the
   * same id, protected with `lock` when given. Older copies of a replaced dossier go, so no
   * readable backup of it stays behind a protected one. A locked or unreadable dossier is never
   * replaced: only its passphrase, or a newer app, can say what it holds.
   */
  put(dossier: Dossier, lock?: DossierKey): void {
    const state = this.stateOf(dossier.id)
    if (state === 'locked') throw new ServiceError('locked', `dossier ${dossier.id} is locked`)
    if (state === 'unreadable') throw new ServiceError('storage-failed', `dossier ${dossier.id} cannot be read and is kept`)
    this.write(dossier, lock, 'restart')
    this.forgetKey(dossier.id)
    if (lock) this.keys.set(dossier.id, lock)
    if (state === 'open') this.removeDamagedCopies(dossier.id)
  }

  has(id: string): boolean {
    return this.stateOf(id) !== null
  }

  /** Removes every dossier, backup and damaged copy: the folder is as on the first day. */
  deleteAll(): void {
    this.lockEpoch++
    try {
      this.guardDisk(() => {
        for (const entry of fs.readdirSync(this.dir)) fs.rmSync(path.join(this.dir, entry), { recursive: true, force: true })
      })
    } finally {
      // What is left on disk (when removing failed halfway) is what the list shows from now on.
      this.dossiers.clear()
      this.locked.clear()
      for (const id of [...this.keys.keys()]) this.forgetKey(id)
      this.reserved.clear()
      this.notices.length = 0
      this.loadAll()
      this.notices.length = 0
    }
  }

  /**
   * Writes a dossier's file and, only once that is on disk, changes memory and backups.
   * 'keep': the state before becomes backup 1 (older ones rotate). 'restart': the dossier's
   * history begins anew (a passphrase set or taken off, an import replacing what was there): the
   * old backups go, after the new file is safely written, so a full disk leaves both the file and
   * its history as they were. (A crash in between leaves readable backups beside a protected
   * file for a moment: the next start removes them, see removeReadableBackups.)
   */
  private write(dossier: Dossier, lock: DossierKey | undefined, history: 'keep' | 'restart' = 'keep'): void {
    const id = dossier.id
    const record = Buffer.from(JSON.stringify(encodeRecord(dossier, lock), null, '\t'), 'utf8')
    let previous: Buffer | undefined
    this.guardDisk(() => {
      if (history === 'keep') previous = this.currentBytes(id)
      writeFileDurably(this.mainPath(id), record, { io: this.io })
    })
    this.dossiers.set(id, dossier)
    if (history === 'restart') this.removeBackups(id)
    // The dossier itself is safe on disk now. A backup that cannot be written (the disk filled up
    // just now) leaves the previous backups as they were; the next save tries again.
    try {
      if (history === 'restart') this.writeBackup(id, record, false)
      else if (previous) this.writeBackup(id, previous, true)
    } catch (error) {
      console.warn(`[aan-tafel] backup of ${id} not written: ${(error as Error).message}`)
    }
  }

  /** The dossier's file as it is now, if it is a plain file; never through a link. */
  private currentBytes(id: string): Buffer | undefined {
    try {
      return readFileLimited(this.mainPath(id), MAX_RECORD_BYTES)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof UnreadableFileError) return undefined
      throw error
    }
  }

  private writeBackup(id: string, bytes: Buffer, rotate: boolean): void {
    fs.mkdirSync(this.backupDir, { recursive: true })
    const newest = this.backupPath(id, 1)
    if (rotate && this.backupCount > 1 && this.isOlderThanRotation(newest)) {
      for (let n = this.backupCount - 1; n >= 1; n--) {
        if (exists(this.backupPath(id, n))) fs.renameSync(this.backupPath(id, n), this.backupPath(id, n + 1))
      }
    }
    writeFileDurably(newest, bytes, { io: this.io })
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
        this.loadOne(id)
      } catch (error) {
        // One file's trouble (a read-only folder, a disk error) is told, and the rest still opens.
        this.reserved.set(id, 'unreadable')
        this.notices.push({ kind: 'unreadable', id, fileName: `${id}.json` })
        console.warn(`[aan-tafel] ${id} could not be loaded: ${(error as Error).message}`)
      }
    }
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

  private loadOne(id: string): void {
    const mainPath = this.mainPath(id)
    const hasMain = exists(mainPath)
    if (hasMain) {
      try {
        const decoded = this.decodeFile(mainPath)
        this.remember(decoded)
        if (isLocked(decoded)) this.removeReadableBackups(id)
        return
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'newer-version') {
          this.reserved.set(id, 'newer-version')
          this.notices.push({ kind: 'newer-version', id, fileName: path.basename(mainPath) })
          return
        }
        // Only a file that is not JSON, or not a dossier, is damaged. A file that could not be read
        // at all (permissions, a link, a folder in its place, far too large) is left where it is.
        if (!(error instanceof ServiceError && error.code === 'invalid-request')) {
          this.reserved.set(id, 'unreadable')
          this.notices.push({ kind: 'unreadable', id, fileName: path.basename(mainPath) })
          return
        }
      }
    }
    const restored = this.newestGoodBackup(id)
    if (!hasMain && !restored) {
      // Only backups, none of which this version can read: kept, and the id is not given away.
      const newer = this.hasNewerBackup(id)
      this.reserved.set(id, newer ? 'newer-version' : 'unreadable')
      this.notices.push({ kind: newer ? 'newer-version' : 'unreadable', id, fileName: path.basename(this.backupPath(id, 1)) })
      return
    }
    if (hasMain) this.setAside(id, mainPath)
    if (!restored) {
      if (hasMain) this.notices.push({ kind: 'set-aside', id, fileName: path.basename(mainPath) })
      return
    }
    // The backup's own bytes go back: a locked dossier's backup is restored without its key.
    writeFileDurably(mainPath, restored.bytes, { io: this.io })
    this.remember(restored.decoded)
    this.notices.push({
      kind: 'restored-from-backup',
      id,
      displayName: isLocked(restored.decoded) ? restored.decoded.displayName : displayName(restored.decoded),
      backupSavedAt: restored.decoded.updatedAt,
    })
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

  private remember(decoded: Dossier | LockedMeta): void {
    if (isLocked(decoded)) this.locked.set(decoded.id, decoded)
    else this.dossiers.set(decoded.id, decoded)
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

export function summaryOf(dossier: Dossier, isProtected = false): DossierSummary {
  return {
    id: dossier.id,
    displayName: displayName(dossier),
    municipalityCode: dossier.conversation.municipalityCode,
    talkDate: dossier.conversation.talkDate,
    progress: progressOf(dossier),
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    protection: isProtected ? 'unlocked' : 'none',
  }
}

/** A locked dossier shows nothing but its name until the passphrase is given. */
function lockedSummaryOf(meta: LockedMeta): DossierSummary {
  return {
    id: meta.id,
    displayName: meta.displayName,
    municipalityCode: '',
    talkDate: '',
    progress: { answered: 0, total: 0 },
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    protection: 'locked',
  }
}
