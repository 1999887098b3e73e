import { createRequire } from 'node:module'
import bidiFactory from 'bidi-js'
import { isInvisible, MISSING_MARK, type Family, type FontSet, type Weight } from './font-set'
import type { TrueTypeFont } from './truetype'

/** A glyph placed on a line, in points from the start of its run; `y` up from the baseline. */
export interface PlacedGlyph {
  gid: number
  x: number
  y: number
  /** The characters it stands for (one glyph can be several, as the Arabic lam-alef). */
  text: string
}

/** Glyphs of one font and direction, in visual order (left to right on the page). */
export interface GlyphRun {
  family: Family
  font: TrueTypeFont
  glyphs: PlacedGlyph[]
  width: number
  /** The run's characters in reading (logical) order, for copy-and-paste. */
  text: string
  /**
   * Set for the common case (left to right, one glyph per character, each at its own advance):
   * the glyphs, one per UTF-16 unit of `text`, and `glyphs` is left empty: a plan is mostly this,
   * and not making an object per letter is what makes it fast.
   */
  plain?: Uint16Array
  rtl: boolean
  /** Where the run starts in the line's reading order: runs are drawn in this order. */
  logicalStart: number
}

export interface ShapedLine {
  runs: GlyphRun[]
  width: number
}

const bidi = bidiFactory()
/** fontkit is loaded only for a plan with Arabic script: it costs tens of milliseconds to load. */
let fontkit: { create: (bytes: Uint8Array) => FontkitFont } | undefined
interface FontkitFont {
  layout: (text: string) => { glyphs: { id: number; codePoints: number[] }[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] }
  unitsPerEm: number
}
const shapers = new WeakMap<TrueTypeFont, FontkitFont>()

function arabicShaper(font: TrueTypeFont): FontkitFont {
  let shaper = shapers.get(font)
  if (!shaper) {
    fontkit ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof fontkit
    shaper = (fontkit as NonNullable<typeof fontkit>).create(font.bytes)
    shapers.set(font, shaper)
  }
  return shaper
}

/**
 * Measures and shapes text for the page. Most scripts need no shaping: a glyph per character,
 * its width from the font's own table. Arabic (and Persian, Urdu) joins letters and places marks:
 * for those runs fontkit shapes, with the font's own rules. Lines are laid out in reading order
 * and put in visual order per line, after wrapping, by the Unicode bidirectional algorithm
 * (bidi-js); reordering characters before shaping would break Arabic joining.
 */
/** Characters below this (Latin, Greek, Cyrillic) may take the plain path: no shaping, no bidi. */
const PLAIN_LIMIT = 0x0590
const UNKNOWN = -2
const NOT_PLAIN = -1

export class Shaper {
  /** Characters no font could draw; the document says so. */
  readonly missing = new Set<string>()
  private readonly widths = new Map<string, number>()
  /** Per weight and character below PLAIN_LIMIT: its advance in the Latin font, or NOT_PLAIN. */
  private readonly plainAdvance: Record<Weight, Float64Array> = {
    regular: new Float64Array(PLAIN_LIMIT).fill(UNKNOWN),
    bold: new Float64Array(PLAIN_LIMIT).fill(UNKNOWN),
  }
  private readonly plainGlyph: Record<Weight, Uint16Array> = { regular: new Uint16Array(PLAIN_LIMIT), bold: new Uint16Array(PLAIN_LIMIT) }

  constructor(private readonly fonts: FontSet) {}

  private plainAdvanceOf(code: number, weight: Weight): number {
    const table = this.plainAdvance[weight]
    let advance = table[code] ?? NOT_PLAIN
    if (advance === UNKNOWN) {
      advance = NOT_PLAIN
      if (!isInvisible(code) && this.fonts.familyFor(code) === 'latin') {
        const font = this.fonts.font('latin', weight)
        const gid = font.glyphOf(code)
        if (gid !== 0) {
          this.plainGlyph[weight][code] = gid
          advance = font.advance(gid)
        }
      }
      table[code] = advance
    }
    return advance
  }

  /** The plain width of text in thousandths of the size, or -1 when it needs the full path. */
  private plainWidth(text: string, weight: Weight): number {
    let width = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code >= PLAIN_LIMIT) {
        // Isolates around left-to-right words change nothing in a left-to-right line.
        if (code >= 0x2066 && code <= 0x2069) continue
        return -1
      }
      const advance = this.plainAdvanceOf(code, weight)
      if (advance < 0) return -1
      width += advance
    }
    return width
  }

  /** The width of text (a word, or a line) at `size` points, in any script. */
  measure(text: string, weight: Weight, size: number): number {
    const plain = this.plainWidth(text, weight)
    if (plain >= 0) return (plain * size) / 1000
    const key = `${weight}\u0000${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width = 0
      for (const run of this.logicalRuns(text, weight)) width += run.width
      this.widths.set(key, width)
    }
    return (width * size) / 1000
  }

  /** One line, ready to draw: its runs in visual order. `direction` is the paragraph's. */
  layoutLine(text: string, weight: Weight, size: number, direction: 'ltr' | 'rtl'): ShapedLine {
    if (direction === 'ltr') {
      const plain = this.plainWidth(text, weight)
      if (plain >= 0) {
        text = text.replace(/[\u2066-\u2069]/g, '')
        const table = this.plainGlyph[weight]
        const gids = new Uint16Array(text.length)
        for (let index = 0; index < text.length; index++) gids[index] = table[text.charCodeAt(index)] ?? 0
        const width = (plain * size) / 1000
        return { runs: [{ family: 'latin', font: this.fonts.font('latin', weight), glyphs: [], plain: gids, width, text, rtl: false, logicalStart: 0 }], width }
      }
    }
    const points = [...text]
    // bidi-js works on UTF-16 units; one placeholder unit per character keeps its indices ours.
    const units = points.map((char) => (char.length > 1 ? '\uFFFC' : char)).join('')
    const simple = direction === 'ltr' && !/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(units)
    const levels = simple ? null : bidi.getEmbeddingLevels(units, direction)
    const visual = levels ? bidi.getReorderedIndices(units, levels, 0, points.length - 1) : points.map((_, index) => index)
    const runs: GlyphRun[] = []
    let pending: { family: Family; rtl: boolean; indices: number[] } | undefined
    const flush = () => {
      if (!pending) return
      const logical = pending.rtl ? [...pending.indices].reverse() : pending.indices
      const chars = logical.map((index) => {
        const char = points[index] ?? ''
        return pending?.rtl ? (bidi.getMirroredCharacter(char) ?? char) : char
      })
      const run = this.shapeRun(chars.join(''), pending.family, weight, pending.rtl)
      run.logicalStart = Math.min(...pending.indices)
      runs.push(run)
      pending = undefined
    }
    for (const index of visual) {
      const char = points[index] ?? ''
      const codePoint = char.codePointAt(0) ?? 0
      if (isInvisible(codePoint)) continue
      const family = this.fonts.familyFor(codePoint) ?? 'math'
      const rtl = levels ? (levels.levels[index] ?? 0) % 2 === 1 : false
      // Right-to-left text is drawn word by word in reading order (see Page.text), so a space ends a run.
      const wordBreak = rtl && (char === ' ' || pending?.indices.some((at) => points[at] === ' '))
      if (pending && pending.family === family && pending.rtl === rtl && !wordBreak) pending.indices.push(index)
      else {
        flush()
        pending = { family, rtl, indices: [index] }
      }
    }
    flush()
    const scale = size / 1000
    let width = 0
    for (const run of runs) {
      for (const glyph of run.glyphs) {
        glyph.x *= scale
        glyph.y *= scale
      }
      run.width *= scale
      width += run.width
    }
    return { runs, width }
  }

  /** Runs in reading order, for measuring. */
  private logicalRuns(text: string, weight: Weight): GlyphRun[] {
    const runs: GlyphRun[] = []
    let family: Family | undefined
    let chars = ''
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0
      if (isInvisible(codePoint)) continue
      const next = this.fonts.familyFor(codePoint) ?? 'math'
      if (family !== undefined && next !== family) {
        runs.push(this.shapeRun(chars, family, weight, family === 'arabic'))
        chars = ''
      }
      family = next
      chars += char
    }
    if (family !== undefined && chars) runs.push(this.shapeRun(chars, family, weight, family === 'arabic'))
    return runs
  }

  /**
   * Glyphs for characters of one font, in thousandths of the size. An RTL run's characters come in
   * reading order and its glyphs go out in visual order.
   */
  private shapeRun(text: string, family: Family, weight: Weight, rtl: boolean): GlyphRun {
    const font = this.fonts.font(family, weight)
    const glyphs: PlacedGlyph[] = []
    let x = 0
    if (family === 'arabic') {
      const shaper = arabicShaper(font)
      const shaped = shaper.layout(text)
      const scale = 1000 / shaper.unitsPerEm
      // fontkit gives an Arabic run in visual order already.
      shaped.glyphs.forEach((glyph, index) => {
        const position = shaped.positions[index] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 }
        glyphs.push({ gid: glyph.id, x: x + position.xOffset * scale, y: position.yOffset * scale, text: String.fromCodePoint(...glyph.codePoints) })
        x += position.xAdvance * scale
      })
      return { family, font, glyphs, width: x, text, rtl: true, logicalStart: 0 }
    }
    const ordered = rtl ? [...text].reverse() : [...text]
    for (const char of ordered) {
      const codePoint = char.codePointAt(0) ?? 0
      let gid = font.glyphOf(codePoint)
      const drawn = char
      if (gid === 0) {
        // No font has it (Chinese, say): a visible box instead, and the document lists what is missing.
        this.missing.add(char)
        gid = font.glyphOf(MISSING_MARK.codePointAt(0) ?? 0)
        // What is copied out is what is seen: the box (the document lists the characters).
        glyphs.push({ gid, x, y: 0, text: MISSING_MARK })
        x += font.advance(gid)
        continue
      }
      glyphs.push({ gid, x, y: 0, text: drawn })
      x += font.advance(gid)
    }
    return { family, font, glyphs, width: x, text, rtl, logicalStart: 0 }
  }
}
