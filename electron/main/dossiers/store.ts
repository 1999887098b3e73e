import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { writeFileSync as writeFileAtomic } from 'atomically'
import {
  DOSSIER_SCHEMA_VERSION,
  Dossier,
  DossierPatch,
  type ForWhom,
  type SectionName,
} from '../../contract/dossier'
import { ServiceError } from '../../contract/errors'
import type { DossierSummary, StoreNotice } from '../../contract/summary'
import { decodeRecord, displayNameOf, encodeRecord, isLocked, unsealDossier, type DossierKey, type LockedMeta } from './record'
import { deriveKey, newKdf } from '../crypto/envelope'
import { progressOf } from './progress'
import { openConfFile, type JsonFile, type OpenJsonFile } from '../storage/json-file'

export interface DossierStoreOptions {
  /** The folder that holds the dossier files; created when missing. */
  dir: string
  openFile?: OpenJsonFile
  now?: () => Date
  /** How many earlier versions of each dossier to keep. */
  backupCount?: number
  /**
   * The newest backup is overwritten on every save (it is always the state before the last save);
   * older generations move up at most this often, so they reach further back in time.
   */
  backupRotateMs?: number
}

/** Short passphrases are guessed quickly, however slow the key derivation. */
export const MIN_PASSPHRASE = 8

const ID_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/
const BACKUP_FILE = /^([A-Za-z0-9_-]{1,64})\.(\d+)\.json$/

export class DossierStore {
  readonly dir: string
  private readonly backupDir: string
  private readonly damagedDir: string
  private readonly openFile: OpenJsonFile
  private readonly now: () => Date
  private readonly backupCount: number
  private readonly backupRotateMs: number
  private readonly dossiers = new Map<string, Dossier>()
  /** Locked dossiers whose passphrase has not been given (yet, or again since locking). */
  private readonly locked = new Map<string, LockedMeta>()
  /** Keys of the locked dossiers that are open now; forgotten by `lockAll`. */
  private readonly keys = new Map<string, DossierKey>()
  private readonly files = new Map<string, JsonFile<Record<string, unknown>>>()
  private readonly notices: StoreNotice[] = []

  private constructor(options: DossierStoreOptions) {
    this.dir = options.dir
    this.backupDir = path.join(options.dir, 'backups')
    this.damagedDir = path.join(options.dir, 'damaged')
    this.openFile = options.openFile ?? openConfFile
    this.now = options.now ?? (() => new Date())
    this.backupCount = options.backupCount ?? 3
    this.backupRotateMs = options.backupRotateMs ?? 10 * 60 * 1000
  }

  /** Opens the folder, loading every dossier and repairing what it can; see `notices()`. */
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

  create(input: { forWhom?: ForWhom; firstName?: string } = {}): Dossier {
    const stamp = this.now().toISOString()
    const dossier = Dossier.parse({
      schemaVersion: DOSSIER_SCHEMA_VERSION,
      id: randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      subject: { forWhom: input.forWhom ?? null, firstName: input.firstName ?? '' },
    })
    this.write(dossier)
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
    const key = await deriveKey(passphrase, meta.sealed.kdf)
    const dossier = unsealDossier(meta, key)
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
    const dossier = this.read(id)
    if (passphrase.trim().length < MIN_PASSPHRASE) throw new ServiceError('weak-passphrase')
    const kdf = newKdf()
    const key = await deriveKey(passphrase, kdf)
    this.keys.set(id, { key, kdf })
    this.write(dossier)
    this.scrubBackups(id)
    this.removeDamagedCopies(id)
  }

  /** Takes the passphrase off an open dossier: it is stored readable again. */
  removePassphrase(id: string): void {
    const dossier = this.read(id)
    this.forgetKey(id)
    this.write(dossier)
    this.scrubBackups(id)
  }

  /** Locks every dossier that has a passphrase, forgetting its key and its contents. */
  lockAll(): number {
    let count = 0
    for (const [id, lock] of this.keys) {
      const dossier = this.dossiers.get(id)
      if (!dossier) continue
      const record = encodeRecord(dossier, lock)
      if (record.encryption !== 'passphrase') continue
      this.locked.set(id, { id, displayName: record.displayName, createdAt: record.createdAt, updatedAt: record.updatedAt, sealed: record.sealed })
      this.dossiers.delete(id)
      count++
    }
    for (const id of [...this.keys.keys()]) this.forgetKey(id)
    return count
  }

  /** Drops a key and overwrites its bytes: a key is never shared between dossiers (see duplicate). */
  private forgetKey(id: string): void {
    this.keys.get(id)?.key.fill(0)
    this.keys.delete(id)
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
    this.write(result.data)
    return result.data
  }

  /** Deletes a dossier, locked or not: removing one's own data needs no passphrase. */
  delete(id: string): void {
    if (!this.has(id)) throw new ServiceError('not-found', `no dossier ${id}`)
    this.dossiers.delete(id)
    this.locked.delete(id)
    this.forgetKey(id)
    this.files.delete(id)
    this.guardDisk(() => {
      // Copies first, the dossier's own file last: a crash halfway must not bring it back from a
      // backup at the next start. Damaged copies and left-over temporary files hold the same
      // person's details: they go too.
      for (let n = 1; n <= this.backupCount; n++) fs.rmSync(this.backupPath(id, n), { force: true })
      for (const folder of [this.damagedDir, this.backupDir, this.dir]) {
        if (!fs.existsSync(folder)) continue
        for (const name of fs.readdirSync(folder)) {
          if (name.startsWith(`${id}.`) && name !== `${id}.json`) fs.rmSync(path.join(folder, name), { force: true })
        }
      }
      fs.rmSync(this.mainPath(id), { force: true })
    })
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
    // A copy of a protected dossier is protected by the same passphrase.
    const lock = this.keys.get(id)
    if (lock) this.keys.set(copy.id, { kdf: lock.kdf, key: Buffer.from(lock.key) })
    this.write(copy)
    return copy
  }

  /**
   * Stores a dossier from elsewhere (an import) under its own id, replacing one with the same id,
   * protected with `lock` when given. Older copies of a replaced dossier go, so no readable
   * backup of it stays behind a protected one.
   */
  put(dossier: Dossier, lock?: DossierKey): void {
    this.locked.delete(dossier.id)
    this.forgetKey(dossier.id)
    if (lock) this.keys.set(dossier.id, lock)
    this.write(dossier)
    this.scrubBackups(dossier.id)
    this.removeDamagedCopies(dossier.id)
  }

  isLocked(id: string): boolean {
    return this.locked.has(id)
  }

  has(id: string): boolean {
    return this.dossiers.has(id) || this.locked.has(id)
  }

  /** Removes every dossier, backup and damaged copy: the folder is as on the first day. */
  deleteAll(): void {
    this.guardDisk(() => {
      for (const entry of fs.readdirSync(this.dir)) fs.rmSync(path.join(this.dir, entry), { recursive: true, force: true })
    })
    this.dossiers.clear()
    this.locked.clear()
    for (const id of [...this.keys.keys()]) this.forgetKey(id)
    this.files.clear()
    this.notices.length = 0
  }

  private write(dossier: Dossier): void {
    this.guardDisk(() => {
      this.keepBackupOf(dossier.id)
      this.confFor(dossier.id).store = encodeRecord(dossier, this.keys.get(dossier.id))
    })
    this.dossiers.set(dossier.id, dossier)
  }

  /** Copies set aside as damaged hold the dossier as it was: readable, once a passphrase is set. */
  private removeDamagedCopies(id: string): void {
    this.guardDisk(() => {
      if (!fs.existsSync(this.damagedDir)) return
      for (const name of fs.readdirSync(this.damagedDir)) {
        if (name.startsWith(`${id}.`)) fs.rmSync(path.join(this.damagedDir, name), { force: true })
      }
    })
  }

  /**
   * After protection is switched on or off, older backups still hold the dossier the old way
   * (readable, after a passphrase was set): they are replaced by the current file.
   */
  private scrubBackups(id: string): void {
    this.guardDisk(() => {
      for (let n = 1; n <= this.backupCount; n++) fs.rmSync(this.backupPath(id, n), { force: true })
      fs.mkdirSync(this.backupDir, { recursive: true })
      writeFileAtomic(this.backupPath(id, 1), fs.readFileSync(this.mainPath(id)), { mode: 0o600 })
    })
  }

  /** Copies the file as it is now (always a good state: only `write` puts it there) to backup 1. */
  private keepBackupOf(id: string): void {
    let current: Buffer
    try {
      current = fs.readFileSync(this.mainPath(id))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    fs.mkdirSync(this.backupDir, { recursive: true })
    const newest = this.backupPath(id, 1)
    if (this.backupCount > 1 && this.isOlderThanRotation(newest)) {
      for (let n = this.backupCount - 1; n >= 1; n--) {
        if (fs.existsSync(this.backupPath(id, n))) {
          fs.renameSync(this.backupPath(id, n), this.backupPath(id, n + 1))
        }
      }
    }
    writeFileAtomic(newest, current, { mode: 0o600 })
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
    const ids = new Set<string>()
    for (const name of fs.readdirSync(this.dir)) {
      const match = ID_FILE.exec(name)
      if (match?.[1]) ids.add(match[1])
    }
    // A backup without its dossier (the file was removed by hand, or lost) is restored, not ignored.
    if (fs.existsSync(this.backupDir)) {
      for (const name of fs.readdirSync(this.backupDir)) {
        const match = BACKUP_FILE.exec(name)
        if (match?.[1]) ids.add(match[1])
      }
    }
    for (const id of ids) this.loadOne(id)
  }

  /**
   * A write interrupted by a crash leaves its temporary file (`<name>.tmp-<stamp>`) behind; the
   * real file is still the previous good one. The leftovers hold a person's details, so they go.
   */
  private removeInterruptedWrites(): void {
    for (const folder of [this.dir, this.backupDir]) {
      if (!fs.existsSync(folder)) continue
      for (const name of fs.readdirSync(folder)) {
        if (/\.tmp-\d{10}[a-f0-9]{6}$/.test(name)) fs.rmSync(path.join(folder, name), { force: true })
      }
    }
  }

  private loadOne(id: string): void {
    const mainPath = this.mainPath(id)
    const hasMain = fs.existsSync(mainPath)
    if (hasMain) {
      try {
        this.remember(this.decodeFile(mainPath))
        return
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'newer-version') {
          this.notices.push({ kind: 'newer-version', id, fileName: path.basename(mainPath) })
          return
        }
        // Only a file that is not JSON, or not a dossier, is damaged. A file that could not be read
        // at all (permissions, a folder in its place) is left exactly where it is.
        if (!(error instanceof ServiceError && error.code === 'invalid-request')) {
          this.notices.push({ kind: 'unreadable', id, fileName: path.basename(mainPath) })
          return
        }
      }
    }
    const restored = this.newestGoodBackup(id)
    if (hasMain) this.setAside(id, mainPath)
    if (!restored) {
      if (hasMain) this.notices.push({ kind: 'set-aside', id, fileName: path.basename(mainPath) })
      return
    }
    // The backup's own bytes go back: a locked dossier's backup is restored without its key.
    writeFileAtomic(mainPath, fs.readFileSync(restored.file), { mode: 0o600 })
    this.remember(restored.decoded)
    this.notices.push({
      kind: 'restored-from-backup',
      id,
      displayName: isLocked(restored.decoded) ? restored.decoded.displayName : displayNameOf(restored.decoded),
      backupSavedAt: restored.decoded.updatedAt,
    })
  }

  private remember(decoded: Dossier | LockedMeta): void {
    if (isLocked(decoded)) this.locked.set(decoded.id, decoded)
    else this.dossiers.set(decoded.id, decoded)
  }

  private newestGoodBackup(id: string): { decoded: Dossier | LockedMeta; file: string } | undefined {
    for (let n = 1; n <= this.backupCount; n++) {
      const file = this.backupPath(id, n)
      if (!fs.existsSync(file)) continue
      try {
        const decoded = this.decodeFile(file)
        if (decoded.id === id) return { decoded, file }
      } catch {
        continue
      }
    }
    return undefined
  }

  private decodeFile(file: string): Dossier | LockedMeta {
    const bytes = fs.readFileSync(file)
    let raw: unknown
    try {
      // Strict UTF-8: a flipped byte inside a text is damage, not a silent "�" in someone's answer.
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch {
      throw new ServiceError('invalid-request', `${path.basename(file)} is not valid JSON`)
    }
    return decodeRecord(raw)
  }

  private setAside(id: string, file: string): void {
    fs.mkdirSync(this.damagedDir, { recursive: true })
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    fs.renameSync(file, path.join(this.damagedDir, `${id}.${stamp}.json`))
  }

  private confFor(id: string): JsonFile<Record<string, unknown>> {
    let file = this.files.get(id)
    if (!file) {
      file = this.openFile({ dir: this.dir, name: id })
      this.files.set(id, file)
    }
    return file
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

export function summaryOf(dossier: Dossier, isProtected = false): DossierSummary {
  return {
    id: dossier.id,
    displayName: displayNameOf(dossier),
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
