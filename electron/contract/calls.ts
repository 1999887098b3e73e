import { z } from 'zod'
import type { CallName } from './channels'
import { Dossier, DossierPatch, ForWhom } from '../../domain/dossier/schema'
import { Language, type Settings, SettingsPatch } from './settings'
import type { DossierList } from './summary'

const DossierIdArgs = z.object({ id: Dossier.shape.id }).strict()

const CarerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)

export const PlanRequest = z
  .object({
    id: Dossier.shape.id,
    /** The whole plan, its page 1, or one carer's own one-page summary (then `carerId` says whose). */
    variant: z.enum(['full', 'summary', 'carer']),
    carerId: CarerId.optional(),
    largePrint: z.boolean(),
    /** Dutch for the municipality (the default); the person's language for a copy to read themselves. */
    language: Language.optional(),
  })
  .strict()
  .refine((request) => request.variant !== 'carer' || request.carerId !== undefined, { message: 'a carer summary needs carerId', path: ['carerId'] })
export type PlanRequest = z.infer<typeof PlanRequest>

export const LetterRequest = z
  .object({
    id: Dossier.shape.id,
    /** Which letter: remarks on the report (the default), a bezwaarschrift, or an ingebrekestelling. */
    kind: z.enum(['report', 'objection', 'noticeOfDefault']).default('report'),
  })
  .strict()
export type LetterRequest = z.infer<typeof LetterRequest>

export type PlanSaved = { saved: false } | { saved: true; fileName: string; pages: number }

export type FileSaved = { saved: false } | { saved: true; fileName: string }

const Passphrase = z.string().min(1).max(1_000)

export const ImportRequest = z
  .object({
    /** Given back by an earlier answer that needed a passphrase or a choice: the same file again. */
    token: z
      .string()
      .regex(/^[a-f0-9]{32}$/)
      .optional(),
    passphrase: Passphrase.optional(),
    onConflict: z.enum(['keepBoth', 'replace']).optional(),
    /** The person closed the question: forget the file. */
    cancel: z.literal(true).optional(),
    /**
     * The next file the operating system asked the app to open (a double-click on a .aantafel
     * file), instead of asking which; the main process alone knows its path.
     */
    opened: z.literal(true).optional(),
  })
  .strict()

export type ImportProblem =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'unsafe-keys'
  | 'wrong-format'
  | 'newer-version'
  | 'invalid-dossier'
  | 'unreadable'
  | 'expired'
  | 'replace-locked'
  | 'replace-unreadable'
  /** A backup of everything was chosen where one dossier's file was expected, or the other way round. */
  | 'is-backup'
  | 'not-backup'
export type ImportResult =
  | { status: 'cancelled' }
  | { status: 'needs-passphrase'; token: string; wrong: boolean }
  /** 'unreadable': a file is there that this version cannot read; it is kept, never replaced. */
  | { status: 'exists'; token: string; existingName: string; existing: 'open' | 'locked' | 'unreadable' }
  | { status: 'problem'; problem: ImportProblem }
  | { status: 'imported'; id: string; displayName: string; protected: boolean }

/** Per dossier already here: keep both (the one from the backup gets a new id), replace it, or leave it. */
export const RestoreChoice = z.enum(['keepBoth', 'replace', 'skip'])
export type RestoreChoice = z.infer<typeof RestoreChoice>

export const RestoreRequest = z
  .object({
    /** Given back by an earlier answer that needed a passphrase or choices: the same file again. */
    token: z
      .string()
      .regex(/^[a-f0-9]{32}$/)
      .optional(),
    passphrase: Passphrase.optional(),
    /** A choice for every dossier in `conflicts`, by id. */
    choices: z.record(Dossier.shape.id, RestoreChoice).optional(),
    cancel: z.literal(true).optional(),
  })
  .strict()

/** A dossier in the backup whose id is here already. */
export interface RestoreConflict {
  id: string
  /** The name of the one here (or, when that one cannot be read, of the one in the backup). */
  name: string
  existing: 'open' | 'locked' | 'unreadable'
  /** The one in the backup is protected with its own passphrase: it keeps its id, so it cannot be kept beside. */
  incomingLocked: boolean
}

export type RestoreResult =
  | { status: 'cancelled' }
  | { status: 'needs-passphrase'; token: string; wrong: boolean }
  | { status: 'problem'; problem: ImportProblem }
  /** Some dossiers are here already: choose per dossier, then call again with the token. */
  | { status: 'conflicts'; token: string; total: number; conflicts: RestoreConflict[] }
  | { status: 'restored'; added: number; replaced: number; skipped: number }

export type BackupSaved = { saved: false } | { saved: true; fileName: string; dossiers: number; unreadable: number }

/**
 * Every call the renderer can make: its argument schema (checked in the main process before
 * anything happens) and, as a type, its result.
 */
export const calls = {
  'settings.get': { args: z.undefined(), result: {} as Settings },
  'settings.update': { args: SettingsPatch, result: {} as Settings },
  'dossiers.list': { args: z.undefined(), result: {} as DossierList },
  'dossiers.dismissNotices': { args: z.undefined(), result: null },
  'dossiers.create': {
    args: z.object({ forWhom: ForWhom.optional(), firstName: z.string().max(500).optional() }).strict(),
    result: {} as Dossier,
  },
  'dossiers.read': { args: DossierIdArgs, result: {} as Dossier },
  'dossiers.update': {
    args: z.object({ id: Dossier.shape.id, patch: DossierPatch }).strict(),
    result: {} as Dossier,
  },
  'dossiers.delete': { args: DossierIdArgs, result: null },
  'dossiers.duplicate': { args: DossierIdArgs, result: {} as Dossier },
  'dossiers.unlock': { args: z.object({ id: Dossier.shape.id, passphrase: Passphrase }).strict(), result: null },
  'dossiers.setPassphrase': { args: z.object({ id: Dossier.shape.id, passphrase: Passphrase }).strict(), result: null },
  'dossiers.removePassphrase': { args: DossierIdArgs, result: null },
  /** Locks every dossier that has a passphrase (when the person steps away, or after idle time). */
  'dossiers.lockAll': { args: z.undefined(), result: {} as { locked: number; cleanupFailed: boolean } },
  /** A hand-over file of one dossier, optionally protected with a passphrase, saved where chosen. */
  'dossiers.export': { args: z.object({ id: Dossier.shape.id, passphrase: Passphrase.optional() }).strict(), result: {} as FileSaved },
  /** Reads a hand-over file the person chooses; asks back for a passphrase or a choice when needed. */
  'dossiers.import': { args: ImportRequest, result: {} as ImportResult },
  /** Removes all dossiers, backups and settings, after the person confirmed it in so many words. */
  'app.deleteEverything': { args: z.object({ confirm: z.literal('delete-everything') }).strict(), result: {} as { cleanupFailed: boolean } },
  /** Makes the plan and asks where to save it (the person may cancel). */
  'plan.save': { args: PlanRequest, result: {} as PlanSaved },
  /** Makes the plan and opens it in the computer's PDF program, to print from there. */
  'plan.openForPrinting': { args: PlanRequest, result: null },
  /** Every dossier in one file, encrypted with the passphrase given, saved where the person chooses. */
  'backup.save': { args: z.object({ passphrase: Passphrase }).strict(), result: {} as BackupSaved },
  /** Puts back the dossiers of a backup of everything; asks back for the passphrase and for choices when needed. */
  'backup.restore': { args: RestoreRequest, result: {} as RestoreResult },
  /** Every client's deadlines (and talks) of the week from `from`, as one calendar file (.ics). */
  'timeline.saveWeekCalendar': { args: z.object({ from: z.iso.date() }).strict(), result: {} as FileSaved },
  /** The dossier's deadlines as a calendar file (.ics), saved where the person chooses. */
  'timeline.saveCalendar': { args: DossierIdArgs, result: {} as FileSaved },
  /**
   * A letter as PDF, saved where the person chooses: remarks on the report, a bezwaarschrift, or an
   * ingebrekestelling (refused with 'invalid-request' until the decision's term has passed).
   */
  'letter.save': { args: LetterRequest, result: {} as FileSaved },
  /** A carer's letter asking the municipality for a conversation of their own, as PDF, saved where chosen. */
  'letter.carerConversation': { args: z.object({ id: Dossier.shape.id, carerId: CarerId }).strict(), result: {} as FileSaved },
} as const satisfies Record<CallName, { args: z.ZodType; result: unknown }>

export type Calls = typeof calls
export type CallArgs<K extends CallName> = z.input<Calls[K]['args']>
export type ParsedArgs<K extends CallName> = z.output<Calls[K]['args']>
export type CallValue<K extends CallName> = Calls[K]['result']
