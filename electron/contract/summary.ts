import type { DeskFacts } from '../../domain/desk/facts'

/** What the dossier list shows of one dossier, without opening it. */
export interface DossierSummary {
  id: string
  /** First name and surname as typed; '' when none was given yet. */
  displayName: string
  municipalityCode: string
  talkDate: string
  /** How many of the preparation's steps have an answer. */
  progress: { answered: number; total: number }
  createdAt: string
  updatedAt: string
  /** 'locked': only the name is known until the passphrase is given. */
  protection: 'none' | 'unlocked' | 'locked'
  /** Out of the list, not deleted (known of a locked dossier too). */
  archived: boolean
  /** Where it stands, its dates and notes for searching; null while locked. */
  desk: DeskFacts | null
}

/** Something the store had to repair at start, to be told to the person once. */
export type StoreNotice =
  | { kind: 'restored-from-backup'; id: string; displayName: string; backupSavedAt: string }
  | { kind: 'set-aside'; id: string; fileName: string }
  | { kind: 'newer-version'; id: string; fileName: string }
  | { kind: 'unreadable'; id: string; fileName: string }

export interface DossierList {
  dossiers: DossierSummary[]
  notices: StoreNotice[]
}
