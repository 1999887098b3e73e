import { z } from 'zod'

export const languages = ['nl', 'en'] as const
export const Language = z.enum(languages)
export type Language = z.infer<typeof Language>

export const TextSize = z.enum(['normal', 'large', 'extraLarge'])
export type TextSize = z.infer<typeof TextSize>

/** What the person chose for the app as a whole. */
export const Settings = z.object({
  language: Language.default('nl'),
  textSize: TextSize.default('normal'),
})
export type Settings = z.infer<typeof Settings>

export const SettingsPatch = z
  .object({ language: Language.optional(), textSize: TextSize.optional() })
  .strict()
export type SettingsPatch = z.input<typeof SettingsPatch>
