import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The one way Aan Tafel writes a file it cares about (dossiers, backups, settings, files the person
 * saves): a temporary file next to the target, every byte written and counted, fsync, the size
 * checked, then one rename over the target and an fsync of the folder. A full disk, a short write
 * or a crash at any moment leaves the previous file exactly as it was.
 *
 * Why not `atomically` (used by conf and electron-store): its 2.1.1 makes one `writeSync` call
 * and ignores the byte count, so on a full disk a truncated file replaced the good one while the
 * save was reported as done (upstream PR #18, still open).
 */

/** The calls the writer makes, so that a test can make the disk misbehave. */
export interface WriteIo {
  openSync: (file: string, flags: string, mode: number) => number
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number
  fsyncSync: (fd: number) => void
  fstatSync: (fd: number) => { size: number }
  closeSync: (fd: number) => void
  renameSync: (from: string, to: string) => void
  rmSync: (file: string, options: { force: boolean }) => void
}

export const nodeIo: WriteIo = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (file, options) => fs.rmSync(file, options),
}

/** A write that did not reach the disk whole; the target was not touched. */
export class IncompleteWriteError extends Error {
  readonly code: string
  constructor(file: string, written: number, expected: number) {
    super(`${path.basename(file)}: wrote ${written} of ${expected} bytes`)
    this.name = 'IncompleteWriteError'
    // A write that makes no progress is what a full disk does to a writer that ignores errors.
    this.code = 'ENOSPC'
  }
}

/** `<name>.tmp-<10 digits><6 hex>`: the same shape atomically used, so old leftovers are found too. */
export const TEMP_FILE = /\.tmp-\d{10}[a-f0-9]{6}$/

function tempNameFor(file: string): string {
  return `${file}.tmp-${String(Date.now()).slice(-10)}${randomBytes(3).toString('hex')}`
}

export interface DurableWriteOptions {
  /** Owner-only by default: the files hold health and family details. */
  mode?: number | undefined
  io?: WriteIo | undefined
}

export function writeFileDurably(file: string, data: Uint8Array | string, options: DurableWriteOptions = {}): void {
  const io = options.io ?? nodeIo
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = tempNameFor(file)
  let fd: number | undefined
  try {
    fd = io.openSync(temp, 'wx', options.mode ?? 0o600)
    let offset = 0
    while (offset < bytes.length) {
      const written = io.writeSync(fd, bytes, offset, bytes.length - offset)
      if (!(written > 0)) throw new IncompleteWriteError(file, offset, bytes.length)
      offset += written
    }
    io.fsyncSync(fd)
    const size = io.fstatSync(fd).size
    if (size !== bytes.length) throw new IncompleteWriteError(file, size, bytes.length)
    io.closeSync(fd)
    fd = undefined
    io.renameSync(temp, file)
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd)
      } catch {
        // Closing a file that failed to write may fail too; the error worth reporting is the first.
      }
    }
    try {
      io.rmSync(temp, { force: true })
    } catch {
      // A leftover temporary file is removed at the next start.
    }
    throw error
  }
  syncFolder(path.dirname(file))
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync, and needs not. */
function syncFolder(folder: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(folder, 'r')
    fs.fsyncSync(fd)
  } catch {
    // EISDIR/EPERM/EINVAL on systems that do not sync folders: the rename is as durable as they allow.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Why a file was not read: not a plain file (a link, a device, a folder), or larger than allowed. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    file: string,
  ) {
    super(`${path.basename(file)}: ${reason}`)
    this.name = 'UnreadableFileError'
  }
}

/**
 * Reads a plain file of at most `maxBytes`. Special files are never read (a link to /dev/zero
 * would be read until memory runs out, a named pipe would block the app). Links are not followed,
 * unless `followLinks` (a file the person chose themselves may well be a link).
 */
export function readFileLimited(file: string, maxBytes: number, options: { followLinks?: boolean } = {}): Buffer {
  const info = options.followLinks ? fs.statSync(file) : fs.lstatSync(file)
  if (!info.isFile()) throw new UnreadableFileError('not-a-file', file)
  if (info.size > maxBytes) throw new UnreadableFileError('too-large', file)
  const noFollow = options.followLinks ? 0 : (fs.constants.O_NOFOLLOW ?? 0)
  // Non-blocking: should the file have become a pipe since the check, opening it does not hang.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | noFollow | (fs.constants.O_NONBLOCK ?? 0))
  try {
    const opened = fs.fstatSync(fd)
    if (!opened.isFile()) throw new UnreadableFileError('not-a-file', file)
    // The file may grow between stat and read: read at most one byte more than allowed, to notice.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length === buffer.length) break
    }
    if (length > maxBytes) throw new UnreadableFileError('too-large', file)
    return buffer.subarray(0, length)
  } finally {
    fs.closeSync(fd)
  }
}

/** Whether a path is there at all, as itself (a dangling link counts). */
export function exists(file: string): boolean {
  try {
    fs.lstatSync(file)
    return true
  } catch {
    return false
  }
}
