import { describe, expect, it } from 'vitest'
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
