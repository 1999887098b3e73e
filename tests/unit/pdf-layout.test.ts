import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PdfDocumentBuilder } from '../../electron/main/pdf/engine/document'
import { FontSet } from '../../electron/main/pdf/engine/font-set'
import { Shaper } from '../../electron/main/pdf/engine/lines'
import { printable, wrapText } from '../../electron/main/pdf/layout/wrap'

const measure = (text: string) => text.length // one unit per character

describe('wrapping text', () => {
  it('breaks at spaces and keeps explicit line breaks', () => {
    expect(wrapText('een twee drie vier', measure, 9)).toEqual(['een twee', 'drie vier'])
    expect(wrapText('regel een\n\nregel drie', measure, 20)).toEqual(['regel een', '', 'regel drie'])
  })

  it('breaks a word that is wider than the line at a syllable, with a hyphen', () => {
    expect(wrapText('Cliëntondersteuning', measure, 12)).toEqual(['Cliëntonder-', 'steuning'])
  })

  it('cuts a word between characters only when it has no syllable to break at', () => {
    expect(wrapText('ab 1234567890', measure, 4)).toEqual(['ab', '1234', '5678', '90'])
  })

  it('never makes a line wider than allowed, for any text', () => {
    const text = 'Dit is een  lange zin met eenheelerglangwoordzonderspaties en   meer.\nNieuwe regel.'
    for (const width of [1, 3, 7, 12, 40]) {
      for (const line of wrapText(text, measure, width)) expect(line.length).toBeLessThanOrEqual(width)
    }
  })
})

describe('printable text', () => {
  it('drops control characters, unifies line breaks and spells out typed ligatures', () => {
    expect(printable('a\u0000b\u0007c\r\nd\re\tf ﬁets')).toBe('abc\nd\ne    f fiets')
  })
})

describe('drawing a shaped line', () => {
  const shaper = new Shaper(new FontSet(path.resolve('assets/fonts')))
  const drawn = (text: string, direction: 'ltr' | 'rtl') => {
    const doc = new PdfDocumentBuilder({ title: '', author: '', subject: '', keywords: [], lang: 'ar', now: new Date(0) })
    const page = doc.addPage()
    page.text(shaper.layoutLine(text, 'regular', 20, direction), 100, 500, 20, [0, 0, 0])
    return [...page.ops.join('\n').matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm <([0-9a-f]+)> Tj/g)].map((match) => ({
      x: Number(match[1]),
      glyphs: (match[3] ?? '').length / 4,
    }))
  }

  it('puts each letter after an Arabic vowel mark at its own place, not back at the start of the word', () => {
    // كُتب: the damma above the kaf is placed on its own; the letters around it must not overlap.
    const strings = drawn('كُتب', 'rtl')
    expect(strings.reduce((sum, string) => sum + string.glyphs, 0)).toBe(4)
    expect(new Set(strings.map((string) => string.x)).size).toBe(strings.length)
  })

  it('writes a plain Dutch line as one string at one position', () => {
    expect(drawn('Hulp bij het huishouden (Wmo 2015)', 'ltr')).toEqual([{ x: 100, glyphs: 34 }])
  })
})
