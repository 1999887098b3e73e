/**
 * What a passphrase must be before it protects a dossier or a hand-over file. Slow key derivation
 * makes each guess expensive; it cannot save a passphrase that is among the first few guessed.
 * One rule, used by the main process (which decides) and the screen (which explains early).
 */
export const MIN_PASSPHRASE = 8

export type PassphraseProblem = 'too-short' | 'too-common'

/**
 * Often-used passphrases of 8 or more characters, in Dutch and English, compared without case,
 * spaces or punctuation. A short list on purpose: it stops what people type first, not everything.
 */
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  '87654321',
  '11223344',
  '12341234',
  '12121212',
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord12',
  'wachtwoord123',
  'welkom01',
  'welkom12',
  'welkom123',
  'welkomwelkom',
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'iloveyou',
  'letmein1',
  'sunshine',
  'qwertyui',
  'qwertyuiop',
  'azertyui',
  'azertyuiop',
  'asdfghjk',
  'asdfghjkl',
  'zxcvbnm1',
  '1q2w3e4r',
  'abcdefgh',
  'abcd1234',
  'abc12345',
  'aantafel',
  'aantafel1',
  'keukentafel',
  'geheim12',
  'geheim123',
  'voetbal1',
  'princess',
  'football',
  'baseball',
  'superman',
  'trustno1',
  'changeme',
  'computer',
])

/**
 * The characters that count: invisible ones (zero-width spaces, direction marks, control
 * characters) are not part of what a person can remember and type again, and spaces at either end
 * are easily lost.
 */
export function visiblePart(passphrase: string): string {
  return passphrase
    .normalize('NFC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .trim()
}

export function passphraseProblem(passphrase: string): PassphraseProblem | null {
  const visible = visiblePart(passphrase)
  if ([...visible].length < MIN_PASSPHRASE) return 'too-short'
  const folded = visible.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')
  if (COMMON.has(folded)) return 'too-common'
  const characters = [...folded]
  if (characters.length === 0 || characters.every((character) => character === characters[0])) return 'too-common'
  if (isRun(characters, 1) || isRun(characters, -1)) return 'too-common'
  return null
}

/** "abcdefgh", "98765432": each character one more (or less) than the one before. */
function isRun(characters: string[], step: 1 | -1): boolean {
  const codes = characters.map((character) => character.codePointAt(0) ?? 0)
  return codes.every((code, index) => index === 0 || code - (codes[index - 1] ?? 0) === step)
}
