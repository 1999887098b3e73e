import { type PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from 'pdf-lib'
import type { PlanFonts } from './fonts'
import { wrapText } from './text'

export const A4 = { width: 595.28, height: 841.89 }

export interface Margins {
  top: number
  bottom: number
  /** Inside edge, wide enough for punching and binding. */
  start: number
  end: number
}

export interface TextStyle {
  bold?: boolean
  size?: number
  color?: RGB
  indent?: number
  /** Line height as a multiple of the size. */
  leading?: number
}

export const colors = {
  text: rgb(0.07, 0.07, 0.07),
  muted: rgb(0.3, 0.3, 0.3),
  rule: rgb(0.55, 0.55, 0.55),
  light: rgb(0.9, 0.9, 0.9),
  tint: rgb(0.95, 0.95, 0.95),
}

/**
 * Lays text out top to bottom on A4 pages and starts a new page whenever the next line would not
 * fit, so nothing is ever drawn outside the page. `top` is the distance from the page's top edge
 * to the next free line.
 */
export class PageWriter {
  readonly pages: PDFPage[] = []
  top = 0
  readonly contentWidth: number

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PlanFonts,
    readonly margins: Margins,
    /** The body text size; everything else scales from it (large print doubles nothing by hand). */
    readonly base: number,
    private readonly wordWidth: (word: string, bold: boolean) => number,
  ) {
    this.contentWidth = A4.width - margins.start - margins.end
    this.newPage()
  }

  get page(): PDFPage {
    const page = this.pages[this.pages.length - 1]
    if (!page) throw new Error('no page')
    return page
  }

  get bottomLimit(): number {
    return A4.height - this.margins.bottom
  }

  get remaining(): number {
    return this.bottomLimit - this.top
  }

  newPage(): void {
    this.pages.push(this.doc.addPage([A4.width, A4.height]))
    this.top = this.margins.top
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining && this.top > this.margins.top) this.newPage()
  }

  space(points: number): void {
    this.top = Math.min(this.top + points, this.bottomLimit)
  }

  font(style: TextStyle = {}): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? this.base) * (style.leading ?? 1.45)
  }

  wrap(text: string, style: TextStyle = {}, width = this.contentWidth - (style.indent ?? 0)): string[] {
    const size = style.size ?? this.base
    const bold = style.bold ?? false
    return wrapText(text, (word) => this.wordWidth(word, bold) * size, width)
  }

  /** Draws one line whose top is at `top`, at `x` from the page's left edge. */
  drawLine(line: string, x: number, top: number, style: TextStyle = {}): void {
    if (line === '') return
    const font = this.font(style)
    const size = style.size ?? this.base
    const ascent = font.heightAtSize(size, { descender: false })
    const lineBox = this.lineHeight(style)
    const baseline = A4.height - top - (lineBox - size) / 2 - ascent
    this.page.drawText(line, { x, y: baseline, size, font, color: style.color ?? colors.text })
  }

  /**
   * Text that flows across pages. `keepLines` is how many of its first lines must stay together
   * (with whatever the caller keeps before it, such as a label).
   */
  paragraph(text: string, style: TextStyle = {}, keepLines = 2): void {
    const lines = this.wrap(text, style)
    const height = this.lineHeight(style)
    this.ensure(height * Math.min(keepLines, lines.length))
    for (const line of lines) {
      this.ensure(height)
      this.drawLine(line, this.margins.start + (style.indent ?? 0), this.top, style)
      this.top += height
    }
  }

  /** A heading that never ends a page: it moves to the next page unless two lines of text fit under it. */
  heading(text: string, level: 1 | 2 | 3, keepWithNext = 2 * this.lineHeight()): void {
    const size = this.base * ({ 1: 1.75, 2: 1.3, 3: 1.08 } as const)[level]
    const style: TextStyle = { bold: true, size, leading: 1.25 }
    const lines = this.wrap(text, style)
    const before = this.top > this.margins.top ? this.base * (level === 3 ? 0.6 : 1.1) : 0
    const needed = before + lines.length * this.lineHeight(style) + keepWithNext
    this.ensure(needed)
    if (this.top > this.margins.top) this.space(before)
    for (const line of lines) {
      this.drawLine(line, this.margins.start, this.top, style)
      this.top += this.lineHeight(style)
    }
    this.space(this.base * 0.25)
  }

  /** A horizontal rule across the content width. */
  rule(thickness = 0.75, color = colors.rule): void {
    this.ensure(thickness + 2)
    const y = A4.height - this.top
    this.page.drawLine({
      start: { x: this.margins.start, y },
      end: { x: A4.width - this.margins.end, y },
      thickness,
      color,
    })
    this.top += thickness + 2
  }

  rect(
    x: number,
    top: number,
    width: number,
    height: number,
    options: { fill?: RGB | undefined; border?: RGB | undefined; borderWidth?: number | undefined },
  ): void {
    this.page.drawRectangle({
      x,
      y: A4.height - top - height,
      width,
      height,
      ...(options.fill && { color: options.fill }),
      ...(options.border && { borderColor: options.border }),
      borderWidth: options.border ? (options.borderWidth ?? 1) : 0,
    })
  }
}
