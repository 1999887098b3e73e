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
import { decodeRecord, displayNameOf, encodeRecord } from './record'
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
    return [...this.dossiers.values()]
      .map((dossier) => summaryOf(dossier))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
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
    if (!dossier) throw new ServiceError('not-found', `no dossier ${id}`)
    return dossier
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

  delete(id: string): void {
    this.read(id)
    this.dossiers.delete(id)
    this.files.delete(id)
    this.guardDisk(() => {
      fs.rmSync(this.mainPath(id), { force: true })
      for (let n = 1; n <= this.backupCount; n++) fs.rmSync(this.backupPath(id, n), { force: true })
      // Damaged copies set aside earlier hold the same person's details: they go too.
      if (fs.existsSync(this.damagedDir)) {
        for (const name of fs.readdirSync(this.damagedDir)) {
          if (name.startsWith(`${id}.`)) fs.rmSync(path.join(this.damagedDir, name), { force: true })
        }
      }
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
    this.write(copy)
    return copy
  }

  private write(dossier: Dossier): void {
    this.guardDisk(() => {
      this.keepBackupOf(dossier.id)
      this.confFor(dossier.id).store = encodeRecord(dossier)
    })
    this.dossiers.set(dossier.id, dossier)
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

  private loadOne(id: string): void {
    const mainPath = this.mainPath(id)
    const hasMain = fs.existsSync(mainPath)
    if (hasMain) {
      try {
        this.dossiers.set(id, this.decodeFile(mainPath))
        return
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'newer-version') {
          this.notices.push({ kind: 'newer-version', id, fileName: path.basename(mainPath) })
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
    const { dossier, savedAt } = restored
    this.confFor(id).store = encodeRecord(dossier)
    this.dossiers.set(id, dossier)
    this.notices.push({
      kind: 'restored-from-backup',
      id,
      displayName: displayNameOf(dossier),
      backupSavedAt: savedAt,
    })
  }

  private newestGoodBackup(id: string): { dossier: Dossier; savedAt: string } | undefined {
    for (let n = 1; n <= this.backupCount; n++) {
      const file = this.backupPath(id, n)
      if (!fs.existsSync(file)) continue
      try {
        const dossier = this.decodeFile(file)
        return { dossier, savedAt: dossier.updatedAt }
      } catch {
        continue
      }
    }
    return undefined
  }

  private decodeFile(file: string): Dossier {
    const text = fs.readFileSync(file, 'utf8')
    let raw: unknown
    try {
      raw = JSON.parse(text)
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

export function summaryOf(dossier: Dossier): DossierSummary {
  return {
    id: dossier.id,
    displayName: displayNameOf(dossier),
    municipalityCode: dossier.conversation.municipalityCode,
    talkDate: dossier.conversation.talkDate,
    progress: progressOf(dossier),
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
  }
}
