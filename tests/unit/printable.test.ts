import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPrintable, unprintableCharacters } from '../../domain/plan/printable'
import { renderPlan } from '../../electron/main/pdf/plan'
import { printableRangesSource } from '../../electron/tools/printable-ranges'
import { makeDossier } from '../support/factories'

const fontsDir = path.resolve('assets/fonts')

describe('what the plan can print', () => {
  it('is the table the fonts give (run `npm run printable-ranges` after changing a font)', { timeout: 60_000 }, () => {
    expect(fs.readFileSync('domain/plan/printable-ranges.ts', 'utf8')).toBe(printableRangesSource(fontsDir))
  })

  it('knows every script the plan prints, and not the ones it cannot', () => {
    for (const char of 'aZéŁşİğ€ΩЖїحسنپچگژےשלוםሰላምትግርኛ→≥✓□😀') expect(isPrintable(char.codePointAt(0) ?? 0), char).toBe(true)
    for (const char of '你好漢字ไทยनमस्ते한국') expect(isPrintable(char.codePointAt(0) ?? 0), char).toBe(false)
  })

  it('names, each once and in order, the characters a dossier holds that the plan will show as □', { timeout: 60_000 }, () => {
    const dossier = makeDossier({
      subject: { firstName: '李', surname: 'Jansen' },
      matters: { keepDoing: 'Koken, 李 en ไทย 😀', energy: 'حسن  שלום ሰላም' },
    })
    expect(unprintableCharacters(dossier)).toEqual(['李', 'ไ', 'ท', 'ย'])
    // The plan itself agrees: exactly these are printed as □ and listed.
    expect(new Set(renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir }).missing)).toEqual(new Set(unprintableCharacters(dossier)))
    expect(unprintableCharacters(makeDossier({ subject: { firstName: 'Ayşe' } }))).toEqual([])
  })
})
