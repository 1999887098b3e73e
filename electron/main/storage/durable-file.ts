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
  fstatSync: (fd: number) => { size: number; mtimeMs?: number; ino?: number }
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

/** What identifies a version of a file without reading it: a rename puts a new inode in place. */
export interface FileStamp {
  size: number
  mtimeMs: number
  ino: number
}

export function sameStamp(a: FileStamp | null | undefined, b: FileStamp | null | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino
}

/** The stamp of a plain file as it is now (never through a link); null for anything else. */
export function stampOf(file: string): FileStamp | null {
  try {
    const info = fs.lstatSync(file)
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : null
  } catch {
    return null
  }
}

const promised = {
  open: (file: string, flags: string, mode: number) =>
    new Promise<number>((resolve, reject) => fs.open(file, flags, mode, (error, fd) => (error ? reject(error) : resolve(fd)))),
  write: (fd: number, buffer: Uint8Array, offset: number, length: number) =>
    new Promise<number>((resolve, reject) => fs.write(fd, buffer, offset, length, null, (error, written) => (error ? reject(error) : resolve(written)))),
  fsync: (fd: number) => new Promise<void>((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve()))),
  fstat: (fd: number) => new Promise<fs.Stats>((resolve, reject) => fs.fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats)))),
  close: (fd: number) => new Promise<void>((resolve, reject) => fs.close(fd, (error) => (error ? reject(error) : resolve()))),
}

/** The disk calls of an asynchronous write; `rename` stays synchronous, see writeFileDurablyAsync. */
interface AsyncWriteIo {
  open: (file: string, flags: string, mode: number) => Promise<number>
  write: (fd: number, buffer: Uint8Array, offset: number, length: number) => Promise<number>
  fsync: (fd: number) => Promise<void>
  fstat: (fd: number) => Promise<{ size: number; mtimeMs?: number; ino?: number }>
  close: (fd: number) => Promise<void>
  rename: (from: string, to: string) => void
  rm: (file: string, options: { force: boolean }) => void
}

const nodeAsyncIo: AsyncWriteIo = { ...promised, rename: (from, to) => fs.renameSync(from, to), rm: (file, options) => fs.rmSync(file, options) }

/** A test's misbehaving synchronous disk, called one step per turn of the event loop as the real one would be. */
function asyncIoOf(io: WriteIo): AsyncWriteIo {
  const later = <T>(call: () => T) =>
    new Promise<T>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(call())
        } catch (error) {
          reject(error as Error)
        }
      }),
    )
  return {
    open: (file, flags, mode) => later(() => io.openSync(file, flags, mode)),
    write: (fd, buffer, offset, length) => later(() => io.writeSync(fd, buffer, offset, length)),
    fsync: (fd) => later(() => io.fsyncSync(fd)),
    fstat: (fd) => later(() => io.fstatSync(fd)),
    close: (fd) => later(() => io.closeSync(fd)),
    rename: (from, to) => io.renameSync(from, to),
    rm: (file, options) => io.rmSync(file, options),
  }
}

export interface AsyncDurableWriteOptions extends DurableWriteOptions {
  /**
   * Called after every byte is on disk, just before the rename that puts the file in place, with
   * no `await` in between: throwing here abandons the write and leaves the target untouched. The
   * caller checks there that what it writes is still wanted (nothing was deleted or locked since).
   */
  beforeRename?: (() => void) | undefined
}

/**
 * writeFileDurably without blocking: the writes and the fsync (what takes time on a real disk) run
 * in Node's thread pool, the main process keeps answering. The rename is synchronous, right after
 * `beforeRename`, so nothing can happen between the last check and the file being in place.
 * Returns the new file's stamp (null when the disk did not tell it).
 */
export async function writeFileDurablyAsync(file: string, data: Uint8Array | string, options: AsyncDurableWriteOptions = {}): Promise<FileStamp | null> {
  const io = options.io ? asyncIoOf(options.io) : nodeAsyncIo
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = tempNameFor(file)
  let fd: number | undefined
  let stamp: FileStamp | null = null
  try {
    fd = await io.open(temp, 'wx', options.mode ?? 0o600)
    let offset = 0
    while (offset < bytes.length) {
      const written = await io.write(fd, bytes, offset, bytes.length - offset)
      if (!(written > 0)) throw new IncompleteWriteError(file, offset, bytes.length)
      offset += written
    }
    await io.fsync(fd)
    const info = await io.fstat(fd)
    if (info.size !== bytes.length) throw new IncompleteWriteError(file, info.size, bytes.length)
    if (info.mtimeMs !== undefined && info.ino !== undefined) stamp = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino }
    await io.close(fd)
    fd = undefined
    options.beforeRename?.()
    io.rename(temp, file)
  } catch (error) {
    if (fd !== undefined) await io.close(fd).catch(() => undefined)
    try {
      io.rm(temp, { force: true })
    } catch {
      // A leftover temporary file is removed at the next start.
    }
    throw error
  }
  await syncFolderAsync(path.dirname(file))
  return stamp
}

async function syncFolderAsync(folder: string): Promise<void> {
  let fd: number | undefined
  try {
    fd = await promised.open(folder, 'r', 0)
    await promised.fsync(fd)
  } catch {
    // As in syncFolder: where folders cannot be synced, the rename is as durable as the system allows.
  } finally {
    if (fd !== undefined) await promised.close(fd).catch(() => undefined)
  }
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

/** readFileLimited without blocking (links are never followed): for files read on every save. */
export async function readFileLimitedAsync(file: string, maxBytes: number): Promise<Buffer> {
  const info = await fs.promises.lstat(file)
  if (!info.isFile()) throw new UnreadableFileError('not-a-file', file)
  if (info.size > maxBytes) throw new UnreadableFileError('too-large', file)
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0))
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw new UnreadableFileError('not-a-file', file)
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) break
    }
    if (length > maxBytes) throw new UnreadableFileError('too-large', file)
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}
