import path from 'node:path'
import { z } from 'zod'
import type { DeskFacts } from '../../../domain/desk/facts'
import { DOSSIER_SCHEMA_VERSION, DeskStatus } from '../../../domain/dossier/schema'
import { stepKeys } from '../../../domain/steps'
import { readFileLimited, type FileStamp } from '../storage/durable-file'

/*
 * The summary index (`summaries.index` in the dossiers folder): what the list shows of every
 * dossier, so that opening the app and the list never parse every dossier.
 *
 * It is a cache, never trusted over the files. Each entry carries the stamp (size, modification
 * time, inode) of the file it was made from; an entry whose file no longer has that stamp is
 * dropped and the file is read again. Every save renames a new file into place, so every save
 * changes the inode. A missing, damaged or differently shaped index (another version of the app
 * or of the steps) is ignored whole and rebuilt from the files.
 *
 * A protected dossier's entry holds only what its file shows unencrypted: the name, two dates and
 * whether it is archived.
 */
export const INDEX_FILE = 'summaries.index'
const INDEX_FORMAT = 'aan-tafel/summary-index'
/** Raised when the entries' shape changes; with the schema version and the steps it decides whether an index is ours. */
const INDEX_VERSION = 1
/** Progress is counted over the steps: an index made with other steps counts differently. */
const FINGERPRINT = `${INDEX_VERSION}|${DOSSIER_SCHEMA_VERSION}|${stepKeys.join(',')}`
/** Far above 5,000 dossiers' entries (about 1 KB each with notes). */
const MAX_INDEX_BYTES = 256 * 1024 * 1024

/** What the list shows of a readable dossier. */
export interface EntryFacts {
  municipalityCode: string
  talkDate: string
  progress: { answered: number; total: number }
  desk: DeskFacts
}

/** What the store knows of one dossier file without parsing the dossier in it. */
export interface Entry {
  /** 'plain': anyone with the file can read it; 'sealed': encrypted with a passphrase. */
  kind: 'plain' | 'sealed'
  displayName: string
  createdAt: string
  updatedAt: string
  archived: boolean
  /** Of a plain dossier, or of a protected one while it is open (never stored for that one). */
  facts: EntryFacts | null
  /** The file this was read from or written as; null when unknown (then never trusted at the next start). */
  stamp: FileStamp | null
}

const shortText = z.string().max(1_100)
const date = z.union([z.iso.date(), z.literal('')])
const Facts = z.object({
  municipalityCode: z.string().max(10),
  talkDate: date,
  progress: z.object({ answered: z.number().int().min(0), total: z.number().int().min(0) }),
  desk: z.object({
    status: DeskStatus.nullable(),
    archived: z.boolean(),
    dates: z.object({ melding: date, talk: date, reportReceived: date, application: date, decision: date }),
    notes: z.string().max(5_000),
  }),
})
const IndexEntry = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,64}$/),
  kind: z.enum(['plain', 'sealed']),
  displayName: shortText,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archived: z.boolean(),
  facts: Facts.nullable(),
  stamp: z.object({ size: z.number().int().min(0), mtimeMs: z.number(), ino: z.number() }),
})
const IndexFile = z.object({ format: z.literal(INDEX_FORMAT), fingerprint: z.literal(FINGERPRINT), entries: z.array(IndexEntry) })

/** The entries of the index in `dir`, by id; empty when there is none, or none this build can trust. */
export function readIndex(dir: string): Map<string, Entry> {
  try {
    const raw: unknown = JSON.parse(readFileLimited(path.join(dir, INDEX_FILE), MAX_INDEX_BYTES).toString('utf8'))
    const parsed = IndexFile.safeParse(raw)
    if (!parsed.success) return new Map()
    return new Map(parsed.data.entries.map(({ id, ...entry }) => [id, { ...entry, facts: entry.kind === 'sealed' ? null : entry.facts }]))
  } catch {
    return new Map()
  }
}

/** The index's bytes for these entries; entries without a stamp are left out (they are read again). */
export function encodeIndex(entries: Map<string, Entry>): string {
  const list = [...entries]
    .filter(([, entry]) => entry.stamp !== null)
    .map(([id, entry]) => ({ id, ...entry, facts: entry.kind === 'sealed' ? null : entry.facts }))
  return JSON.stringify({ format: INDEX_FORMAT, fingerprint: FINGERPRINT, entries: list })
}
