import { A4, type Color, type Page, type PdfDocumentBuilder, type StructElem, type StructType } from '../engine/document'
import type { Shaper } from '../engine/lines'
import { wrapText } from './wrap'

export { A4 }

export interface Margins {
  top: number
  bottom: number
  /** The inside edge (left in a left-to-right document), wide enough for punching and binding. */
  start: number
  end: number
}

export interface TextStyle {
  bold?: boolean | undefined
  size?: number | undefined
  color?: Color | undefined
  /** From the start edge of the text column. */
  indent?: number | undefined
  /** Line height as a multiple of the size. */
  leading?: number | undefined
}

export const colors = {
  text: [0.07, 0.07, 0.07] as Color,
  muted: [0.3, 0.3, 0.3] as Color,
  rule: [0.55, 0.55, 0.55] as Color,
  light: [0.9, 0.9, 0.9] as Color,
  tint: [0.95, 0.95, 0.95] as Color,
}

/** A text's own direction: that of its first letter with a direction (Arabic and Hebrew read right to left). */
export function directionOf(text: string): 'ltr' | 'rtl' {
  const strong = /[\p{L}]/u.exec(text)?.[0]
  return strong && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(strong) ? 'rtl' : 'ltr'
}

/**
 * The person's words, isolated in a sentence (FSI … PDI), may be broken over two lines: each line
 * then gets its own isolate, so the second line keeps the words' direction too.
 */
function balanceIsolates(lines: string[]): string[] {
  let open = false
  return lines.map((line) => {
    const starts = open
    for (const char of line) {
      if (char === '\u2068') open = true
      else if (char === '\u2069') open = false
    }
    return `${starts ? '\u2068' : ''}${line}${open ? '\u2069' : ''}`
  })
}

/** Text that is only the person's own words (one isolate, see Words.isolate in domain/text). */
const ownWordsOnly = /^\u2068[^\u2068\u2069]*\u2069$/

/**
 * Lays text out top to bottom on A4 pages and starts a new page whenever the next line would not
 * fit, so nothing is ever drawn outside the page. `top` is the distance from the page's top edge
 * to the next free line. Positions are "from the start edge": the left in a Dutch document, the
 * right in an Arabic one. Everything drawn is tagged: text as part of the current structure
 * element, lines and boxes as artifacts.
 */
export class PageWriter {
  top = 0
  readonly contentWidth: number
  private current: StructElem
  private pageIndex = -1

  constructor(
    readonly doc: PdfDocumentBuilder,
    readonly shaper: Shaper,
    readonly margins: Margins,
    /** The body text size; everything else scales from it. */
    readonly base: number,
    /** The smallest size any text may have (large print keeps everything readable). */
    readonly minimumSize: number,
    readonly direction: 'ltr' | 'rtl',
    /** Only where things fall (pagesNeeded): lines are wrapped and placed, not shaped or drawn. */
    readonly measureOnly = false,
  ) {
    this.contentWidth = A4.width - margins.start - margins.end
    this.current = doc.root
    this.newPage()
  }

  get page(): Page {
    const page = this.doc.pages[this.pageIndex]
    if (!page) throw new Error('no page')
    return page
  }

  get pageCount(): number {
    return this.doc.pages.length
  }

  get bottomLimit(): number {
    return A4.height - this.margins.bottom
  }

  get remaining(): number {
    return this.bottomLimit - this.top
  }

  newPage(): void {
    this.doc.addPage()
    this.pageIndex = this.doc.pages.length - 1
    this.top = this.margins.top
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining && this.top > this.margins.top) this.newPage()
  }

  space(points: number): void {
    this.top = Math.min(this.top + points, this.bottomLimit)
  }

  /** A size, but never below the minimum. */
  size(scale: number): number {
    return Math.max(this.base * scale, this.minimumSize)
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? this.base) * (style.leading ?? 1.45)
  }

  measure(text: string, style: TextStyle = {}): number {
    return this.shaper.measure(text, style.bold ? 'bold' : 'regular', style.size ?? this.base)
  }

  wrap(text: string, style: TextStyle = {}, width = this.contentWidth - (style.indent ?? 0)): string[] {
    const size = style.size ?? this.base
    const weight = style.bold ? 'bold' : 'regular'
    return balanceIsolates(wrapText(text, (word) => this.shaper.measure(word, weight, size), width))
  }

  /** Structure: what is drawn inside `draw` belongs to a new element of `type`, child of the current one. */
  tag<T>(type: StructType, draw: (elem: StructElem) => T, options: { alt?: string } = {}): T {
    const parent = this.current
    const elem = parent.add(type, options)
    this.current = elem
    try {
      return draw(elem)
    } finally {
      this.current = parent
    }
  }

  /** Physical x of a column that starts `offset` from the start edge and is `width` wide. */
  columnX(offset: number, width: number): number {
    return this.direction === 'ltr' ? this.margins.start + offset : A4.width - this.margins.start - offset - width
  }

  /**
   * The direction a paragraph is read in: the document's, for the app's own sentences (a name in
   * Arabic inside a Dutch sentence is isolated, not turned around); the text's own for the
   * person's own words only (an Arabic answer in a Dutch plan reads right to left, and stands at
   * the right of its column).
   */
  directionFor(paragraph: string): 'ltr' | 'rtl' {
    return ownWordsOnly.test(paragraph) ? directionOf(paragraph) : this.direction
  }

  /**
   * Draws one line whose top is at `top`, in a column from `offset` (from the start edge) to the
   * end edge, or `width` wide, aligned to the start of its `direction`.
   */
  drawLine(line: string, offset: number, top: number, style: TextStyle = {}, width = this.contentWidth - offset, direction = this.direction): void {
    if (line === '' || this.measureOnly) return
    const size = style.size ?? this.base
    const shaped = this.shaper.layoutLine(line, style.bold ? 'bold' : 'regular', size, direction)
    const columnLeft = this.columnX(offset, width)
    const x = direction === 'ltr' ? columnLeft : columnLeft + width - shaped.width
    const ascent = size * 0.95
    const baseline = A4.height - top - (this.lineHeight(style) - size) / 2 - ascent
    this.page.tagged(this.current, () => this.page.text(shaped, x, baseline, size, style.color ?? colors.text))
  }

  /**
   * Text that flows across pages. `keepLines` is how many of its first lines must stay together
   * (with whatever the caller keeps before it, such as a label).
   */
  paragraph(text: string, style: TextStyle = {}, keepLines = 2): void {
    const direction = this.directionFor(text)
    const lines = this.wrap(text, style)
    const height = this.lineHeight(style)
    this.ensure(height * Math.min(keepLines, lines.length))
    lines.forEach((line, index) => {
      // The last two lines of a paragraph do not stand alone at the top of a page either.
      const left = lines.length - index
      this.ensure(height * (left === 2 && lines.length > 3 ? 2 : 1))
      this.drawLine(line, style.indent ?? 0, this.top, style, this.contentWidth - (style.indent ?? 0), direction)
      this.top += height
    })
  }

  /** A heading that never ends a page: it moves on unless `keepWithNext` points of what follows fit under it. */
  heading(text: string, level: 1 | 2 | 3, keepWithNext = 2 * this.lineHeight()): void {
    const size = this.size(({ 1: 1.6, 2: 1.25, 3: 1.05 } as const)[level])
    const style: TextStyle = { bold: true, size, leading: 1.25 }
    const lines = this.wrap(text, style)
    const before = this.top > this.margins.top ? this.base * (level === 3 ? 0.6 : 1.1) : 0
    this.ensure(before + lines.length * this.lineHeight(style) + keepWithNext)
    if (this.top > this.margins.top) this.space(before)
    this.tag(level === 1 ? 'H1' : level === 2 ? 'H2' : 'H3', () => {
      for (const line of lines) {
        this.drawLine(line, 0, this.top, style)
        this.top += this.lineHeight(style)
      }
    })
    this.space(this.base * 0.25)
  }

  /** A horizontal rule across the content width (decoration, not text). */
  rule(thickness = 0.75, color = colors.rule): void {
    this.ensure(thickness + 2)
    const y = A4.height - this.top
    this.page.artifact(() => this.page.line(this.margins.start, y, A4.width - this.margins.end, y, thickness, color))
    this.top += thickness + 2
  }

  /** A box, `offset` from the start edge; `top` from the page's top. Decoration, not text. */
  rect(
    offset: number,
    top: number,
    width: number,
    height: number,
    options: { fill?: Color | undefined; border?: Color | undefined; borderWidth?: number | undefined },
  ): void {
    const x = this.columnX(offset, width)
    this.page.artifact(() =>
      this.page.rect(
        x,
        A4.height - top - height,
        width,
        height,
        options.fill,
        options.border ? { color: options.border, width: options.borderWidth ?? 1 } : undefined,
      ),
    )
  }

  /** A line from one offset to another at `top`. Decoration, not text. */
  hline(fromOffset: number, toOffset: number, top: number, thickness: number, color: Color): void {
    const a = this.columnX(fromOffset, 0)
    const b = this.columnX(toOffset, 0)
    const y = A4.height - top
    this.page.artifact(() => this.page.line(Math.min(a, b), y, Math.max(a, b), y, thickness, color))
  }

  /** A filled circle centred `offset` from the start edge. Decoration, not text. */
  dot(offset: number, top: number, radius: number, color: Color): void {
    const x = this.columnX(offset, 0)
    const y = A4.height - top
    // Four Bézier arcs (the usual 0.5523 approximation of a circle).
    const k = radius * 0.5523
    this.page.artifact(() => {
      this.page.ops.push(
        `${color[0]} ${color[1]} ${color[2]} rg`,
        `${x + radius} ${y} m`,
        `${x + radius} ${y + k} ${x + k} ${y + radius} ${x} ${y + radius} c`,
        `${x - k} ${y + radius} ${x - radius} ${y + k} ${x - radius} ${y} c`,
        `${x - radius} ${y - k} ${x - k} ${y - radius} ${x} ${y - radius} c`,
        `${x + k} ${y - radius} ${x + radius} ${y - k} ${x + radius} ${y} c f`,
      )
    })
  }
}
