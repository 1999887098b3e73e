import { describe, expect, it } from 'vitest'
import { drawableText, REPLACEMENT, wrapText } from '../../electron/main/pdf/text'

const measure = (text: string) => text.length // one unit per character

describe('wrapping text', () => {
  it('breaks at spaces and keeps explicit line breaks', () => {
    expect(wrapText('een twee drie vier', measure, 9)).toEqual(['een twee', 'drie vier'])
    expect(wrapText('regel een\n\nregel drie', measure, 20)).toEqual(['regel een', '', 'regel drie'])
  })

  it('breaks inside a word that is wider than the line', () => {
    expect(wrapText('ab abcdefghij', measure, 4)).toEqual(['ab', 'abcd', 'efgh', 'ij'])
  })

  it('never makes a line wider than allowed, for any text', () => {
    const text = 'Dit is een  lange zin met eenheelerglangwoordzonderspaties en   meer.\nNieuwe regel.'
    for (const width of [1, 3, 7, 12, 40]) {
      for (const line of wrapText(text, measure, width)) expect(line.length).toBeLessThanOrEqual(width)
    }
  })
})

describe('drawable text', () => {
  const latinOnly = (codePoint: number) => codePoint < 0x2000

  it('replaces characters the font lacks with one visible mark per run', () => {
    expect(drawableText('Hallo 👍🏽 daar 👨‍👩‍👧', latinOnly)).toBe(`Hallo ${REPLACEMENT} daar ${REPLACEMENT}`)
  })

  it('drops control and invisible formatting characters, and unifies line breaks', () => {
    expect(drawableText('a\u0000b\u200Bc\r\nd\re\tf', latinOnly)).toBe('abc\nd\ne    f')
  })
})
