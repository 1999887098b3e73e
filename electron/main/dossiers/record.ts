import { z } from 'zod'
import { Dossier } from '../../contract/dossier'
import { ServiceError } from '../../contract/errors'
import { migrateDossier } from './migrations'

/**
 * How one dossier lies on disk. The display name stays readable so that the list can show it
 * without opening the dossier; everything else sits in `dossier`. An encrypted record will carry
 * `encryption` other than 'none' and ciphertext instead of `dossier`, behind the same two functions.
 */
export const RECORD_FORMAT = 'aan-tafel/dossier'

const PlainRecord = z.object({
  format: z.literal(RECORD_FORMAT),
  encryption: z.literal('none'),
  displayName: z.string().max(1_100),
  dossier: z.unknown(),
})
export type DossierRecord = z.infer<typeof PlainRecord>

export function displayNameOf(dossier: Dossier): string {
  return [dossier.subject.firstName, dossier.subject.surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
}

export function encodeRecord(dossier: Dossier): DossierRecord {
  return { format: RECORD_FORMAT, encryption: 'none', displayName: displayNameOf(dossier), dossier }
}

/** Reads a record as found on disk: migrates older dossiers and validates the result. */
export function decodeRecord(raw: unknown): Dossier {
  const record = PlainRecord.safeParse(raw)
  if (!record.success) throw new ServiceError('invalid-request', 'not a dossier record')
  const migrated = migrateDossier(record.data.dossier)
  const dossier = Dossier.safeParse(migrated)
  if (!dossier.success) {
    throw new ServiceError('invalid-request', `dossier does not match its schema: ${dossier.error.message}`)
  }
  return dossier.data
}
