import type { Dossier } from '../dossier/schema'
import { displayName } from '../dossier/names'
import { own, text, type Text, type TextValue } from '../text'

/**
 * Whose voice the plan speaks in. Someone preparing for themselves writes "ik"; a relative or an
 * advocate writes about the person by name ("Wat Hassan wil"). One voice, chosen once from
 * "voor wie", for every sentence the app writes (the person's own words stay as they typed them).
 */
export type Voice = 'self' | 'third'

export function voiceOf(dossier: Dossier): Voice {
  return dossier.subject.forWhom === 'relative' || dossier.subject.forWhom === 'client' ? 'third' : 'self'
}

/**
 * A text in the dossier's voice: the key itself for "ik", its `_third` form (i18next's context)
 * with the person's name for someone else; a language without a `_third` form falls back.
 */
export function voiced(dossier: Dossier, key: string, values: Record<string, TextValue> = {}): Text {
  if (voiceOf(dossier) === 'self') return text(key, values)
  // The first name, as people speak about someone they know; the full name is in the headline.
  const name = dossier.subject.firstName.trim() || displayName(dossier)
  return text(key, { ...values, context: 'third', name: name ? own(name) : text('pdf:thePerson') })
}
