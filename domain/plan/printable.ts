import type { Dossier } from '../dossier/schema'
import { printableRanges } from './printable-ranges'

const ranges = printableRanges.split(',').map((range) => {
  const [first = '0', last = first] = range.split('-')
  return [parseInt(first, 16), parseInt(last, 16)] as const
})

/** Can the plan print this character (with one of its fonts)? Binary search over the fonts' ranges. */
export function isPrintable(codePoint: number): boolean {
  // Control characters (line breaks and tabs included) are layout or dropped, not drawn.
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return true
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = ranges[middle] ?? [0, 0]
    if (codePoint < first) high = middle - 1
    else if (codePoint > last) low = middle + 1
    else return true
  }
  return false
}

/**
 * The characters in a dossier that the plan cannot print (Chinese, Thai, Devanagari, …), each once,
 * in the order they first appear: the app warns before it makes the plan, and the plan prints them
 * as □ and names them.
 */
export function unprintableCharacters(dossier: Dossier): string[] {
  const found = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const char of value.normalize('NFC')) if (!isPrintable(char.codePointAt(0) ?? 0)) found.add(char)
    } else if (Array.isArray(value)) value.forEach(visit)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(dossier)
  return [...found]
}
