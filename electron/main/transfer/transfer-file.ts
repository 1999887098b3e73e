import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { z } from 'zod'
import type { ImportProblem as ContractImportProblem } from '../../contract/calls'
import { Dossier, canonicalDossierId } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import { SealedBox, WrongPassphraseError, deriveKey, open, seal, type KdfParams } from '../crypto/envelope'
import { DossierFormatError, migrateDossier } from '../../../domain/dossier/migrations'
import { SealedRecord, decodeRecord, isLocked } from '../dossiers/record'

/*
 * The hand-over file: one dossier, exported to a file the person chooses, to be imported on
 * another computer (their own new laptop, or a relative's).
 *
 * A UTF-8 JSON file (a byte order mark is allowed), at most 5 MiB, in one of two forms:
 *
 *   {
 *     "format": "aan-tafel/export",   // always this: tells our files from any other JSON
 *     "formatVersion": 1,             // raised only when the form of this file changes
 *     "exportedAt": "2026-11-26T10:00:00.000Z",
 *     "app": "Aan Tafel",
 *     "encryption": "none",
 *     "dossier": { "schemaVersion": 1, "id": "…", … }   // the dossier as the app keeps it
 *   }
 *
 *   {
 *     "format": "aan-tafel/export", "formatVersion": 1, "exportedAt": "…", "app": "Aan Tafel",
 *     "encryption": "passphrase",
 *     "sealed": {                     // see electron/main/crypto/envelope.ts
 *       "version": 1, "cipher": "aes-256-gcm",
 *       "kdf": { "algorithm": "scrypt", "N": 131072, "r": 8, "p": 1, "salt": "<base64, 16 bytes>" },
 *       "iv": "<base64, 12 bytes>", "tag": "<base64, 16 bytes>", "ciphertext": "<base64>"
 *     }
 *   }
 *
 * In the encrypted form the plaintext is the dossier as UTF-8 JSON, and the authenticated context
 * is "aan-tafel/export": a sealed dossier record cannot be passed off as an export, nor the reverse.
 * The header (exportedAt, app) is not secret and not authenticated; nothing is decided on it.
 *
 * The dossier inside keeps its own `schemaVersion`: a file from an older app is migrated on import
 * like a file on disk; a file from a newer app is refused rather than half understood. A reader
 * ignores fields it does not know in the header. The dossier keeps its id: the caller decides
 * what to do when a dossier with that id already exists.
 *
 * A backup of everything (format version 2) is the same kind of file holding every dossier, always
 * encrypted, with "contents": "everything" in its header:
 *
 *   {
 *     "format": "aan-tafel/export", "formatVersion": 2, "exportedAt": "…", "app": "Aan Tafel",
 *     "contents": "everything",
 *     "encryption": "passphrase",
 *     "sealed": { … as above … }
 *   }
 *
 * Its plaintext is gzip-compressed UTF-8, one JSON object per line (JSON Lines): first
 * {"format": "aan-tafel/backup", "count": N}, then N lines, each either
 * {"dossier": { … }} (a dossier as the app keeps it, like an export's) or
 * {"sealedRecord": { … }} (a dossier protected with its own passphrase, as its record lies on
 * disk: it stays locked, and only that passphrase opens it). The authenticated context is
 * "aan-tafel/backup". A single-dossier export stays at format version 1, so older versions of the
 * app still read it; they refuse a backup as newer rather than half understand it.
 */

export const EXPORT_FORMAT = 'aan-tafel/export'
export const EXPORT_FORMAT_VERSION = 1
/** The context a sealed export is bound to. */
export const EXPORT_AAD = 'aan-tafel/export'
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
/** Objects and arrays inside each other; a dossier needs 5, the export around it one more. */
export const MAX_IMPORT_DEPTH = 64
/** The version of a backup of everything; a single dossier's export stays at EXPORT_FORMAT_VERSION. */
export const BACKUP_FORMAT_VERSION = 2
/** The context a backup of everything is bound to: a backup cannot be passed off as an export, nor the reverse. */
export const BACKUP_AAD = 'aan-tafel/backup'
/** Thousands of dossiers compressed; the file is read whole into memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
/** What the compressed contents may grow to: more is not a backup but a bomb. */
export const MAX_BACKUP_CONTENTS_BYTES = 1024 * 1024 * 1024
/** One line of a backup: one dossier, at most as large as a dossier file may be. */
const MAX_BACKUP_LINE_BYTES = 64 * 1024 * 1024

const APP_NAME = 'Aan Tafel'
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The contract's problems (what the person is told), plus the two that ask for a passphrase. */
export type ImportProblem =
  Exclude<ContractImportProblem, 'unreadable' | 'expired' | 'replace-locked' | 'replace-unreadable'> | 'needs-passphrase' | 'wrong-passphrase'

/** Why a file cannot be imported; `problem` chooses the message the person sees. */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem)
    this.name = 'ImportError'
  }
}

/** Just enough to know the file is ours and which version wrote it, before judging the rest. */
const Identity = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int().min(1),
})

const Header = {
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.string().max(200),
}

const ExportFile = z.discriminatedUnion('encryption', [
  z.object({ ...Header, encryption: z.literal('none'), dossier: z.record(z.string(), z.unknown()) }),
  z.object({ ...Header, encryption: z.literal('passphrase'), sealed: SealedBox }),
])

/**
 * Writes one dossier as an export file. With `key` (derived from the person's passphrase with
 * `kdf`, see envelope.ts) the dossier is encrypted; without, it is readable by anyone who has the file.
 */
export function encodeExport(dossier: Dossier, options: { now: Date; key?: Buffer; kdf?: KdfParams }): string {
  // Never write a file that this same app would refuse to import.
  const checked = Dossier.parse(dossier)
  const header = { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: options.now.toISOString(), app: APP_NAME }
  let text: string
  if (options.key || options.kdf) {
    if (!options.key || !options.kdf) throw new ServiceError('internal', 'an encrypted export needs both the key and its kdf')
    const sealed = seal(Buffer.from(JSON.stringify(checked), 'utf8'), options.key, options.kdf, EXPORT_AAD)
    text = JSON.stringify({ ...header, encryption: 'passphrase', sealed }, null, 2)
  } else {
    text = JSON.stringify({ ...header, encryption: 'none', dossier: checked }, null, 2)
  }
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ServiceError('invalid-request', `the export would be ${bytes} bytes, more than an import accepts (${MAX_IMPORT_BYTES})`)
  }
  return `${text}\n`
}

/**
 * Reads an export file someone chose, from anywhere: every check runs before anything is trusted,
 * cheapest first. Returns a valid, current dossier, or throws ImportError; nothing else.
 */
export async function decodeImport(bytes: Uint8Array, options: { passphrase?: string | undefined }): Promise<Dossier> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too-large', `${bytes.byteLength} bytes`)
  const file = parseUntrustedJson(bytes)

  const identity = Identity.safeParse(file)
  if (!identity.success) throw new ImportError('wrong-format', 'not an Aan Tafel export')
  // A newer app may have changed the rest of the file's form: say so instead of "wrong format".
  if (identity.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new ImportError('newer-version', `export format ${identity.data.formatVersion}`)
  }
  if (isBackup(file)) throw new ImportError('is-backup')
  const envelope = ExportFile.safeParse(file)
  if (!envelope.success) throw new ImportError('wrong-format', shortIssue(envelope.error))

  const raw = envelope.data.encryption === 'none' ? envelope.data.dossier : await unseal(envelope.data.sealed, options.passphrase)
  return validDossier(raw)
}

async function unseal(box: SealedBox, passphrase: string | undefined): Promise<unknown> {
  // An empty field is no passphrase: it would be the same as having none.
  if (!passphrase) throw new ImportError('needs-passphrase')
  const key = await deriveKey(passphrase, box.kdf)
  let plaintext: Buffer
  try {
    plaintext = open(box, key, EXPORT_AAD)
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new ImportError('wrong-passphrase')
    throw error
  } finally {
    key.fill(0)
  }
  // Whoever made the file chose this passphrase too: the content is as untrusted as a plain file's.
  try {
    return parseUntrustedJson(plaintext)
  } finally {
    plaintext.fill(0)
  }
}

function validDossier(raw: unknown): Dossier {
  let migrated: Record<string, unknown>
  try {
    migrated = migrateDossier(raw)
  } catch (error) {
    if (error instanceof DossierFormatError && error.code === 'newer-version') throw new ImportError('newer-version', error.message)
    // A missing migration is a fault of this build, not of the file.
    if (error instanceof DossierFormatError && error.code === 'internal') throw new ServiceError('internal', error.message)
    // A migration is written for dossiers the app wrote; one that trips over an odd file refuses it.
    throw new ImportError('invalid-dossier', error instanceof Error ? error.message.slice(0, 200) : undefined)
  }
  // An id with capitals (an older version allowed them) or a device name is read in its canonical form.
  if (typeof migrated.id === 'string') migrated = { ...migrated, id: canonicalDossierId(migrated.id) }
  const dossier = Dossier.safeParse(migrated)
  if (!dossier.success) throw new ImportError('invalid-dossier', shortIssue(dossier.error))
  return dossier.data
}

/** UTF-8 JSON, at most MAX_IMPORT_DEPTH deep, without keys that could reach an object's prototype. */
function parseUntrustedJson(bytes: Uint8Array): unknown {
  let value: unknown
  try {
    // `fatal`: refuse bytes that are not UTF-8 instead of reading them as U+FFFD.
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new ImportError('not-json')
  }
  const problem = shapeProblem(value)
  if (problem) throw new ImportError(problem.kind, problem.detail)
  return value
}

/**
 * Walks every object and array without recursion, so a file of a million nested brackets cannot
 * overflow the stack. A file that is both too deep and has unsafe keys is reported as too deep,
 * the cheaper check; hence the walk finishes before reporting a key.
 */
function shapeProblem(root: unknown): { kind: 'too-deep' | 'unsafe-keys'; detail: string } | undefined {
  let unsafeKey: string | undefined
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth } = next
    if (typeof value !== 'object' || value === null) continue
    if (depth > MAX_IMPORT_DEPTH) return { kind: 'too-deep', detail: `more than ${MAX_IMPORT_DEPTH} levels` }
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) pending.push({ value: item, depth: depth + 1 })
      continue
    }
    // JSON.parse makes "__proto__" an own key, which a later spread or merge could turn into a prototype.
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) unsafeKey ??= key
      const item = (value as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) pending.push({ value: item, depth: depth + 1 })
    }
  }
  return unsafeKey === undefined ? undefined : { kind: 'unsafe-keys', detail: `a key named ${unsafeKey}` }
}

/** The first issue, with its place: enough for a log, short enough never to echo the file back. */
function shortIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  const where = issue.path.map(String).join('.').slice(0, 100)
  return `${where || '(file)'}: ${issue.message.slice(0, 150)}`
}

/** What a backup of everything holds of one dossier. */
export type BackupItem = { kind: 'dossier'; dossier: Dossier } | { kind: 'sealed'; id: string; record: z.infer<typeof SealedRecord> }

const BackupFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.string().max(200),
  contents: z.literal('everything'),
  encryption: z.literal('passphrase'),
  sealed: SealedBox,
})

const BackupHeader = z.object({ format: z.literal('aan-tafel/backup'), count: z.number().int().min(0).max(1_000_000) })

function isBackup(file: unknown): boolean {
  return typeof file === 'object' && file !== null && (file as Record<string, unknown>).contents === 'everything'
}

/**
 * Writes every dossier as one backup file, encrypted with the key derived from the person's
 * passphrase (`kdf`). Compressing and encrypting thousands of dossiers runs off the main thread
 * where Node allows it (gzip in the thread pool).
 */
export async function encodeBackup(items: readonly BackupItem[], options: { now: Date; key: Buffer; kdf: KdfParams }): Promise<Buffer> {
  const lines = [JSON.stringify({ format: 'aan-tafel/backup', count: items.length })]
  for (const item of items) {
    // Never write a file that this same app would refuse to restore.
    lines.push(
      item.kind === 'dossier' ? JSON.stringify({ dossier: Dossier.parse(item.dossier) }) : JSON.stringify({ sealedRecord: SealedRecord.parse(item.record) }),
    )
  }
  const plaintext = await promisify(gzip)(Buffer.from(lines.join('\n'), 'utf8'))
  const header = { format: EXPORT_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: options.now.toISOString(), app: APP_NAME, contents: 'everything' }
  const sealed = seal(plaintext, options.key, options.kdf, BACKUP_AAD)
  const bytes = Buffer.from(`${JSON.stringify({ ...header, encryption: 'passphrase', sealed }, null, 2)}\n`, 'utf8')
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    throw new ServiceError('storage-failed', `the backup would be ${bytes.byteLength} bytes, more than a restore accepts (${MAX_BACKUP_BYTES})`)
  }
  return bytes
}

/**
 * Reads a backup of everything someone chose: every check runs, and every dossier in it is
 * validated, before anything is trusted (a restore writes nothing until all of it passed).
 * Returns the dossiers, or throws ImportError; nothing else.
 */
export async function decodeBackup(bytes: Uint8Array, options: { passphrase?: string | undefined }): Promise<BackupItem[]> {
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new ImportError('too-large', `${bytes.byteLength} bytes`)
  const file = parseUntrustedJson(bytes)
  const identity = Identity.safeParse(file)
  if (!identity.success) throw new ImportError('wrong-format', 'not an Aan Tafel file')
  if (identity.data.formatVersion > BACKUP_FORMAT_VERSION) throw new ImportError('newer-version', `format ${identity.data.formatVersion}`)
  if (!isBackup(file)) throw new ImportError('not-backup')
  const envelope = BackupFile.safeParse(file)
  if (!envelope.success) throw new ImportError('wrong-format', shortIssue(envelope.error))
  if (!options.passphrase) throw new ImportError('needs-passphrase')
  const key = await deriveKey(options.passphrase, envelope.data.sealed.kdf)
  let compressed: Buffer
  try {
    compressed = open(envelope.data.sealed, key, BACKUP_AAD)
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new ImportError('wrong-passphrase')
    throw error
  } finally {
    key.fill(0)
  }
  let contents: Buffer
  try {
    contents = await promisify(gunzip)(compressed, { maxOutputLength: MAX_BACKUP_CONTENTS_BYTES })
  } catch {
    // Authentic (the passphrase was right) but not what this app writes: too large unpacked, or not gzip.
    throw new ImportError('invalid-dossier', 'the contents do not unpack')
  }
  return backupItemsIn(contents)
}

/** The lines of a backup's contents, each checked as an import is; one bad line refuses the whole file. */
function backupItemsIn(contents: Buffer): BackupItem[] {
  const lines: Buffer[] = []
  for (let start = 0; start <= contents.length;) {
    let end = contents.indexOf(0x0a, start)
    if (end < 0) end = contents.length
    if (end - start > MAX_BACKUP_LINE_BYTES) throw new ImportError('too-large', 'a dossier in the backup is too large')
    lines.push(contents.subarray(start, end))
    start = end + 1
  }
  const [first, ...rest] = lines
  const header = BackupHeader.safeParse(first ? parseUntrustedJson(first) : undefined)
  if (!header.success || header.data.count !== rest.length) throw new ImportError('invalid-dossier', 'the backup is incomplete')
  const items: BackupItem[] = []
  const ids = new Set<string>()
  for (const line of rest) {
    const raw = parseUntrustedJson(line)
    const entry = z.union([z.object({ dossier: z.unknown() }).strict(), z.object({ sealedRecord: z.unknown() }).strict()]).safeParse(raw)
    if (!entry.success) throw new ImportError('invalid-dossier', 'a line of the backup is not a dossier')
    let item: BackupItem
    if ('dossier' in entry.data) {
      item = { kind: 'dossier', dossier: validDossier(entry.data.dossier) }
    } else {
      const record = SealedRecord.safeParse(entry.data.sealedRecord)
      if (!record.success) throw new ImportError('invalid-dossier', shortIssue(record.error))
      const meta = decodeRecord(record.data)
      if (!isLocked(meta)) throw new ImportError('invalid-dossier', 'a protected dossier is not sealed')
      item = { kind: 'sealed', id: meta.id, record: record.data }
    }
    const id = item.kind === 'dossier' ? item.dossier.id : item.id
    if (ids.has(id)) throw new ImportError('invalid-dossier', 'the same dossier twice')
    ids.add(id)
    items.push(item)
  }
  return items
}
