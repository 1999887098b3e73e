/** What the font can draw; anything else is replaced by a visible mark instead of silently vanishing. */
export const REPLACEMENT = '\uFFFD'

/**
 * Makes typed text safe to draw: unified line breaks, tabs as spaces, control and invisible
 * formatting characters removed, and every character the font lacks (an emoji, a script without
 * glyphs) replaced by U+FFFD, which the font draws as a visible "�".
 */
export function drawableText(text: string, canDraw: (codePoint: number) => boolean): string {
  let result = ''
  // Ligatures typed as one character (ﬁ, ﬂ: common in text copied from a PDF) become their
  // letters, so that the font's own "fi" glyph always stands for "fi" in the text layer.
  const normalized = text.normalize('NFC').replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
  for (const char of normalized.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const codePoint = char.codePointAt(0) ?? 0
    if (char === '\n') result += char
    // C0/C1 control characters.
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue
    else if (isInvisible(codePoint)) continue
    else result += canDraw(codePoint) ? char : REPLACEMENT
  }
  // A run of replaced characters (one emoji can be several code points) shows as one mark.
  return result.replace(/\uFFFD(?:\u200D?\uFFFD)+/g, REPLACEMENT)
}

/** Zero-width characters, direction marks and variation selectors: nothing to draw. */
function isInvisible(codePoint: number): boolean {
  return (
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  )
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, at explicit line breaks, and inside a
 * word that is itself wider than a line. Widths are summed word by word (`measure` takes one word),
 * so a long answer is measured once per word, not once per word per line.
 */
export function wrapText(text: string, measure: (word: string) => number, maxWidth: number, spaceWidth = measure(' ')): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let width = 0
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue
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
      // A word wider than the line: break it between characters.
      line = ''
      width = 0
      for (const char of word) {
        const charWidth = measure(char)
        if (line !== '' && width + charWidth > maxWidth) {
          lines.push(line)
          line = ''
          width = 0
        }
        line += char
        width += charWidth
      }
    }
    lines.push(line)
  }
  return lines
}
