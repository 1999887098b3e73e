import { A4, colors, type PageWriter } from './writer'

/** The plan as a list of blocks: what to say, decided before how it falls on pages. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string; empty: string }
  | { kind: 'facts'; rows: { label: string; value: string }[]; empty: string }
  | { kind: 'list'; items: string[]; numbered: boolean; emphasis?: boolean }
  | { kind: 'chart'; rows: { label: string; rating: number }[]; scale: string[] }
  | { kind: 'question'; number: number; text: string; noteLines: number }
  | { kind: 'ruled'; label?: string; lines: number }
  | { kind: 'box'; title: string; items: string[] }
  | { kind: 'pageBreak' }

export function textOf(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'field':
          return `${block.label}${block.value}${block.empty}`
        case 'facts':
          return block.rows.map((row) => row.label + row.value).join('') + block.empty
        case 'list':
          return `•.${block.items.join('')}`
        case 'chart':
          return block.rows.map((row) => row.label).join('') + block.scale.join('')
        case 'box':
          return `•${block.title}${block.items.join('')}`
        case 'question':
          return `${block.number}. ${block.text}`
        case 'ruled':
          return block.label ?? ''
        case 'pageBreak':
          return ''
        default:
          return block.text
      }
    })
    .join('')
}

/** Lays out the blocks; returns, per block, the page (1, 2, …) it ends on, for references like "zie pagina 7". */
export function drawBlocks(writer: PageWriter, blocks: Block[], drawChart: (block: Extract<Block, { kind: 'chart' }>) => void): number[] {
  const pages: number[] = []
  const base = writer.base
  const small = { size: base * 0.85, color: colors.muted }
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        writer.heading(block.text, 1)
        break
      case 'heading': {
        // Keep a heading with the start of what follows it (a note and a chart count together).
        const next = blocks[index + 1]
        const after = next?.kind === 'note' ? blocks[index + 2] : undefined
        writer.heading(block.text, block.level, startHeight(writer, next) + startHeight(writer, after))
        break
      }
      case 'note':
        writer.paragraph(block.text, small)
        writer.space(base * 0.3)
        break
      case 'paragraph':
        writer.paragraph(block.text)
        writer.space(base * 0.4)
        break
      case 'field': {
        const label = { bold: true, size: base * 0.92 }
        // The label never stays behind alone at the foot of a page.
        writer.ensure(writer.lineHeight(label) + 2 * writer.lineHeight())
        writer.paragraph(block.label, label, 1)
        if (block.value.trim() === '') writer.paragraph(block.empty, { color: colors.muted })
        else writer.paragraph(block.value)
        writer.space(base * 0.45)
        break
      }
      case 'list': {
        const style = block.emphasis ? { bold: true, size: base * 1.08 } : {}
        const indent = base * 1.6
        block.items.forEach((item, index) => {
          const marker = block.numbered ? `${index + 1}.` : '•'
          const lines = writer.wrap(item, style, writer.contentWidth - indent)
          const height = writer.lineHeight(style)
          writer.ensure(height * Math.min(2, lines.length))
          writer.drawLine(marker, writer.margins.start, writer.top, style)
          for (const line of lines) {
            writer.ensure(height)
            writer.drawLine(line, writer.margins.start + indent, writer.top, style)
            writer.top += height
          }
          writer.space(base * 0.3)
        })
        writer.space(base * 0.3)
        break
      }
      case 'chart':
        drawChart(block)
        break
      case 'question': {
        const indent = base * 2.6
        const box = base * 1.1
        const style = { bold: true }
        const lines = writer.wrap(`${block.number}. ${block.text}`, style, writer.contentWidth - indent)
        const lineHeight = writer.lineHeight(style)
        const ruleGap = base * 2.1
        // A question and its writing lines stay on one page, so the answer is written next to it.
        writer.ensure(lines.length * lineHeight + block.noteLines * ruleGap)
        writer.rect(writer.margins.start + 2, writer.top + (lineHeight - box) / 2, box, box, { border: colors.text, borderWidth: 1.2 })
        for (const line of lines) {
          writer.ensure(lineHeight)
          writer.drawLine(line, writer.margins.start + indent, writer.top, style)
          writer.top += lineHeight
        }
        drawRules(writer, block.noteLines, ruleGap, indent)
        writer.space(base * 0.8)
        break
      }
      case 'ruled':
        if (block.label) writer.paragraph(block.label, { bold: true }, 1)
        drawRules(writer, block.lines, base * 2.1, 0)
        writer.space(base * 0.6)
        break
      case 'box': {
        const padding = base * 0.9
        const indent = padding + base * 1.2
        const itemLines = block.items.map((item) => writer.wrap(item, { size: base * 0.95 }, writer.contentWidth - indent - padding))
        const lineHeight = writer.lineHeight({ size: base * 0.95 })
        const titleHeight = writer.lineHeight({ bold: true, size: base * 1.15 })
        const height = padding * 2 + titleHeight + itemLines.reduce((sum, lines) => sum + lines.length * lineHeight + base * 0.3, 0)
        writer.ensure(height)
        const top = writer.top
        writer.rect(writer.margins.start, top, writer.contentWidth, Math.min(height, writer.remaining), {
          fill: colors.tint,
          border: colors.text,
          borderWidth: 1.5,
        })
        writer.drawLine(block.title, writer.margins.start + padding, top + padding, { bold: true, size: base * 1.15 })
        let y = top + padding + titleHeight
        itemLines.forEach((lines) => {
          writer.drawLine('•', writer.margins.start + padding, y, { size: base * 0.95 })
          for (const line of lines) {
            writer.drawLine(line, writer.margins.start + indent, y, { size: base * 0.95 })
            y += lineHeight
          }
          y += base * 0.3
        })
        writer.top = Math.min(top + height, writer.bottomLimit)
        writer.space(base)
        break
      }
      case 'facts': {
        const labelWidth = writer.contentWidth * 0.3
        const labelStyle = { bold: true }
        for (const row of block.rows) {
          const empty = row.value.trim() === ''
          const labelLines = writer.wrap(row.label, labelStyle, labelWidth - base)
          const valueStyle = empty ? { color: colors.muted } : {}
          const valueLines = writer.wrap(empty ? block.empty : row.value, valueStyle, writer.contentWidth - labelWidth)
          const height = writer.lineHeight()
          writer.ensure(height * Math.min(2, Math.max(labelLines.length, valueLines.length)))
          const rowTop = writer.top
          labelLines.forEach((line, at) => writer.drawLine(line, writer.margins.start, rowTop + at * height, labelStyle))
          let top = rowTop
          let sameFirstPage = true
          for (const line of valueLines) {
            if (top + height > writer.bottomLimit) {
              writer.newPage()
              top = writer.top
              sameFirstPage = false
            }
            writer.drawLine(line, writer.margins.start + labelWidth, top, valueStyle)
            top += height
          }
          // A label of two lines next to a one-line value still takes its two lines.
          writer.top = sameFirstPage ? Math.max(top, rowTop + labelLines.length * height) : top
          writer.space(base * 0.3)
        }
        writer.space(base * 0.4)
        break
      }
      case 'pageBreak':
        writer.newPage()
        break
    }
    pages[index] = writer.pages.length
  })
  return pages
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
    case 'field':
    case 'facts':
    case 'list':
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
    const y = A4.height - writer.top
    writer.page.drawLine({
      start: { x: writer.margins.start + indent, y },
      end: { x: A4.width - writer.margins.end, y },
      thickness: 0.6,
      color: colors.rule,
    })
  }
}
