import { createRequire } from 'node:module'

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces and explicit line breaks. A word that
 * is itself wider than a line (rare: a long Dutch compound in large print, a web address) is
 * broken at a syllable, with a hyphen (Dutch hyphenation patterns, Liang's algorithm as in TeX);
 * only a word with no place to hyphenate is cut between characters.
 */
export function wrapText(text: string, measure: (word: string) => number, maxWidth: number, spaceWidth = measure(' ')): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let width = 0
    const words = paragraph.split(/ +/).filter((word) => word !== '')
    for (let index = 0; index < words.length; index++) {
      const word = words[index] ?? ''
      const wordWidth = measure(word)
      if (line !== '' && width + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`
        width += spaceWidth + wordWidth
        continue
      }
      if (line !== '') lines.push(line)
      if (wordWidth <= maxWidth) {
        line = word
        width = wordWidth
        continue
      }
      const [head, rest] = splitLongWord(word, measure, maxWidth)
      lines.push(head)
      // What is left of the word is a word of its own, and may need breaking again.
      words.splice(index + 1, 0, rest)
      line = ''
      width = 0
    }
    lines.push(line)
  }
  return lines
}

let hyphenator: ((word: string) => string) | undefined

function syllables(word: string): string[] {
  // Loaded only when needed: the patterns take a fifth of a second to load.
  hyphenator ??= (createRequire(import.meta.url)('hyphen/nl') as { hyphenateSync: (text: string) => string }).hyphenateSync
  return hyphenator(word).split('\u00AD')
}

/** The longest start of `word` that fits with a hyphen, and the rest. */
function splitLongWord(word: string, measure: (word: string) => number, maxWidth: number): [string, string] {
  const parts = /^\p{L}[\p{L}\p{M}-]*$/u.test(word) ? syllables(word) : [word]
  let head = ''
  for (let count = 1; count < parts.length; count++) {
    const candidate = parts.slice(0, count).join('')
    if (measure(`${candidate}-`) > maxWidth) break
    head = candidate
  }
  if (head !== '') return [`${head}-`, word.slice(head.length)]
  // No syllable fits (or none was found): cut between characters, as much as fits.
  const chars = [...word]
  let cut = 1
  while (cut < chars.length && measure(chars.slice(0, cut + 1).join('')) <= maxWidth) cut++
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')]
}

/**
 * Typed text made ready to print: composed characters (NFC), one kind of line break, tabs as
 * spaces, and no control characters. Ligatures typed as one character (ﬁ, ﬂ: common in text copied
 * from a PDF) become their letters, so copying the text out gives "fi" back. Characters no font
 * has are kept: they print as □ and the document names them.
 */
export function printable(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
  )
}
