import { z } from 'zod'
import { AdvocateContact } from '../../domain/dossier/schema'

import { languageCodes } from '../../locales/languages'

export const Language = z.enum(languageCodes)
export type Language = z.infer<typeof Language>

export const TextSize = z.enum(['normal', 'large', 'extraLarge'])
export type TextSize = z.infer<typeof TextSize>

/** What the person chose for the app as a whole. */
export const AutoLockMinutes = z.union([z.literal(0), z.literal(5), z.literal(15), z.literal(30), z.literal(60)])
export type AutoLockMinutes = z.infer<typeof AutoLockMinutes>

export const Settings = z.object({
  language: Language.default('nl'),
  textSize: TextSize.default('normal'),
  /** Lock dossiers that have a passphrase after this many minutes without use; 0 is never. */
  autoLockMinutes: AutoLockMinutes.default(15),
  /** A client advocate's own name, organisation and phone, saved once, for the plans they help make. */
  advocate: AdvocateContact.prefault({}),
})
export type Settings = z.infer<typeof Settings>

export const SettingsPatch = z
  .object({ language: Language.optional(), textSize: TextSize.optional(), autoLockMinutes: AutoLockMinutes.optional(), advocate: AdvocateContact.optional() })
  .strict()
export type SettingsPatch = z.input<typeof SettingsPatch>
