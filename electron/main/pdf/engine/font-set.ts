import fs from 'node:fs'
import path from 'node:path'
import { TrueTypeFont } from './truetype'

/**
 * The fonts of the plan, and which one draws which character. Noto Sans draws Latin (Dutch,
 * Turkish, Polish), Greek and Cyrillic; Vazirmatn Arabic, Persian and Urdu (it positions marks as
 * Chromium does, where Noto Sans Arabic misplaced dots in pdf-lib, see TECH-NOTES); Noto Sans
 * Hebrew and Noto Sans Ethiopic (Tigrinya, Amharic) their scripts; Noto Sans Math and Noto Sans
 * Symbols 2 arrows, signs and check marks (→ ≥ ✓ □); Noto Emoji draws emoji in one colour. All are
 * SIL Open Font License (assets/fonts/OFL.txt).
 */
export type Family = 'latin' | 'arabic' | 'hebrew' | 'ethiopic' | 'math' | 'symbols' | 'emoji'
export type Weight = 'regular' | 'bold'

const files: Record<Family, Record<Weight, string>> = {
  latin: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  arabic: { regular: 'Vazirmatn-Regular.ttf', bold: 'Vazirmatn-Bold.ttf' },
  hebrew: { regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
  ethiopic: { regular: 'NotoSansEthiopic-Regular.ttf', bold: 'NotoSansEthiopic-Bold.ttf' },
  // One weight each: a bold arrow or emoji reads the same.
  math: { regular: 'NotoSansMath-Regular.ttf', bold: 'NotoSansMath-Regular.ttf' },
  symbols: { regular: 'NotoSansSymbols2-Regular.ttf', bold: 'NotoSansSymbols2-Regular.ttf' },
  emoji: { regular: 'NotoEmoji-Regular.ttf', bold: 'NotoEmoji-Regular.ttf' },
}

/** In this order a character finds its font; Latin first, so digits and punctuation look the same everywhere. */
const order: Family[] = ['latin', 'arabic', 'hebrew', 'ethiopic', 'math', 'symbols', 'emoji']

/** Drawn where no font has the character; the document then says what could not be printed. */
export const MISSING_MARK = '\u25A1'

export interface FontChoice {
  family: Family
  font: TrueTypeFont
}

export class FontSet {
  private readonly loaded = new Map<string, TrueTypeFont>()
  private readonly familyOf = new Map<number, Family | null>()

  constructor(private readonly fontsDir: string) {}

  font(family: Family, weight: Weight): TrueTypeFont {
    const file = files[family][weight]
    let font = this.loaded.get(file)
    if (!font) {
      font = new TrueTypeFont(file.replace(/\.ttf$/, ''), fs.readFileSync(path.join(this.fontsDir, file)))
      this.loaded.set(file, font)
    }
    return font
  }

  /** The family that draws a character, or null when none can. Fonts load only when a character needs them. */
  familyFor(codePoint: number): Family | null {
    const known = this.familyOf.get(codePoint)
    if (known !== undefined) return known
    let found: Family | null = null
    for (const family of order) {
      if (!mayCover(family, codePoint)) continue
      if (this.font(family, 'regular').has(codePoint)) {
        found = family
        break
      }
    }
    this.familyOf.set(codePoint, found)
    return found
  }

  choose(codePoint: number, weight: Weight): FontChoice | null {
    const family = this.familyFor(codePoint)
    return family && { family, font: this.font(family, weight) }
  }
}

/**
 * A cheap first test, so a Latin plan never loads the other fonts: the Unicode blocks each
 * family can draw at all.
 */
function mayCover(family: Family, codePoint: number): boolean {
  switch (family) {
    case 'latin':
      return (
        codePoint < 0x0590 ||
        (codePoint >= 0x1d00 && codePoint < 0x2c00) ||
        (codePoint >= 0x2c60 && codePoint < 0x2e80) ||
        (codePoint >= 0xa640 && codePoint < 0xa800) ||
        (codePoint >= 0xfb00 && codePoint < 0xfb07) ||
        codePoint === 0xfffd
      )
    case 'arabic':
      return (
        (codePoint >= 0x0600 && codePoint < 0x0780) ||
        (codePoint >= 0x08a0 && codePoint < 0x0900) ||
        (codePoint >= 0xfb50 && codePoint < 0xfe00) ||
        (codePoint >= 0xfe70 && codePoint < 0xff00) ||
        codePoint === 0x200c ||
        codePoint === 0x200d
      )
    case 'hebrew':
      return (codePoint >= 0x0590 && codePoint < 0x0600) || (codePoint >= 0xfb1d && codePoint < 0xfb50)
    case 'ethiopic':
      return (
        (codePoint >= 0x1200 && codePoint < 0x13a0) ||
        (codePoint >= 0x2d80 && codePoint < 0x2de0) ||
        (codePoint >= 0xab00 && codePoint < 0xab30) ||
        (codePoint >= 0x1e7e0 && codePoint < 0x1e800)
      )
    case 'math':
    case 'symbols':
      return (codePoint >= 0x2000 && codePoint < 0x2e00) || (codePoint >= 0x1d400 && codePoint < 0x1d800) || (codePoint >= 0x1f000 && codePoint < 0x1fb00)
    case 'emoji':
      return codePoint >= 0x2000
  }
}

/** Characters that are never drawn: joiners and variation selectors shape what is next to them. */
export function isInvisible(codePoint: number): boolean {
  // Skin-tone modifiers too: a one-colour emoji font draws them as a separate swatch.
  if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) return true
  return (
    codePoint === 0x200d ||
    codePoint === 0x200c ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0x200b ||
    codePoint === 0xfeff ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x200e ||
    codePoint === 0x200f
  )
}

/**
 * Every character some font of the plan draws (visible characters; joiners and selectors count as
 * drawn), as sorted [first, last] ranges over the planes people type in (0 and 1). The domain's
 * table (domain/plan/printable-ranges.ts) is this, written out; a test keeps the two equal.
 */
export function drawableRanges(fonts: FontSet): [number, number][] {
  const ranges: [number, number][] = []
  for (let codePoint = 0x20; codePoint < 0x20000; codePoint++) {
    if (codePoint >= 0xd800 && codePoint < 0xe000) continue
    if (!isInvisible(codePoint) && fonts.familyFor(codePoint) === null) continue
    const last = ranges[ranges.length - 1]
    if (last && last[1] === codePoint - 1) last[1] = codePoint
    else ranges.push([codePoint, codePoint])
  }
  return ranges
}
