import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import type { ShapedLine } from './lines'
import { Name, PdfFile, PdfText, Raw, name, pdfDate, type PdfValue, type Ref } from './pdf-objects'
import type { TrueTypeFont } from './truetype'

export const A4 = { width: 595.28, height: 841.89 }

export type Color = readonly [number, number, number]

/** Structure types of a tagged PDF (ISO 32000 14.8.4) that Aan Tafel's documents use. */
export type StructType = 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Note'

/** One element of the structure tree: what a screen reader announces, in reading order. */
export class StructElem {
  readonly kids: (StructElem | { page: number; mcid: number })[] = []
  ref: Ref | undefined
  constructor(
    readonly type: StructType,
    readonly parent: StructElem | null,
    readonly options: { alt?: string; lang?: string } = {},
  ) {}

  add(type: StructType, options: { alt?: string; lang?: string } = {}): StructElem {
    const child = new StructElem(type, this, options)
    this.kids.push(child)
    return child
  }
}

interface EmbeddedFont {
  font: TrueTypeFont
  resource: string
  ref: Ref
  /** Glyph → the characters it stands for (for copying text out of the PDF). */
  toUnicode: Map<number, string>
  /** Glyphs already in `toUnicode` (a quicker test than the map, for every letter drawn). */
  seen: Uint8Array
}

const hexCache: string[] = []
const hex4 = (value: number) => (hexCache[value] ??= value.toString(16).padStart(4, '0'))
/** A number as PDF writes it: at most two decimals, no trailing zeros ("12.5", "3"). */
const num = (value: number) => String(Math.round(value * 100) / 100)

/** One page's drawing, written as PDF operators. */
export class Page {
  readonly ops: string[] = []
  private nextMcid = 0
  /** The structure element each marked-content id belongs to (the page's part of the ParentTree). */
  readonly marked: StructElem[] = []

  constructor(
    readonly index: number,
    private readonly doc: PdfDocumentBuilder,
  ) {}

  /** Content that belongs to `elem` in the structure tree. */
  tagged(elem: StructElem, draw: () => void): void {
    const mcid = this.nextMcid++
    this.marked[mcid] = elem
    elem.kids.push({ page: this.index, mcid })
    this.ops.push(`/${elem.type} <</MCID ${mcid}>> BDC`)
    draw()
    this.ops.push('EMC')
  }

  /**
   * Content whose text, copied out, must read as `actualText`: a line with right-to-left text is
   * drawn in visual order (and with mirrored brackets), but is read in logical order.
   */
  spoken(actualText: string, draw: () => void): void {
    let utf16 = 'FEFF'
    for (let index = 0; index < actualText.length; index++) utf16 += hex4(actualText.charCodeAt(index))
    this.ops.push(`/Span <</ActualText <${utf16}>>> BDC`)
    draw()
    this.ops.push('EMC')
  }

  /** Content that is not part of the text: page headers and footers, rules, boxes. */
  artifact(draw: () => void, kind: 'Pagination' | 'Layout' = 'Layout'): void {
    this.ops.push(`/Artifact <</Type /${kind}>> BDC`)
    draw()
    this.ops.push('EMC')
  }

  /**
   * Draws a shaped line with its left end at `x` and its baseline at `y` (from the page's bottom).
   * Runs stand at their visual place but are written in reading order, so that text copied out of
   * the PDF (or read by a screen reader, or by `pdftotext -raw`) comes out as it was written,
   * right-to-left words included.
   */
  text(line: ShapedLine, x: number, y: number, size: number, color: Color): void {
    if (line.runs.length === 0) return
    this.ops.push('BT', `${num(color[0])} ${num(color[1])} ${num(color[2])} rg`)
    const placed: { run: ShapedLine['runs'][number]; x: number }[] = []
    let runX = x
    for (const run of line.runs) {
      placed.push({ run, x: runX })
      runX += run.width
    }
    placed.sort((a, b) => a.run.logicalStart - b.run.logicalStart)
    let currentFont = ''
    for (const { run, x: startX } of placed) {
      const font = this.doc.embed(run.font)
      if (currentFont !== font.resource) {
        this.ops.push(`/${font.resource} ${num(size)} Tf`)
        currentFont = font.resource
      }
      if (run.plain) {
        // One glyph per character, each at its own advance: one string, one position.
        const gids = run.plain
        let hex = ''
        for (let index = 0; index < gids.length; index++) {
          const gid = gids[index] ?? 0
          if (font.seen[gid] === 0) {
            font.seen[gid] = 1
            font.toUnicode.set(gid, run.text[index] ?? '')
          }
          hex += hex4(gid)
        }
        this.ops.push(`1 0 0 1 ${num(startX)} ${num(y)} Tm <${hex}> Tj`)
        continue
      }
      let pending = ''
      let pendingX = 0
      let expectedX = Number.NaN
      const flush = () => {
        if (pending) this.ops.push(`1 0 0 1 ${num(startX + pendingX)} ${num(y)} Tm <${pending}> Tj`)
        pending = ''
      }
      for (const glyph of run.glyphs) {
        if (font.seen[glyph.gid] === 0) {
          font.seen[glyph.gid] = 1
          font.toUnicode.set(glyph.gid, glyph.text)
        }
        // Glyphs that follow each other by their own advance are one string; a moved one (a
        // mark above an Arabic letter) stands on its own at its own place.
        if (glyph.y !== 0 || !(Math.abs(glyph.x - expectedX) <= 0.01)) {
          flush()
          if (glyph.y !== 0) {
            this.ops.push(`1 0 0 1 ${num(startX + glyph.x)} ${num(y + glyph.y)} Tm <${hex4(glyph.gid)}> Tj`)
            expectedX = Number.NaN
            continue
          }
          pendingX = glyph.x
        }
        pending += hex4(glyph.gid)
        expectedX = glyph.x + (run.font.advance(glyph.gid) * size) / 1000
      }
      flush()
    }
    this.ops.push('ET')
  }

  rect(x: number, y: number, width: number, height: number, fill?: Color, stroke?: { color: Color; width: number }): void {
    if (fill) this.ops.push(`${num(fill[0])} ${num(fill[1])} ${num(fill[2])} rg`)
    if (stroke) this.ops.push(`${num(stroke.color[0])} ${num(stroke.color[1])} ${num(stroke.color[2])} RG ${num(stroke.width)} w`)
    this.ops.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${fill && stroke ? 'B' : fill ? 'f' : 'S'}`)
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Color): void {
    this.ops.push(`${num(color[0])} ${num(color[1])} ${num(color[2])} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`)
  }
}

export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  /** BCP 47, e.g. nl-NL. */
  lang: string
  now: Date
}

/**
 * A tagged PDF built from pages of PDF operators: fonts embedded as sparse subsets with their
 * widths and a ToUnicode map, a structure tree in reading order, and the metadata a screen reader
 * and a viewer's title bar use.
 */
export class PdfDocumentBuilder {
  readonly pages: Page[] = []
  readonly root = new StructElem('Document', null)
  private readonly file = new PdfFile()
  private readonly fonts = new Map<TrueTypeFont, EmbeddedFont>()

  constructor(private readonly info: DocumentInfo) {}

  addPage(): Page {
    const page = new Page(this.pages.length, this)
    this.pages.push(page)
    return page
  }

  embed(font: TrueTypeFont): EmbeddedFont {
    let embedded = this.fonts.get(font)
    if (!embedded) {
      embedded = { font, resource: `F${this.fonts.size + 1}`, ref: this.file.reserve(), toUnicode: new Map(), seen: new Uint8Array(font.numGlyphs) }
      this.fonts.set(font, embedded)
    }
    return embedded
  }

  save(): Uint8Array {
    const file = this.file
    const pagesRef = file.reserve()
    const structRoot = file.reserve()
    const resources = file.add({ Font: Object.fromEntries([...this.fonts.values()].map((font) => [font.resource, font.ref])) })
    const pageRefs: Ref[] = []
    const parentTree: PdfValue[] = []
    // Structure elements need their object numbers before pages and marked content refer to them.
    const allocate = (elem: StructElem) => {
      elem.ref = file.reserve()
      for (const kid of elem.kids) if (kid instanceof StructElem) allocate(kid)
    }
    allocate(this.root)
    for (const page of this.pages) {
      const content = file.addStream({}, page.ops.join('\n'))
      const ref = file.add({
        Type: name('Page'),
        Parent: pagesRef,
        MediaBox: [0, 0, A4.width, A4.height],
        Resources: resources,
        Contents: content,
        StructParents: page.index,
        Tabs: name('S'),
      })
      pageRefs.push(ref)
      parentTree.push(
        page.index,
        page.marked.map((elem) => elem.ref as Ref),
      )
    }
    file.set(pagesRef, { Type: name('Pages'), Kids: pageRefs, Count: pageRefs.length })
    const writeElem = (elem: StructElem, parent: Ref) => {
      // Marked content on the element's own page is a bare number; on another page, a reference.
      const firstPage = elem.kids.find((kid) => !(kid instanceof StructElem)) as { page: number } | undefined
      const kids: PdfValue[] = elem.kids.map((kid) => {
        if (kid instanceof StructElem) return kid.ref as Ref
        if (kid.page === firstPage?.page) return kid.mcid
        return { Type: name('MCR'), Pg: pageRefs[kid.page] as Ref, MCID: kid.mcid }
      })
      file.set(elem.ref as Ref, {
        Type: name('StructElem'),
        S: name(elem.type),
        P: parent,
        ...(firstPage && { Pg: pageRefs[firstPage.page] }),
        K: kids.length === 1 ? kids[0] : kids,
        ...(elem.options.alt !== undefined && { Alt: new PdfText(elem.options.alt) }),
        ...(elem.options.lang !== undefined && { Lang: new PdfText(elem.options.lang) }),
      })
      for (const kid of elem.kids) if (kid instanceof StructElem) writeElem(kid, elem.ref as Ref)
    }
    writeElem(this.root, structRoot)
    file.set(structRoot, {
      Type: name('StructTreeRoot'),
      K: this.root.ref,
      ParentTree: file.add({ Nums: parentTree }),
      ParentTreeNextKey: this.pages.length,
    })
    for (const embedded of this.fonts.values()) this.writeFont(embedded)

    const { title, author, subject, keywords, lang, now } = this.info
    const info = file.add({
      Title: new PdfText(title),
      Author: new PdfText(author),
      Subject: new PdfText(subject),
      Keywords: new PdfText(keywords.join(', ')),
      Creator: new PdfText('Aan Tafel'),
      Producer: new PdfText('Aan Tafel'),
      CreationDate: pdfDate(now),
      ModDate: pdfDate(now),
    })
    const catalog = file.add({
      Type: name('Catalog'),
      Pages: pagesRef,
      Lang: new PdfText(lang),
      MarkInfo: { Marked: true },
      StructTreeRoot: structRoot,
      ViewerPreferences: { DisplayDocTitle: true },
    })
    const id = createHash('md5').update(`${title}\u0000${now.toISOString()}\u0000${this.pages.length}`).digest('hex')
    return file.save(catalog, info, id)
  }

  private writeFont({ font, ref, toUnicode }: EmbeddedFont): void {
    const file = this.file
    const used = [...toUnicode.keys()].sort((a, b) => a - b)
    // The subset's name carries a tag made from what it holds (PDF 9.6.4).
    const tag = [...createHash('sha1').update(used.join(',')).digest()]
      .slice(0, 6)
      .map((byte) => String.fromCharCode(65 + (byte % 26)))
      .join('')
    const baseName = `${tag}+${font.name.replace(/[^A-Za-z0-9-]/g, '')}`
    const scale = 1000 / font.metrics.unitsPerEm
    const { bbox } = font.metrics
    const { fontFile, cidToGid } = compressedSubset(font, used)
    const fontStream = file.addPacked({ Length1: fontFile.length1 }, fontFile.packed)
    const mapStream = file.addPacked({}, cidToGid)
    const descriptor = file.add({
      Type: name('FontDescriptor'),
      FontName: name(baseName),
      Flags: 32,
      FontBBox: bbox.map((value) => Math.round(value * scale)),
      ItalicAngle: font.metrics.italicAngle,
      Ascent: Math.round(font.metrics.ascender * scale),
      Descent: Math.round(font.metrics.descender * scale),
      CapHeight: Math.round(font.metrics.capHeight * scale),
      StemV: 80,
      FontFile2: fontStream,
    })
    const widths: PdfValue[] = []
    for (let index = 0; index < used.length;) {
      const first = used[index] ?? 0
      const run: number[] = []
      while (index < used.length && used[index] === first + run.length) {
        run.push(Math.round(font.advance(used[index] ?? 0)))
        index++
      }
      widths.push(first, run)
    }
    const cidFont = file.add({
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: name(baseName),
      CIDSystemInfo: { Registry: 'Adobe', Ordering: 'Identity', Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: mapStream,
    })
    file.set(ref, {
      Type: name('Font'),
      Subtype: name('Type0'),
      BaseFont: name(baseName),
      Encoding: name('Identity-H'),
      DescendantFonts: [cidFont],
      ToUnicode: file.addStream({}, toUnicodeCMap(toUnicode)),
    })
  }
}

/**
 * A font's subset, compressed, with the map from the numbers in the text (the font's own glyph
 * numbers) to the subset's. Kept for the next document that uses the same glyphs: a person who
 * makes the plan twice, or the summary after the plan, pays for subsetting once.
 */
const subsetCache = new Map<string, { fontFile: { packed: Uint8Array; length1: number }; cidToGid: Uint8Array }>()

/** Forgets the kept subsets (after a lock: which glyphs a person's words used is theirs too). */
export function forgetSubsets(): void {
  subsetCache.clear()
}

function compressedSubset(font: TrueTypeFont, used: number[]) {
  const key = `${font.name}\u0000${used.join(',')}`
  let cached = subsetCache.get(key)
  if (!cached) {
    const { bytes, newGid } = font.subset(used)
    const max = used.length > 0 ? Math.max(...used) : 0
    const map = new Uint8Array((max + 1) * 2)
    for (const [oldGid, gid] of newGid) {
      if (oldGid > max) continue
      map[oldGid * 2] = gid >> 8
      map[oldGid * 2 + 1] = gid & 0xff
    }
    cached = { fontFile: { packed: deflateSync(bytes), length1: bytes.length }, cidToGid: deflateSync(map) }
    if (subsetCache.size > 32) subsetCache.clear()
    subsetCache.set(key, cached)
  }
  return cached
}

/** The CMap that turns glyphs back into characters when text is copied or read aloud. */
function toUnicodeCMap(map: Map<number, string>): string {
  const entries = [...map.entries()].sort(([a], [b]) => a - b)
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ]
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100)
    lines.push(`${chunk.length} beginbfchar`)
    for (const [gid, text] of chunk) {
      let utf16 = ''
      for (let index = 0; index < text.length; index++) utf16 += hex4(text.charCodeAt(index))
      lines.push(`<${hex4(gid)}> <${utf16 || 'FFFD'}>`)
    }
    lines.push('endbfchar')
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end')
  return lines.join('\n')
}

export { Name, Raw }
