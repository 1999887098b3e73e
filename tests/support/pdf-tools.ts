import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Poppler and qpdf, the tools a printer shop or a municipality's systems would read the PDF with. */
function withFile<T>(pdf: Uint8Array, action: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-pdf-'))
  const file = path.join(dir, 'plan.pdf')
  fs.writeFileSync(file, pdf)
  try {
    return action(file)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The text in drawing order (the order a person reads it in). */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }))
}

export interface WordBox {
  page: number
  word: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  pageWidth: number
  pageHeight: number
}

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWordBoxes(pdf: Uint8Array): WordBox[] {
  const html = withFile(pdf, (file) => execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }))
  const boxes: WordBox[] = []
  let page = 0
  let size = { width: 0, height: 0 }
  for (const line of html.split('\n')) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line)
    if (pageMatch) {
      page++
      size = { width: Number(pageMatch[1]), height: Number(pageMatch[2]) }
      continue
    }
    const word = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line)
    if (word) {
      boxes.push({
        page,
        word: word[5] ?? '',
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        pageWidth: size.width,
        pageHeight: size.height,
      })
    }
  }
  return boxes
}

export function pdfPageCount(pdf: Uint8Array): number {
  return withFile(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
  })
}

export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  return withFile(pdf, (file) =>
    execFileSync('pdffonts', [file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const columns = line.trim().split(/\s+/)
        return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' }
      }),
  )
}

/** qpdf's structural check; returns its complaints (empty when the file is sound). */
export function qpdfProblems(pdf: Uint8Array): string[] {
  return withFile(pdf, (file) => {
    try {
      const output = execFileSync('qpdf', ['--check', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
      // qpdf ends a clean check with "No syntax or stream encoding errors found; the file may still
      // contain errors that qpdf cannot detect": only other lines are complaints.
      return output
        .split('\n')
        .filter((line) => /error|warning/i.test(line) && !/No syntax or stream encoding errors|errors that qpdf cannot detect/.test(line))
    } catch (error) {
      return [String((error as { stdout?: string }).stdout ?? error)]
    }
  })
}

/** The text of some pages only (`pdftotext -f -l`), in drawing order. */
export function pdfPagesText(pdf: Uint8Array, first: number, last = first): string {
  return withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(first), '-l', String(last), file, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  )
}

/** What `pdfinfo` says of the document (Tagged, Title, Author, Pages, …). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  return withFile(pdf, (file) =>
    Object.fromEntries(
      execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1] ?? '', match[2] ?? '']),
    ),
  )
}

/** The structure tree as a screen reader meets it (`pdfinfo -struct-text`). */
export function pdfStructure(pdf: Uint8Array): string {
  return withFile(pdf, (file) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }))
}

/** The file with its streams uncompressed (qpdf --qdf), to look for dictionary entries. */
export function pdfUncompressed(pdf: Uint8Array): string {
  return withFile(pdf, (file) => {
    const out = `${file}.qdf`
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out])
    return fs.readFileSync(out, 'latin1')
  })
}
