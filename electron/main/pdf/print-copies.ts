import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { writeFileDurably } from '../storage/durable-file'

/**
 * Copies of the plan made to print it: the computer's PDF program opens a file, so the plan has to
 * be one for a while. They live in the app's own data folder (readable by this computer user
 * alone, unlike the shared temporary folder), one subfolder per copy (a PDF program that holds one
 * open does not block the next), under a neutral name.
 */
export function writePrintCopy(printDir: string, pdf: Uint8Array, fileName: string): string {
  const folder = path.join(printDir, randomBytes(8).toString('hex'))
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  const file = path.join(folder, fileName)
  writeFileDurably(file, pdf)
  return file
}

/**
 * Removes every print copy; tries each one, and throws at the end when one could not go (a PDF
 * program on Windows holds its file), so the person can be told.
 */
export function removePrintCopies(printDir: string): void {
  let entries: string[]
  try {
    entries = fs.readdirSync(printDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const failures: string[] = []
  for (const name of entries) {
    try {
      fs.rmSync(path.join(printDir, name), { recursive: true, force: true })
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`)
    }
  }
  if (failures.length > 0) throw new Error(`print copies not removed: ${failures.join('; ')}`)
}

/** Where versions up to 0.1 put print copies: `aan-tafel-print-*` in the shared temporary folder. */
const LEGACY_PREFIX = 'aan-tafel-print-'

/**
 * Removes what an older version left in the shared temporary folder: only folders this computer
 * user owns, and never failing (another user's folder there is not ours to touch, nor a reason
 * not to start).
 */
export function removeLegacyPrintCopies(tempDir: string, uid: number | undefined): void {
  let names: string[]
  try {
    names = fs.readdirSync(tempDir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(LEGACY_PREFIX)) continue
    const folder = path.join(tempDir, name)
    try {
      const info = fs.lstatSync(folder)
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue
      fs.rmSync(folder, { recursive: true, force: true })
    } catch {
      // Busy or not ours after all: left alone.
    }
  }
}
