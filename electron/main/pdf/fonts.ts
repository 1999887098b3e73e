import fs from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'
import subsetFont from 'subset-font'

export interface FontFiles {
  regular: Buffer
  bold: Buffer
  canDraw: (codePoint: number) => boolean
  /** Width of a word at size 1, from the full font (a subset draws the same glyphs); cached for the app's life. */
  wordWidth: (word: string, bold: boolean) => number
}

export interface PlanFonts {
  regular: PDFFont
  bold: PDFFont
}

const cache = new Map<string, FontFiles>()

/**
 * Forgets every cached word and subset: they hold words from people's answers, which must not
 * outlive the moment their dossiers lock. The next plan loads the fonts again (a few ms).
 */
export function forgetTextCaches(): void {
  cache.clear()
}

/** Noto Sans (SIL Open Font License): Latin incl. Turkish and Polish, Greek and Cyrillic. */
export function loadFontFiles(fontsDir: string): FontFiles {
  const cached = cache.get(fontsDir)
  if (cached) return cached
  const regular = fs.readFileSync(path.join(fontsDir, 'NotoSans-Regular.ttf'))
  const bold = fs.readFileSync(path.join(fontsDir, 'NotoSans-Bold.ttf'))
  const regularFace = fontkit.create(regular)
  const boldFace = fontkit.create(bold)
  const coverage = new Map<number, boolean>()
  const canDraw = (codePoint: number) => {
    let known = coverage.get(codePoint)
    if (known === undefined) {
      known = regularFace.hasGlyphForCodePoint(codePoint) && boldFace.hasGlyphForCodePoint(codePoint)
      coverage.set(codePoint, known)
    }
    return known
  }
  const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() }
  const wordWidth = (word: string, isBold: boolean) => {
    const cache = isBold ? widths.bold : widths.regular
    let width = cache.get(word)
    if (width === undefined) {
      const face = isBold ? boldFace : regularFace
      const run = face.layout(word)
      width = run.glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / face.unitsPerEm
      cache.set(word, width)
    }
    return width
  }
  const files = { regular, bold, canDraw, wordWidth }
  cache.set(fontsDir, files)
  return files
}

/** The last harfbuzz subset, reused while a new plan needs no character it lacks. */
interface SubsetCache {
  characters: Set<string>
  regular: Buffer
  bold: Buffer
}
const subsets = new WeakMap<FontFiles, SubsetCache>()

async function subsetFor(files: FontFiles, text: string): Promise<SubsetCache> {
  const cached = subsets.get(files)
  const needed = new Set(`${text} 0123456789`)
  if (cached && [...needed].every((char) => cached.characters.has(char))) return cached
  const characters = new Set([...(cached?.characters ?? []), ...needed])
  const all = [...characters].join('')
  const [regular, bold] = await Promise.all([
    subsetFont(files.regular, all, { targetFormat: 'truetype' }),
    subsetFont(files.bold, all, { targetFormat: 'truetype' }),
  ])
  const fresh = { characters, regular, bold }
  subsets.set(files, fresh)
  return fresh
}

/**
 * fontkit, but opening the same font bytes only once: the shaped words cached on a font (see
 * shapeWordByWord) then serve every plan made with that subset, not just one.
 */
const openedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>()
const cachingFontkit = {
  ...fontkit,
  create: (data: Uint8Array, postscriptName?: string) => {
    let font = openedFonts.get(data)
    if (!font) {
      font = fontkit.create(data as Buffer, postscriptName)
      shapeWordByWord(font as unknown as ShapingFont)
      openedFonts.set(data, font)
    }
    return font
  },
}

/**
 * Embeds both fonts, cut down to the characters of this document (pdf-lib then keeps only the
 * glyphs drawn). Subsetting with harfbuzz first is what keeps the file small *and* correct:
 * pdf-lib's own subsetter (through fontkit) loses most glyphs of Noto Sans (pdf-lib issue #1232).
 */
export async function embedPlanFonts(doc: PDFDocument, files: FontFiles, text: string): Promise<PlanFonts> {
  doc.registerFontkit(cachingFontkit)
  const subset = await subsetFor(files, text)
  return {
    regular: await doc.embedFont(subset.regular, { subset: true }),
    bold: await doc.embedFont(subset.bold, { subset: true }),
  }
}

interface ShapingFont {
  layout: (text: string, features?: unknown) => { glyphs: unknown[] }
}

/**
 * pdf-lib shapes every line it draws or measures with fontkit, running all of the font's
 * substitution and positioning tables: that was three quarters of the time to make a long plan.
 * pdf-lib only uses the resulting glyphs (never the positions), and no substitution crosses a
 * space in Latin, Greek or Cyrillic text, so shaping each word once and reusing it gives the same
 * glyphs, several times faster.
 */
function shapeWordByWord(shaper: ShapingFont): void {
  const layoutWhole = shaper.layout.bind(shaper)
  const words = new Map<string, unknown[]>()
  const glyphsOf = (word: string, features: unknown) => {
    const key = features === undefined ? word : `${JSON.stringify(features)}\u0000${word}`
    let glyphs = words.get(key)
    if (!glyphs) {
      glyphs = layoutWhole(word, features).glyphs
      words.set(key, glyphs)
    }
    return glyphs
  }
  shaper.layout = (text, features) => {
    if (!text.includes(' ')) return { glyphs: glyphsOf(text, features) }
    const glyphs: unknown[] = []
    text.split(' ').forEach((word, index) => {
      if (index > 0) glyphs.push(...glyphsOf(' ', features))
      if (word !== '') glyphs.push(...glyphsOf(word, features))
    })
    return { glyphs }
  }
}
