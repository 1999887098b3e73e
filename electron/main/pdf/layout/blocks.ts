import { drawRatingsChart } from './chart'
import { colors, type PageWriter, type TextStyle } from './writer'

/** The document as blocks, already in one language: what to say, before how it falls on pages. */
export type Block =
  | { kind: 'title'; text: string }
  /** Page 1's big line: who this is. */
  | { kind: 'headline'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'field'; label: string; value: string; empty: string }
  | { kind: 'facts'; rows: { label: string; value: string }[]; empty: string }
  /** `together`: the whole list on one page (page 1's top three). */
  | { kind: 'list'; items: string[]; numbered: boolean; emphasis?: boolean; together?: boolean }
  | { kind: 'chart'; rows: { label: string; rating: number }[]; scale: string[]; alt: string }
  | { kind: 'question'; number: number; text: string; noteLines: number }
  | { kind: 'ruled'; label?: string; lines: number }
  | { kind: 'box'; title: string; items: string[] }
  | { kind: 'pageBreak' }

/** Draws the blocks in order, each as the structure element a screen reader expects. */
export function drawBlocks(writer: PageWriter, blocks: Block[]): void {
  const base = writer.base
  const small: TextStyle = { size: writer.size(0.9), color: colors.muted }
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        writer.tag('P', () => writer.paragraph(block.text, { bold: true, size: writer.size(1), color: colors.muted }, 1))
        writer.space(base * 0.2)
        break
      case 'headline':
        writer.heading(block.text, 1, 3 * writer.lineHeight())
        break
      case 'heading': {
        // Keep a heading with the start of what follows it (a note and what comes after count together).
        const next = blocks[index + 1]
        const after = next?.kind === 'note' ? blocks[index + 2] : undefined
        writer.heading(block.text, block.level, startHeight(writer, next) + startHeight(writer, after))
        break
      }
      case 'note':
        writer.tag('P', () => writer.paragraph(block.text, small))
        writer.space(base * 0.3)
        break
      case 'paragraph':
        writer.tag('P', () => writer.paragraph(block.text, block.emphasis ? { bold: true, size: writer.size(1.1) } : {}))
        writer.space(base * 0.4)
        break
      case 'field': {
        const label: TextStyle = { bold: true }
        // The label never stays behind alone at the foot of a page.
        writer.ensure(writer.lineHeight(label) + 2 * writer.lineHeight())
        writer.tag('Sect', () => {
          writer.tag('P', () => writer.paragraph(block.label, label, 1))
          writer.tag('P', () => (block.value.trim() === '' ? writer.paragraph(block.empty, { color: colors.muted }) : writer.paragraph(block.value)))
        })
        writer.space(base * 0.45)
        break
      }
      case 'list':
        drawList(writer, block)
        break
      case 'chart':
        writer.tag('Figure', () => drawRatingsChart(writer, block.rows, block.scale), { alt: block.alt })
        break
      case 'question':
        drawQuestion(writer, block)
        break
      case 'ruled':
        writer.tag('Sect', () => {
          if (block.label) writer.tag('P', () => writer.paragraph(block.label ?? '', { bold: true }, 1))
          drawRules(writer, block.lines, base * 2.1, 0)
        })
        writer.space(base * 0.6)
        break
      case 'box':
        drawBox(writer, block)
        break
      case 'facts':
        drawFacts(writer, block)
        break
      case 'pageBreak':
        writer.newPage()
        break
    }
  })
}

function drawList(writer: PageWriter, block: Extract<Block, { kind: 'list' }>): void {
  const base = writer.base
  const style: TextStyle = block.emphasis ? { bold: true } : {}
  const indent = base * 1.6
  const height = writer.lineHeight(style)
  const wrapped = block.items.map((item) => writer.wrap(item, style, writer.contentWidth - indent))
  if (block.together) writer.ensure(wrapped.reduce((sum, lines) => sum + lines.length * height + base * 0.3, 0))
  writer.tag('L', () => {
    wrapped.forEach((lines, index) => {
      writer.ensure(height * Math.min(2, lines.length))
      writer.tag('LI', () => {
        writer.tag('Lbl', () => writer.drawLine(block.numbered ? `${index + 1}.` : '•', 0, writer.top, style, indent))
        writer.tag('LBody', () => {
          for (const line of lines) {
            writer.ensure(height)
            writer.drawLine(line, indent, writer.top, style)
            writer.top += height
          }
        })
      })
      writer.space(base * 0.3)
    })
  })
  writer.space(base * 0.3)
}

function drawQuestion(writer: PageWriter, block: Extract<Block, { kind: 'question' }>): void {
  const base = writer.base
  const indent = base * 2.6
  const box = base * 1.1
  const style: TextStyle = { bold: true }
  const lines = writer.wrap(`${block.number}. ${block.text}`, style, writer.contentWidth - indent)
  const lineHeight = writer.lineHeight(style)
  const ruleGap = base * 2.1
  // A question and its writing lines stay on one page, so the answer is written next to it.
  writer.ensure(lines.length * lineHeight + block.noteLines * ruleGap)
  writer.rect(2, writer.top + (lineHeight - box) / 2, box, box, { border: colors.text, borderWidth: 1.2 })
  writer.tag('P', () => {
    for (const line of lines) {
      writer.ensure(lineHeight)
      writer.drawLine(line, indent, writer.top, style)
      writer.top += lineHeight
    }
  })
  drawRules(writer, block.noteLines, ruleGap, indent)
  writer.space(base * 0.8)
}

/** A framed box at body size ("what the law says", "my rights"): it is read, not skipped. */
function drawBox(writer: PageWriter, block: Extract<Block, { kind: 'box' }>): void {
  const base = writer.base
  const padding = base * 0.9
  const indent = padding + base * 1.2
  const item: TextStyle = {}
  const title: TextStyle = { bold: true, size: writer.size(1.1) }
  const itemLines = block.items.map((text) => writer.wrap(text, item, writer.contentWidth - indent - padding))
  const lineHeight = writer.lineHeight(item)
  const titleHeight = writer.lineHeight(title)
  const height = padding * 2 + titleHeight + itemLines.reduce((sum, lines) => sum + lines.length * lineHeight + base * 0.3, 0)
  writer.ensure(height)
  const top = writer.top
  writer.rect(0, top, writer.contentWidth, Math.min(height, writer.remaining), { fill: colors.tint, border: colors.text, borderWidth: 1.5 })
  writer.tag('Sect', () => {
    writer.tag('H3', () => writer.drawLine(block.title, padding, top + padding, title, writer.contentWidth - 2 * padding))
    let y = top + padding + titleHeight
    writer.tag('L', () => {
      itemLines.forEach((lines) => {
        writer.tag('LI', () => {
          writer.tag('Lbl', () => writer.drawLine('•', padding, y, item, indent - padding))
          writer.tag('LBody', () => {
            for (const line of lines) {
              writer.drawLine(line, indent, y, item, writer.contentWidth - indent - padding)
              y += lineHeight
            }
          })
        })
        y += base * 0.3
      })
    })
  })
  writer.top = Math.min(top + height, writer.bottomLimit)
  writer.space(base)
}

/** Label and value side by side: a table of two columns, the label a row header. */
function drawFacts(writer: PageWriter, block: Extract<Block, { kind: 'facts' }>): void {
  const base = writer.base
  const labelWidth = writer.contentWidth * 0.32
  const labelStyle: TextStyle = { bold: true }
  const height = writer.lineHeight()
  writer.tag('Table', () => {
    for (const row of block.rows) {
      const empty = row.value.trim() === ''
      const labelLines = writer.wrap(row.label, labelStyle, labelWidth - base)
      const valueStyle: TextStyle = empty ? { color: colors.muted } : {}
      const valueLines = writer.wrap(empty ? block.empty : row.value, valueStyle, writer.contentWidth - labelWidth)
      writer.ensure(height * Math.min(2, Math.max(labelLines.length, valueLines.length)))
      const rowTop = writer.top
      writer.tag('TR', () => {
        writer.tag('TH', () => labelLines.forEach((line, at) => writer.drawLine(line, 0, rowTop + at * height, labelStyle, labelWidth - base)))
        let top = rowTop
        let samePage = true
        writer.tag('TD', () => {
          for (const line of valueLines) {
            if (top + height > writer.bottomLimit) {
              writer.newPage()
              top = writer.top
              samePage = false
            }
            writer.drawLine(line, labelWidth, top, valueStyle)
            top += height
          }
        })
        // A label of two lines next to a one-line value still takes its two lines.
        writer.top = samePage ? Math.max(top, rowTop + labelLines.length * height) : top
      })
      writer.space(base * 0.3)
    }
  })
  writer.space(base * 0.4)
}

/** How much of a block must fit on the page under the heading before it. */
function startHeight(writer: PageWriter, block: Block | undefined): number {
  if (!block) return 0
  switch (block.kind) {
    case 'chart':
      return writer.base * 9
    case 'box':
      return writer.base * 8
    case 'note':
    case 'paragraph':
      return writer.lineHeight() * Math.min(2, writer.wrap(block.text).length)
    case 'list':
      if (block.together)
        return block.items.reduce((sum, item) => sum + writer.wrap(item, { bold: block.emphasis }).length * writer.lineHeight() + writer.base * 0.3, 0)
      return writer.lineHeight() * 3
    case 'field':
    case 'facts':
    case 'question':
      return writer.lineHeight() * 3
    default:
      return writer.lineHeight() * 2
  }
}

function drawRules(writer: PageWriter, count: number, gap: number, indent: number): void {
  for (let line = 0; line < count; line++) {
    writer.ensure(gap)
    writer.top += gap
    writer.hline(indent, writer.contentWidth, writer.top, 0.6, colors.rule)
  }
}
