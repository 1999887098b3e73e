import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import type { FileSaved, ImportResult } from '../../contract/calls'
import { Dossier } from '../../contract/dossier'
import { deriveKey, newKdf } from '../crypto/envelope'
import { MIN_PASSPHRASE, type DossierStore } from '../dossiers/store'
import { ServiceError } from '../../contract/errors'
import { displayNameOf } from '../dossiers/record'
import { safeFileName, saveToChosenFile, type PlanPorts } from '../pdf/export'
import { ImportError, MAX_IMPORT_BYTES, decodeImport, encodeExport } from './transfer-file'

/** Writes one dossier to a hand-over file the person chooses, protected by a passphrase if given. */
export async function exportDossier(store: DossierStore, id: string, passphrase: string | undefined, ports: PlanPorts, now = new Date()): Promise<FileSaved> {
  const dossier = store.read(id)
  if (passphrase !== undefined && passphrase.trim().length < MIN_PASSPHRASE) throw new ServiceError('weak-passphrase')
  let lock: { key: Buffer; kdf: ReturnType<typeof newKdf> } | undefined
  if (passphrase !== undefined) {
    const kdf = newKdf()
    lock = { kdf, key: await deriveKey(passphrase, kdf) }
  }
  const text = encodeExport(dossier, { now, ...lock })
  const file = await saveToChosenFile(ports, safeFileName(['Aan Tafel', displayNameOf(dossier), now.toISOString().slice(0, 10)], 'aantafel'), 'aantafel', text)
  return file ? { saved: true, fileName: file } : { saved: false }
}

/**
 * Reading a hand-over file, in as many rounds as the person needs: choose the file; give its
 * passphrase (again, when wrong); choose between keeping both or replacing when the dossier is
 * already here. Between rounds the file's bytes wait in memory under a random token, for a while.
 */
export class Importer {
  private readonly pending = new Map<string, { bytes: Uint8Array; passphrase?: string; expires: number }>()

  constructor(
    private readonly store: DossierStore,
    private readonly ports: PlanPorts,
    private readonly now: () => number = Date.now,
  ) {}

  async run(request: { token?: string; passphrase?: string; onConflict?: 'keepBoth' | 'replace' }): Promise<ImportResult> {
    this.forgetExpired()
    let token = request.token
    let entry = token ? this.pending.get(token) : undefined
    if (!entry) {
      const chosen = await this.ports.chooseOpenPath('aantafel')
      if (!chosen) return { status: 'cancelled' }
      const bytes = readLimited(chosen)
      if (typeof bytes === 'string') return { status: 'problem', problem: bytes }
      token = randomBytes(16).toString('hex')
      entry = { bytes, expires: this.now() + 15 * 60_000 }
      this.pending.set(token, entry)
    }
    const passphrase = request.passphrase ?? entry.passphrase
    let dossier: Dossier
    try {
      dossier = await decodeImport(entry.bytes, { passphrase })
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      if (error.problem === 'needs-passphrase' || error.problem === 'wrong-passphrase') {
        return { status: 'needs-passphrase', token: token ?? '', wrong: error.problem === 'wrong-passphrase' }
      }
      this.pending.delete(token ?? '')
      return { status: 'problem', problem: error.problem }
    }
    entry.passphrase = passphrase
    if (this.store.has(dossier.id) && !request.onConflict) {
      const existing = this.store.list().find((summary) => summary.id === dossier.id)
      return { status: 'exists', token: token ?? '', existingName: existing?.displayName ?? '' }
    }
    if (request.onConflict === 'keepBoth' && this.store.has(dossier.id)) {
      dossier = Dossier.parse({ ...dossier, id: randomUUID() })
    }
    // A file that came protected stays protected here, with the same passphrase.
    await this.store.put(dossier, passphrase)
    this.pending.delete(token ?? '')
    return { status: 'imported', id: dossier.id, displayName: displayNameOf(dossier), protected: passphrase !== undefined }
  }

  private forgetExpired(): void {
    for (const [token, entry] of this.pending) if (entry.expires < this.now()) this.pending.delete(token)
  }
}

/** The file's bytes, unless it is too large to be a hand-over file (checked before reading it). */
function readLimited(file: string): Uint8Array | 'too-large' | 'unreadable' {
  try {
    if (fs.statSync(file).size > MAX_IMPORT_BYTES) return 'too-large'
    return fs.readFileSync(file)
  } catch {
    return 'unreadable'
  }
}
