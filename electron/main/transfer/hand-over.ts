import { displayName } from '../../../domain/dossier/names'
import { randomBytes } from 'node:crypto'
import { randomUUID } from 'node:crypto'
import type { FileSaved, ImportResult } from '../../contract/calls'
import { Dossier } from '../../../domain/dossier/schema'
import { deriveKey, newKdf } from '../crypto/envelope'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { assertStrongPassphrase, type DossierStore } from '../dossiers/store'
import { type DossierKey } from '../dossiers/record'
import { safeFileName, saveToChosenFile, type PlanPorts } from '../pdf/export'
import { UnreadableFileError, readFileLimited } from '../storage/durable-file'
import { ImportError, MAX_IMPORT_BYTES, decodeImport, encodeExport } from './transfer-file'
import { OpenedFiles } from './opened-files'

/** Writes one dossier to a hand-over file the person chooses, protected by a passphrase if given. */
export async function exportDossier(store: DossierStore, id: string, passphrase: string | undefined, ports: PlanPorts, now = new Date()): Promise<FileSaved> {
  const dossier = store.read(id)
  // Locked while the save dialog was open: nothing readable is written after that.
  const generation = store.generation
  const guard = () => store.assertStillOpen(id, generation)
  if (passphrase !== undefined) assertStrongPassphrase(passphrase)
  let lock: { key: Buffer; kdf: ReturnType<typeof newKdf> } | undefined
  if (passphrase !== undefined) {
    const kdf = newKdf()
    lock = { kdf, key: await deriveKey(passphrase, kdf) }
  }
  let text: string
  try {
    text = encodeExport(dossier, { now, ...lock })
  } finally {
    lock?.key.fill(0)
  }
  const file = await saveToChosenFile(ports, safeFileName(['Aan Tafel', displayName(dossier), dateInNetherlands(now)], 'aantafel'), 'aantafel', text, guard)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/**
 * Reading a hand-over file, in as many rounds as the person needs: choose the file; give its
 * passphrase (again, when wrong); choose between keeping both or replacing when the dossier is
 * already here. Between rounds the file waits in memory under a random token, for a while; once
 * opened, the passphrase itself is not kept, only a new key derived from it for the stored copy.
 */
export class Importer {
  private readonly pending = new Map<string, Pending>()

  constructor(
    private readonly store: DossierStore,
    private readonly ports: PlanPorts,
    private readonly now: () => number = Date.now,
    /** Files the operating system asked the app to open; `opened: true` takes the next one. */
    private readonly opened: OpenedFiles = new OpenedFiles(),
  ) {}

  async run(request: {
    token?: string | undefined
    passphrase?: string | undefined
    onConflict?: 'keepBoth' | 'replace' | undefined
    cancel?: boolean | undefined
    opened?: boolean | undefined
  }): Promise<ImportResult> {
    this.forgetExpired()
    if (request.token !== undefined) {
      const entry = this.pending.get(request.token)
      if (request.cancel) {
        this.forget(request.token)
        return { status: 'cancelled' }
      }
      // A question answered after the file was forgotten must not be applied to another file.
      if (!entry) return { status: 'problem', problem: 'expired' }
      return this.continueWith(request.token, entry, request)
    }
    // A double-clicked file was checked when it was queued; reading it below checks it again.
    const chosen = request.opened ? this.opened.take() : await this.ports.chooseOpenPath('aantafel')
    if (!chosen) return { status: 'cancelled' }
    const bytes = readHandOverFile(chosen)
    if (typeof bytes === 'string') return { status: 'problem', problem: bytes }
    const token = randomBytes(16).toString('hex')
    const entry: Pending = { bytes, expires: this.now() + 15 * 60_000 }
    this.pending.set(token, entry)
    return this.continueWith(token, entry, request)
  }

  /** Forgets every file waiting for an answer (when dossiers lock, or everything is deleted). */
  forgetAll(): void {
    for (const token of [...this.pending.keys()]) this.forget(token)
  }

  private async continueWith(
    token: string,
    entry: Pending,
    request: { passphrase?: string | undefined; onConflict?: 'keepBoth' | 'replace' | undefined },
  ): Promise<ImportResult> {
    // Everything locked, or was deleted, while a key was derived: the file is forgotten, not stored.
    const generation = this.store.generation
    const stillWanted = () => this.pending.get(token) === entry && this.store.generation === generation
    if (!entry.dossier) {
      try {
        const decoded = await decodeImport(entry.bytes, { passphrase: request.passphrase })
        if (!stillWanted()) return this.abandon(token)
        entry.dossier = decoded
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        if (error.problem === 'needs-passphrase' || error.problem === 'wrong-passphrase') {
          return { status: 'needs-passphrase', token, wrong: error.problem === 'wrong-passphrase' }
        }
        this.forget(token)
        return { status: 'problem', problem: error.problem }
      }
      // A file that came protected stays protected here, with the same passphrase and a new salt.
      if (request.passphrase !== undefined) {
        const kdf = newKdf()
        const key = await deriveKey(request.passphrase, kdf)
        if (!stillWanted()) {
          key.fill(0)
          return this.abandon(token)
        }
        entry.lock?.key.fill(0)
        entry.lock = { kdf, key }
      }
    }
    let dossier = entry.dossier
    // Ids are compared in their canonical form (lower case), as the disk of Windows and macOS does.
    const existing = this.store.stateOf(dossier.id)
    if (existing !== null) {
      if (!request.onConflict) {
        const summary = this.store.list().find((item) => item.id === dossier.id)
        return { status: 'exists', token, existingName: summary?.displayName ?? '', existing }
      }
      // Replacing a locked dossier would remove what only its passphrase can open; an unreadable
      // one, what only a newer app (or a person with the file) can still recover.
      if (request.onConflict === 'replace' && existing === 'locked') return { status: 'problem', problem: 'replace-locked' }
      if (request.onConflict === 'replace' && existing === 'unreadable') return { status: 'problem', problem: 'replace-unreadable' }
      if (request.onConflict === 'keepBoth') dossier = Dossier.parse({ ...dossier, id: randomUUID() })
    }
    // A failed write throws here and the file stays waiting: the person can try again.
    await this.store.put(dossier, entry.lock)
    this.pending.delete(token)
    return { status: 'imported', id: dossier.id, displayName: displayName(dossier), protected: entry.lock !== undefined }
  }

  private abandon(token: string): ImportResult {
    this.forget(token)
    return { status: 'problem', problem: 'expired' }
  }

  private forget(token: string): void {
    this.pending.get(token)?.lock?.key.fill(0)
    this.pending.delete(token)
  }

  private forgetExpired(): void {
    for (const [token, entry] of this.pending) if (entry.expires < this.now()) this.forget(token)
  }
}

interface Pending {
  bytes: Uint8Array
  expires: number
  dossier?: Dossier
  lock?: DossierKey
}

/**
 * The file's bytes, unless it is not a plain file (a pipe would block the app, a link to a device
 * would fill its memory) or too large to be a hand-over file; checked before reading it.
 */
function readHandOverFile(file: string): Uint8Array | 'too-large' | 'unreadable' {
  try {
    return readFileLimited(file, MAX_IMPORT_BYTES, { followLinks: true })
  } catch (error) {
    return error instanceof UnreadableFileError && error.reason === 'too-large' ? 'too-large' : 'unreadable'
  }
}
