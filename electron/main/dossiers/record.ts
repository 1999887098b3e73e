import { z } from 'zod'
import { displayName } from '../../../domain/dossier/names'
import { Dossier, canonicalDossierId } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import { SealedBox, WrongPassphraseError, open, seal, type KdfParams } from '../crypto/envelope'
import { DossierFormatError, migrateDossier } from '../../../domain/dossier/migrations'

/**
 * How one dossier lies on disk. The display name stays readable so that the list can show it
 * without opening the dossier. A plain record holds the dossier itself; a locked one holds it
 * sealed (AES-256-GCM, key from the person's passphrase, bound to the dossier's id), with only the
 * dates needed to sort the list beside it.
 */
export const RECORD_FORMAT = 'aan-tafel/dossier'

const PlainRecord = z.object({
  format: z.literal(RECORD_FORMAT),
  encryption: z.literal('none'),
  displayName: z.string().max(1_100),
  dossier: z.unknown(),
})

const SealedRecord = z.object({
  format: z.literal(RECORD_FORMAT),
  encryption: z.literal('passphrase'),
  displayName: z.string().max(1_100),
  // As it was when sealed: older versions allowed capitals. The id is part of what was sealed.
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Readable like the name, so that an archived dossier stays out of the list while locked. */
  archived: z.boolean().optional(),
  sealed: SealedBox,
})

/** A sealed record as found on disk (what a backup of everything carries of a locked dossier). */
export { SealedRecord }

export type DossierRecord = z.infer<typeof PlainRecord> | z.infer<typeof SealedRecord>

/** A locked dossier as the store knows it before the passphrase is given. */
export interface LockedMeta {
  /** Canonical (lower-case). */
  id: string
  /** The id the box is bound to: the same, unless an older version sealed it with capitals. */
  sealedAs: string
  displayName: string
  createdAt: string
  updatedAt: string
  archived: boolean
  sealed: SealedBox
}

/** The key of an unlocked dossier: derived once from the passphrase, with the salt it came from. */
export interface DossierKey {
  key: Buffer
  kdf: KdfParams
}

export function encodeRecord(dossier: Dossier, lock?: DossierKey): DossierRecord {
  const name = displayName(dossier)
  if (!lock) return { format: RECORD_FORMAT, encryption: 'none', displayName: name, dossier }
  const plaintext = new TextEncoder().encode(JSON.stringify(dossier))
  return {
    format: RECORD_FORMAT,
    encryption: 'passphrase',
    displayName: name,
    id: dossier.id,
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    archived: dossier.desk.archived,
    sealed: seal(plaintext, lock.key, lock.kdf, dossier.id),
  }
}

/** Migrates an older dossier and validates the result. */
export function parseDossier(raw: unknown): Dossier {
  let migrated: Record<string, unknown>
  try {
    migrated = migrateDossier(raw)
  } catch (error) {
    if (error instanceof DossierFormatError) throw new ServiceError(error.code, error.message)
    throw error
  }
  // Ids are lower-case from now on; one written with capitals by an older version is read as such.
  const canonical = typeof migrated.id === 'string' ? { ...migrated, id: canonicalDossierId(migrated.id) } : migrated
  const dossier = Dossier.safeParse(canonical)
  if (!dossier.success) {
    throw new ServiceError('invalid-request', `dossier does not match its schema: ${dossier.error.message}`)
  }
  return dossier.data
}

/** Reads a record as found on disk: a plain dossier, or what is known of a locked one. */
export function decodeRecord(raw: unknown): Dossier | LockedMeta {
  const plain = PlainRecord.safeParse(raw)
  if (plain.success) return parseDossier(plain.data.dossier)
  const sealed = SealedRecord.safeParse(raw)
  if (sealed.success) {
    const { id, displayName, createdAt, updatedAt, archived = false } = sealed.data
    return { id: canonicalDossierId(id), sealedAs: id, displayName, createdAt, updatedAt, archived, sealed: sealed.data.sealed }
  }
  throw new ServiceError('invalid-request', 'not a dossier record')
}

export function isLocked(decoded: Dossier | LockedMeta): decoded is LockedMeta {
  return 'sealed' in decoded
}

/** Opens a locked dossier with its key; a wrong key and a tampered file are the same error. */
export function unsealDossier(meta: LockedMeta, key: Buffer): Dossier {
  let plaintext: Buffer
  try {
    plaintext = open(meta.sealed, key, meta.sealedAs)
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new ServiceError('wrong-passphrase')
    throw error
  }
  const dossier = parseDossier(JSON.parse(plaintext.toString('utf8')))
  if (dossier.id !== meta.id) throw new ServiceError('invalid-request', 'sealed dossier has another id')
  return dossier
}
