import type { Dossier } from './schema'

/** First name and surname as typed; '' when none was given yet. */
export function displayName(dossier: Dossier): string {
  return [dossier.subject.firstName, dossier.subject.surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
}

/** Whether someone other than the person prepares (a relative who cares, or an advocate). */
export function preparedByAnother(dossier: Dossier): boolean {
  return dossier.subject.forWhom === 'relative' || dossier.subject.forWhom === 'client'
}
