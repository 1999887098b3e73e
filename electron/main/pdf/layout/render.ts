import { A4, PdfDocumentBuilder } from '../engine/document'
import { FontSet } from '../engine/font-set'
import { Shaper } from '../engine/lines'
import { drawBlocks, type Block } from './blocks'
import { colors, PageWriter } from './writer'

/** What every document of Aan Tafel shares: A4, the fonts, header and footer, metadata. */
export interface DocumentSpec {
  blocks: Block[]
  /** Shown in the header of every page, after the person's name. */
  title: string
  /** The document's title in the PDF metadata (and in the viewer's title bar). */
  metadataTitle: string
  subject: string
  author: string
  keywords: string[]
  /** The person's name for the header; '' when none was given. */
  name: string
  /** The date in the header's other corner, already written out. */
  dateLine: string
  /** "pagina {{page}} van {{pages}}" in the document's language. */
  pageOf: (page: number, pages: number) => string
  /** Said at the end when some characters could not be printed (they show as □). */
  missingNote?: ((characters: string) => string) | undefined
  largePrint: boolean
  /** BCP 47, for the PDF's /Lang. */
  lang: string
  direction: 'ltr' | 'rtl'
  fontsDir: string
  now: Date
}

const fontSets = new Map<string, FontSet>()

/** Fonts are read once per run of the app and kept: the second plan costs no font parsing at all. */
function fontsFor(dir: string): FontSet {
  let fonts = fontSets.get(dir)
  if (!fonts) {
    fonts = new FontSet(dir)
    fontSets.set(dir, fonts)
  }
  return fonts
}

export interface Rendered {
  pdf: Uint8Array
  pages: number
  /** Characters no font could draw (shown as □, and named in the document). */
  missing: string[]
}

/** Body size and the smallest size anything may have, per print size. */
export function sizesOf(largePrint: boolean): { base: number; minimum: number } {
  return largePrint ? { base: 16, minimum: 14 } : { base: 11, minimum: 9 }
}

/** Lays blocks out on pages without saving: how many pages they take (for fitting page 1). */
export function pagesNeeded(blocks: Block[], options: { largePrint: boolean; direction: 'ltr' | 'rtl'; fontsDir: string }): number {
  const doc = new PdfDocumentBuilder({ title: '', author: '', subject: '', keywords: [], lang: 'nl', now: new Date(0) })
  const writer = newWriter(doc, new Shaper(fontsFor(options.fontsDir)), options.largePrint, options.direction, true)
  drawBlocks(writer, blocks)
  return writer.pageCount
}

function newWriter(doc: PdfDocumentBuilder, shaper: Shaper, largePrint: boolean, direction: 'ltr' | 'rtl', measureOnly = false): PageWriter {
  const { base, minimum } = sizesOf(largePrint)
  return new PageWriter(doc, shaper, { top: 62 + base, bottom: 56 + base, start: 70, end: 56 }, base, minimum, direction, measureOnly)
}

export function renderDocument(spec: DocumentSpec): Rendered {
  const shaper = new Shaper(fontsFor(spec.fontsDir))
  const doc = new PdfDocumentBuilder({
    title: spec.metadataTitle,
    author: spec.author,
    subject: spec.subject,
    keywords: spec.keywords,
    lang: spec.lang,
    now: spec.now,
  })
  const writer = newWriter(doc, shaper, spec.largePrint, spec.direction)
  drawBlocks(writer, spec.blocks)
  if (shaper.missing.size > 0 && spec.missingNote) {
    writer.space(writer.base)
    drawBlocks(writer, [{ kind: 'note', text: spec.missingNote([...shaper.missing].join(' ')) }])
  }

  // Header and footer on every page: page furniture, not text a screen reader reads in between.
  const pages = doc.pages.length
  const small = { size: writer.size(0.78), color: colors.muted }
  const headerText = spec.name ? `${spec.name} · ${spec.title}` : spec.title
  doc.pages.forEach((page, index) => {
    const headerTop = 34
    const dateWidth = writer.measure(spec.dateLine, small)
    const room = writer.contentWidth - dateWidth - 16
    const header = fitOnOneLine(writer, [headerText, spec.name || spec.title], small, room)
    const footer = spec.pageOf(index + 1, pages)
    const footerWidth = writer.measure(footer, small)
    const draw = (text: string, x: number, top: number) => {
      const shaped = shaper.layoutLine(text, 'regular', small.size, spec.direction)
      page.text(shaped, x, A4.height - top - small.size * 0.95, small.size, small.color)
    }
    page.artifact(() => {
      const startX = spec.direction === 'ltr' ? writer.margins.start : A4.width - writer.margins.start - writer.measure(header, small)
      const endX = (width: number) => (spec.direction === 'ltr' ? A4.width - writer.margins.end - width : writer.margins.end)
      draw(header, startX, headerTop)
      draw(spec.dateLine, endX(dateWidth), headerTop)
      const ruleY = A4.height - headerTop - small.size * 1.5
      page.line(writer.margins.start, ruleY, A4.width - writer.margins.end, ruleY, 0.5, colors.rule)
      draw(footer, endX(footerWidth), A4.height - 30 - small.size)
    }, 'Pagination')
  })
  return { pdf: doc.save(), pages, missing: [...shaper.missing] }
}

/** The first text that fits on one line; else the last one, cut with "…". Headers never wrap. */
function fitOnOneLine(writer: PageWriter, candidates: string[], style: { size: number }, width: number): string {
  const fits = candidates.filter((text) => text !== '').find((text) => writer.measure(text, style) <= width)
  if (fits !== undefined) return fits
  const last = candidates.filter((text) => text !== '').at(-1) ?? ''
  let cut = [...last]
  while (cut.length > 1 && writer.measure(`${cut.join('')}…`, style) > width) cut = cut.slice(0, -1)
  return `${cut.join('').trimEnd()}…`
}
