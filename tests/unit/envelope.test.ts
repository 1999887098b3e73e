import { describe, expect, it } from 'vitest'
import { DEFAULT_KDF, SealedBox, WrongPassphraseError, deriveKey, newKdf, open, seal, type KdfParams } from '../../electron/main/crypto/envelope'

// The app's parameters take about half a second per key; tests use a cheaper N with the same code.
const cheapKdf = (): KdfParams => ({ ...newKdf(), N: 2 ** 12 })
const text = (value: string) => Buffer.from(value, 'utf8')
const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

const secret = 'Mijn moeder (84) valt ’s nachts. Zoë, Ağaç, 🌷👵🏽, 张伟 & <b>niet</b> om 7 uur.'
const passphrase = 'keukentafel-appeltaart-2026'

async function sealed(context = 'dossier-1') {
  const kdf = cheapKdf()
  const key = await deriveKey(passphrase, kdf)
  return { kdf, key, box: seal(text(secret), key, kdf, context) }
}

/** The same box with one of its base64 fields decoded, changed and encoded again. */
function withBytes(box: SealedBox, field: 'iv' | 'tag' | 'ciphertext', change: (bytes: Buffer) => void): SealedBox {
  const bytes = Buffer.from(box[field], 'base64')
  change(bytes)
  return { ...box, [field]: bytes.toString('base64') }
}

describe('sealing a dossier with a passphrase', () => {
  it('uses strong key derivation by default', () => {
    expect(DEFAULT_KDF.algorithm).toBe('scrypt')
    expect(DEFAULT_KDF.N).toBeGreaterThanOrEqual(2 ** 17)
    expect(DEFAULT_KDF.r).toBeGreaterThanOrEqual(8)
    expect(newKdf()).toMatchObject(DEFAULT_KDF)
  })

  it('derives a key with the default parameters, which need more than scrypt’s default memory limit', async () => {
    const key = await deriveKey(passphrase, newKdf())
    expect(key).toHaveLength(32)
  })

  it('gives back exactly what was sealed, diacritics and emoji included', async () => {
    const { key, box } = await sealed()
    expect(SealedBox.parse(JSON.parse(JSON.stringify(box)))).toEqual(box)
    expect(utf8(open(box, key, 'dossier-1'))).toBe(secret)
  })

  it('seals and opens empty content', async () => {
    const { kdf, key } = await sealed()
    expect(open(seal(new Uint8Array(), key, kdf, 'x'), key, 'x')).toHaveLength(0)
  })

  it('does not show the text, nor its length in words, in the box', async () => {
    const { box } = await sealed()
    const json = JSON.stringify(box)
    expect(json).not.toContain('moeder')
    expect(Buffer.from(box.ciphertext, 'base64').toString('utf8')).not.toContain('moeder')
  })

  it('refuses the wrong passphrase', async () => {
    const { kdf, box } = await sealed()
    const wrongKey = await deriveKey('keukentafel-appeltaart-2025', kdf)
    expect(() => open(box, wrongKey, 'dossier-1')).toThrow(WrongPassphraseError)
  })

  it('unlocks with the passphrase however its accents were typed (NFC and NFD)', async () => {
    const kdf = cheapKdf()
    const composed = await deriveKey('café crème', kdf)
    const decomposed = await deriveKey('cafe\u0301 cre\u0300me', kdf)
    expect(decomposed.equals(composed)).toBe(true)
  })

  it('gives a different key for the same passphrase with another salt', async () => {
    const first = await deriveKey(passphrase, cheapKdf())
    const second = await deriveKey(passphrase, cheapKdf())
    expect(first.equals(second)).toBe(false)
  })

  it('gives the same key again for the same passphrase and salt, so a key can be derived once per unlock', async () => {
    const kdf = cheapKdf()
    expect((await deriveKey(passphrase, kdf)).equals(await deriveKey(passphrase, { ...kdf }))).toBe(true)
  })

  it('draws a fresh IV for every seal, so the same text never gives the same box', async () => {
    const { kdf, key } = await sealed()
    const boxes = Array.from({ length: 50 }, () => seal(text(secret), key, kdf, 'dossier-1'))
    expect(new Set(boxes.map((box) => box.iv)).size).toBe(50)
    expect(new Set(boxes.map((box) => box.ciphertext)).size).toBe(50)
    for (const box of boxes) expect(utf8(open(box, key, 'dossier-1'))).toBe(secret)
  })

  it('refuses a box with any single byte of its IV, tag or ciphertext changed', async () => {
    const { key, box } = await sealed()
    let tried = 0
    for (const field of ['iv', 'tag', 'ciphertext'] as const) {
      const length = Buffer.from(box[field], 'base64').length
      for (let index = 0; index < length; index++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const tampered = withBytes(box, field, (bytes) => {
            bytes[index] = (bytes[index] ?? 0) ^ mask
          })
          expect(() => open(tampered, key, 'dossier-1'), `${field}[${index}] ^ ${mask}`).toThrow(WrongPassphraseError)
          tried++
        }
      }
    }
    expect(tried).toBeGreaterThan(3 * (12 + 16 + 80))
  })

  it('refuses a box whose tag or ciphertext was shortened or lengthened', async () => {
    const { key, box } = await sealed()
    const cut = (field: 'tag' | 'ciphertext', bytes: number) => ({
      ...box,
      [field]: Buffer.from(box[field], 'base64').subarray(0, bytes).toString('base64'),
    })
    // Node would accept a 4-byte tag if the length were not fixed: forging that takes 2^32 tries.
    for (const length of [0, 4, 8, 12, 15]) expect(() => open(cut('tag', length), key, 'dossier-1')).toThrow(WrongPassphraseError)
    expect(() => open(cut('ciphertext', 10), key, 'dossier-1')).toThrow(WrongPassphraseError)
    const longer = { ...box, ciphertext: Buffer.concat([Buffer.from(box.ciphertext, 'base64'), Buffer.from([0])]).toString('base64') }
    expect(() => open(longer, key, 'dossier-1')).toThrow(WrongPassphraseError)
  })

  it('refuses a box with base64 that is not spelled canonically, even when it decodes to the same bytes', async () => {
    const { key, box } = await sealed()
    // The tag's last character before '==' has four unused bits; setting one changes the text, not the bytes.
    const last = box.tag.at(-3) ?? 'A'
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const sloppy = `${box.tag.slice(0, -3)}${alphabet[alphabet.indexOf(last) ^ 1]}==`
    expect(Buffer.from(sloppy, 'base64').equals(Buffer.from(box.tag, 'base64'))).toBe(true)
    expect(() => open({ ...box, tag: sloppy }, key, 'dossier-1')).toThrow(WrongPassphraseError)
    expect(SealedBox.safeParse({ ...box, tag: sloppy }).success).toBe(false)
  })

  it('refuses a box moved to another context (another dossier, or an export)', async () => {
    const { key, box } = await sealed('dossier-1')
    for (const other of ['dossier-2', 'dossier-1 ', '', 'aan-tafel/export']) {
      expect(() => open(box, key, other)).toThrow(WrongPassphraseError)
    }
  })

  it('refuses a box whose key derivation parameters were changed, even with the key still in memory', async () => {
    const { key, box } = await sealed()
    const otherSalt = { ...box, kdf: { ...box.kdf, salt: newKdf().salt } }
    const otherN = { ...box, kdf: { ...box.kdf, N: 2 ** 13 } }
    expect(() => open(otherSalt, key, 'dossier-1')).toThrow(WrongPassphraseError)
    expect(() => open(otherN, key, 'dossier-1')).toThrow(WrongPassphraseError)
  })

  it('refuses a key that is not 32 bytes instead of padding or cutting it', async () => {
    const { kdf, box } = await sealed()
    expect(() => seal(text('x'), Buffer.alloc(16), kdf, 'x')).toThrow(/32 bytes/)
    expect(() => open(box, Buffer.alloc(31), 'dossier-1')).toThrow(/32 bytes/)
  })

  it('refuses key derivation parameters that would take too much memory or time', async () => {
    const kdf = cheapKdf()
    for (const bad of [
      { ...kdf, N: 2 ** 22 },
      { ...kdf, N: 2 ** 17, r: 32 },
      { ...kdf, N: 3000 },
      { ...kdf, N: 2 },
      { ...kdf, p: 0 },
      { ...kdf, salt: 'c2FsdA==' },
    ]) {
      await expect(deriveKey(passphrase, bad)).rejects.toThrow(expect.objectContaining({ code: 'invalid-request' }))
    }
  })
})

describe('the sealed box schema, for boxes from disk or from a file someone hands over', () => {
  async function validBox(): Promise<Record<string, unknown>> {
    return JSON.parse(JSON.stringify((await sealed()).box))
  }

  it('accepts a box as sealed', async () => {
    expect(SealedBox.safeParse(await validBox()).success).toBe(true)
  })

  it.each(['version', 'cipher', 'kdf', 'iv', 'tag', 'ciphertext'])('refuses a box without its %s', async (field) => {
    const box = Object.fromEntries(Object.entries(await validBox()).filter(([key]) => key !== field))
    expect(SealedBox.safeParse(box).success).toBe(false)
  })

  it.each(['algorithm', 'N', 'r', 'p', 'salt'])('refuses a box whose key derivation lacks %s', async (field) => {
    const box = await validBox()
    const kdf = Object.fromEntries(Object.entries(box.kdf as object).filter(([key]) => key !== field))
    expect(SealedBox.safeParse({ ...box, kdf }).success).toBe(false)
  })

  const sixteenBytes = Buffer.alloc(16, 7).toString('base64')
  const twelveBytes = Buffer.alloc(12, 7).toString('base64')
  it.each([
    ['an IV of 16 bytes', { iv: sixteenBytes }],
    ['an IV of 8 bytes', { iv: Buffer.alloc(8).toString('base64') }],
    ['a tag of 12 bytes', { tag: twelveBytes }],
    ['a tag of 4 bytes', { tag: Buffer.alloc(4).toString('base64') }],
    ['an IV that is not base64', { iv: '!!!!!!!!!!!!!!!!' }],
    ['a tag with spaces', { tag: ` ${sixteenBytes.slice(1)}` }],
    ['ciphertext that is not base64', { ciphertext: 'not base64 at all' }],
    ['ciphertext with a missing padding character', { ciphertext: 'QUJD=' }],
    ['ciphertext as a number', { ciphertext: 12 }],
    ['another version', { version: 2 }],
    ['another cipher', { cipher: 'aes-128-cbc' }],
  ])('refuses %s', async (_name, change) => {
    expect(SealedBox.safeParse({ ...(await validBox()), ...change }).success).toBe(false)
  })

  it.each([
    ['a salt of 8 bytes', { salt: Buffer.alloc(8).toString('base64') }],
    ['a salt that is not base64', { salt: '%%%%%%%%%%%%%%%%%%%%%%%%' }],
    ['another algorithm', { algorithm: 'pbkdf2' }],
    ['N as text', { N: '4096' }],
    ['N that is not a power of two', { N: 5000 }],
    ['N beyond the memory limit', { N: 2 ** 24 }],
    ['a fractional r', { r: 8.5 }],
  ])('refuses key derivation with %s', async (_name, change) => {
    const box = await validBox()
    expect(SealedBox.safeParse({ ...box, kdf: { ...(box.kdf as object), ...change } }).success).toBe(false)
  })
})
