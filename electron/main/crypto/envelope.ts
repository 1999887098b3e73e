import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { z } from 'zod'
import { ServiceError } from '../../contract/errors'

/**
 * Encryption at rest for a locked dossier, and for an export protected with a passphrase.
 *
 * A passphrase becomes a key through scrypt (slow on purpose: it is what makes guessing expensive).
 * The key is derived once per unlock and then reused for every write while the dossier is unlocked;
 * the salt travels with the key, and every seal draws a fresh random 12-byte IV. With random IVs
 * AES-GCM stays safe up to about 2^32 seals per key, far beyond what one person's typing produces.
 *
 * A sealed box is plain JSON, so it can sit inside a dossier record or an export file:
 *   { version: 1, cipher: 'aes-256-gcm', kdf: { algorithm: 'scrypt', N, r, p, salt },
 *     iv, tag, ciphertext }            (salt, iv, tag and ciphertext in base64)
 * The authenticated data is the box's own header (version, cipher, kdf) plus a context string
 * chosen by the caller (a dossier id, or 'aan-tafel/export'), so a box cannot be moved to another
 * place, nor its key derivation parameters changed, without opening failing.
 */

const KEY_BYTES = 32
const SALT_BYTES = 16
const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * Strong enough for health details on a laptop that may be lost. Measured on the development
 * machine (2 cores, Node 20): deriving one key with these parameters takes 390-600 ms (N = 2**12:
 * about 20 ms, N = 2**10: about 3 ms). It needs 128 * r * N bytes = 128 MiB of memory.
 */
export const DEFAULT_KDF: Readonly<Omit<KdfParams, 'salt'>> = { algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 }

/**
 * The most memory and work an untrusted file may ask for. Node refuses scrypt above 32 MiB unless
 * told otherwise, so `maxmem` is always passed explicitly. (Electron's main process runs on
 * BoringSSL rather than OpenSSL: to be confirmed there by the Electron smoke test.)
 */
const MAX_KDF_MEMORY = 256 * 1024 * 1024
/** Twice the default's work: an imported file cannot make unlocking take minutes. */
const MAX_KDF_WORK = 2 * DEFAULT_KDF.N * DEFAULT_KDF.r * DEFAULT_KDF.p

/** What OpenSSL allocates for scrypt: the V array (128 * r * (N + 2)) and the B array (128 * r * p). */
function scryptMemory({ N, r, p }: { N: number; r: number; p: number }): number {
  return 128 * r * (N + 2) + 128 * r * p
}

/** Base64 in its one canonical spelling, so that two different strings never hold the same bytes. */
function base64Of(bytes: number | undefined) {
  const message = bytes === undefined ? 'not canonical base64' : `not canonical base64 of ${bytes} bytes`
  return z.string().refine((text) => {
    const decoded = decodeBase64(text)
    return decoded !== undefined && (bytes === undefined || decoded.length === bytes)
  }, message)
}

const isPowerOfTwo = (n: number) => Number.isInteger(Math.log2(n))

export interface KdfParams {
  algorithm: 'scrypt'
  N: number
  r: number
  p: number
  /** base64, 16 bytes */
  salt: string
}

export const KdfParams: z.ZodType<KdfParams> = z
  .object({
    algorithm: z.literal('scrypt'),
    // Tests use N = 2**10 or 2**12 to stay fast; files written by the app use DEFAULT_KDF.
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20)
      .refine(isPowerOfTwo, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64Of(SALT_BYTES),
  })
  // OpenSSL refuses N >= 2^(16r) (with a RangeError, not a typed error): e.g. r = 1 allows N up to 2^15.
  .refine((kdf) => Math.log2(kdf.N) < 16 * kdf.r, 'N must be below 2^(16 r)')
  .refine((kdf) => kdf.N * kdf.r * kdf.p <= MAX_KDF_WORK, 'key derivation asks for too much work')
  .refine((kdf) => scryptMemory(kdf) <= MAX_KDF_MEMORY, 'key derivation asks for too much memory')

export interface SealedBox {
  version: 1
  cipher: 'aes-256-gcm'
  kdf: KdfParams
  /** base64, 12 bytes */
  iv: string
  /** base64, 16 bytes */
  tag: string
  /** base64 */
  ciphertext: string
}

/** For validating a box read from disk or from a file someone hands over. */
export const SealedBox: z.ZodType<SealedBox> = z.object({
  version: z.literal(1),
  cipher: z.literal('aes-256-gcm'),
  kdf: KdfParams,
  iv: base64Of(IV_BYTES),
  tag: base64Of(TAG_BYTES),
  ciphertext: base64Of(undefined),
})

/** Opening failed: the key is wrong, or the data was changed. The two cannot be told apart. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase, or the data was changed')
    this.name = 'WrongPassphraseError'
  }
}

/** A new salt for a new passphrase (or a changed one): the same passphrase never gives the same key twice. */
export function newKdf(): KdfParams {
  return { ...DEFAULT_KDF, salt: randomBytes(SALT_BYTES).toString('base64') }
}

/**
 * Turns a passphrase into a 32-byte key. The passphrase is normalised to NFC first, so that
 * 'ë' typed as one character on one computer and as 'e' + '¨' on another unlock the same dossier.
 */
export async function deriveKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const checked = KdfParams.safeParse(kdf)
  if (!checked.success) throw new ServiceError('invalid-request', `unsupported key derivation: ${checked.error.issues[0]?.message}`)
  const { N, r, p, salt } = checked.data
  const password = Buffer.from(passphrase.normalize('NFC'), 'utf8')
  return new Promise((resolve, reject) => {
    // Whatever Node or OpenSSL still refuses (a RangeError, thrown at once) is the file's fault, and typed as such.
    const refuse = (error: Error) => reject(new ServiceError('invalid-request', `key derivation refused: ${error.message}`))
    try {
      scrypt(password, Buffer.from(salt, 'base64'), KEY_BYTES, { N, r, p, maxmem: MAX_KDF_MEMORY }, (error, key) => {
        password.fill(0)
        if (error) refuse(error)
        else resolve(key)
      })
    } catch (error) {
      password.fill(0)
      refuse(error as Error)
    }
  })
}

export function seal(plaintext: Uint8Array, key: Buffer, kdf: KdfParams, aad: string): SealedBox {
  assertKey(key)
  const header = { version: 1, cipher: 'aes-256-gcm', kdf: { ...kdf } } as const
  // Never reuse an IV with the same key: with GCM that would reveal the XOR of two plaintexts.
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(authenticatedData(header.kdf, aad))
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return {
    ...header,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  }
}

/**
 * Decrypts and checks a box. Everything that could be wrong about the secret part (key, IV, tag,
 * ciphertext, header, context) gives the same WrongPassphraseError, and no byte of plaintext is
 * returned unless the whole box is authentic.
 */
export function open(box: SealedBox, key: Buffer, aad: string): Buffer {
  assertKey(key)
  const iv = decodeBase64(box.iv)
  const tag = decodeBase64(box.tag)
  const ciphertext = decodeBase64(box.ciphertext)
  const kdf = KdfParams.safeParse(box.kdf)
  if (box.version !== 1 || box.cipher !== 'aes-256-gcm' || !kdf.success) throw new WrongPassphraseError()
  if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || !ciphertext) throw new WrongPassphraseError()
  // authTagLength: without it Node accepts a tag cut down to 4 bytes, which is far easier to forge.
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(authenticatedData(kdf.data, aad))
  decipher.setAuthTag(tag)
  const plaintext = decipher.update(ciphertext)
  try {
    return Buffer.concat([plaintext, decipher.final()])
  } catch {
    throw new WrongPassphraseError()
  } finally {
    // `update` has already produced unauthenticated plaintext: do not leave it in memory.
    plaintext.fill(0)
  }
}

/** The box's header in a fixed order, then the caller's context. */
function authenticatedData(kdf: KdfParams, context: string): Buffer {
  const header = ['aan-tafel/sealed-box', 1, 'aes-256-gcm', kdf.algorithm, kdf.N, kdf.r, kdf.p, kdf.salt]
  return Buffer.from(JSON.stringify([...header, context]), 'utf8')
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new ServiceError('internal', `a key has ${KEY_BYTES} bytes, not ${key.length}`)
}

/** Decodes base64 only when the text is its canonical spelling; Node's decoder skips bad characters silently. */
function decodeBase64(text: unknown): Buffer | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0) return undefined
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? bytes : undefined
}
