import { colors, type PageWriter } from './writer'

export interface RatingRow {
  label: string
  /** 1 (goes well) to 5 (does not work). */
  rating: number
}

/**
 * The life-area ratings as a grid: one row per area, one column per step of the worded scale, the
 * chosen step marked with a filled dot and a grey bar leading up to it. Readable in black and white
 * and without colour vision, because the words of the scale head the columns. A screen reader
 * gets the figure's alternative text instead (see blocks.ts).
 */
export function drawRatingsChart(writer: PageWriter, rows: RatingRow[], scaleWords: string[]): void {
  const small = { size: writer.size(0.8), leading: 1.2, color: colors.muted }
  const rowStyle = { size: writer.size(0.9) }
  const labelWidth = writer.contentWidth * 0.32
  const columnWidth = (writer.contentWidth - labelWidth) / scaleWords.length
  const headerLines = scaleWords.map((word) => writer.wrap(word, small, columnWidth - 4))
  const headerHeight = Math.max(...headerLines.map((lines) => lines.length)) * writer.lineHeight(small) + 4
  const rowLines = rows.map((row) => writer.wrap(row.label, rowStyle, labelWidth - 8))
  const rowHeights = rowLines.map((lines) => Math.max(lines.length * writer.lineHeight(rowStyle), writer.base * 2))
  writer.ensure(headerHeight + (rowHeights[0] ?? 0) * Math.min(rows.length, 3))

  const drawHeader = () => {
    headerLines.forEach((lines, column) => {
      lines.forEach((line, index) => {
        const width = writer.measure(line, small)
        writer.drawLine(line, labelWidth + column * columnWidth + (columnWidth - width) / 2, writer.top + index * writer.lineHeight(small), small, width + 1)
      })
    })
    writer.top += headerHeight
  }
  drawHeader()

  rows.forEach((row, index) => {
    const height = rowHeights[index] ?? 0
    if (height > writer.remaining) {
      writer.newPage()
      drawHeader()
    }
    const top = writer.top
    if (index % 2 === 0) writer.rect(0, top, writer.contentWidth, height, { fill: colors.tint })
    const lines = rowLines[index] ?? []
    lines.forEach((line, lineIndex) =>
      writer.drawLine(
        line,
        4,
        top + (height - lines.length * writer.lineHeight(rowStyle)) / 2 + lineIndex * writer.lineHeight(rowStyle),
        rowStyle,
        labelWidth - 8,
      ),
    )
    const centre = (column: number) => labelWidth + column * columnWidth + columnWidth / 2
    const middle = top + height / 2
    const chosen = Math.min(Math.max(Math.round(row.rating), 1), scaleWords.length) - 1
    const barHeight = writer.base * 0.55
    if (chosen > 0) {
      const from = Math.min(centre(0), centre(chosen))
      writer.rect(from, middle - barHeight / 2, Math.abs(centre(chosen) - centre(0)), barHeight, { fill: colors.light })
    }
    for (let column = 0; column < scaleWords.length; column++) {
      writer.dot(centre(column), middle, column === chosen ? writer.base * 0.5 : writer.base * 0.18, column === chosen ? colors.text : colors.rule)
    }
    writer.top += height
  })
  writer.space(writer.base * 0.5)
}
