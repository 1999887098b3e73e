import { DOSSIER_SCHEMA_VERSION, PREPARER_CARER_ID } from './schema'

/** A dossier this build cannot take: not a dossier, or written by a newer version. */
export class DossierFormatError extends Error {
  constructor(
    readonly code: 'newer-version' | 'invalid-request' | 'internal',
    detail: string,
  ) {
    super(detail)
    this.name = 'DossierFormatError'
  }
}

/**
 * A migration turns a dossier of version N (as it was read from disk, not yet validated) into
 * version N + 1. `migrations[0]` migrates version 1 to 2, and so on: the list grows by one small
 * pure function each time the dossier's shape changes, and none is ever removed.
 */
export type Migration = (dossier: Record<string, unknown>) => Record<string, unknown>

export const migrations: readonly Migration[] = [
  // 1 → 2: "after the conversation" (agreements, the report, application and decision dates).
  // Its fields all start empty; the version changes so that an older app, which would drop the new
  // section when it saves, refuses the file instead of losing it.
  (dossier) => ({ ...dossier, afterTalk: {} }),
  // 2 → 3: what was added in release 0.2 (the person's language and an interpreter, the decision
  // and the remedies, where a dossier stands and where the person was, every carer's own part).
  // Every new field has a default that means "not filled in"; only the carer's answers move, into
  // the first carer of the list. The version changes so that version 0.1 refuses the file
  // instead of dropping what it does not know.
  (dossier) => carerIntoList(dossier),
]

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Version 2 had one carer, the relative who prepared: `carer: { hoursPerWeek, burden, relief }`.
 * Version 3 keeps a list of carers; those answers become the preparer's part, and the report
 * check of "the carer's load" follows it. Values are moved as they are: the schema judges them.
 */
function carerIntoList(dossier: Record<string, unknown>): Record<string, unknown> {
  const old = dossier.carer
  if (!isRecord(old) || 'carers' in old) return { ...dossier }
  const afterTalk = isRecord(dossier.afterTalk) ? dossier.afterTalk : undefined
  const checks = afterTalk && isRecord(afterTalk.reportChecks) ? afterTalk.reportChecks : undefined
  const { hoursPerWeek = null, burden = null, relief = '' } = old
  const answered = hoursPerWeek !== null || burden !== null || typeof relief !== 'string' || relief.trim() !== '' || checks?.carer !== undefined
  const carers = answered ? [{ id: PREPARER_CARER_ID, who: { kind: 'preparer' }, hoursPerWeek, burden, reliefText: relief }] : []
  const migrated: Record<string, unknown> = { ...dossier, carer: { carers } }
  if (afterTalk && checks && 'carer' in checks) {
    const { carer: carerCheck, ...others } = checks
    migrated.afterTalk = { ...afterTalk, reportChecks: { ...others, [`carer:${PREPARER_CARER_ID}`]: carerCheck } }
  }
  return migrated
}

/** Brings a raw dossier of any earlier version up to `targetVersion`. */
export function migrateDossier(
  raw: unknown,
  steps: readonly Migration[] = migrations,
  targetVersion: number = DOSSIER_SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DossierFormatError('invalid-request', 'a dossier must be an object')
  }
  let dossier = raw as Record<string, unknown>
  const version = dossier.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DossierFormatError('invalid-request', `unknown dossier version ${String(version)}`)
  }
  if (version > targetVersion) {
    throw new DossierFormatError('newer-version', `dossier version ${version} is newer than ${targetVersion}`)
  }
  for (let from = version; from < targetVersion; from++) {
    const step = steps[from - 1]
    if (!step) throw new DossierFormatError('internal', `no migration from version ${from}`)
    dossier = { ...step(dossier), schemaVersion: from + 1 }
  }
  return dossier
}
