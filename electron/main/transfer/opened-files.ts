import fs from 'node:fs'
import path from 'node:path'

/** The endings a hand-over file may have: its own, and plain JSON (as older exports and advocates' copies were named). */
const HAND_OVER_ENDINGS = ['.aantafel', '.json']

/** More than a person double-clicks in one go; the rest is ignored rather than kept in memory. */
const MAX_WAITING = 20

/**
 * Hand-over files the operating system asked the app to open (a double-click, "Open with", a file
 * dropped on the Dock icon), waiting until the renderer runs the import flow for them. Only the
 * main process fills it, from the command line or macOS's `open-file`; the renderer can only ask
 * for the next one, never name a path itself.
 */
export class OpenedFiles {
  private readonly waiting: string[] = []

  /** Keeps `file` for the import flow if it is an existing plain file with a hand-over ending; true when kept. */
  add(file: string, workingDirectory = process.cwd()): boolean {
    const absolute = path.resolve(workingDirectory, file)
    if (!isHandOverFile(absolute)) return false
    if (this.waiting.includes(absolute)) return true
    if (this.waiting.length >= MAX_WAITING) return false
    this.waiting.push(absolute)
    return true
  }

  /** The files among a command line's arguments (see `handOverFilesIn`); how many were kept. */
  addFromCommandLine(argv: readonly string[], workingDirectory: string): number {
    return handOverFilesIn(argv, workingDirectory).filter((file) => this.add(file, workingDirectory)).length
  }

  /** The next file, oldest first; gone from the queue once taken. */
  take(): string | undefined {
    return this.waiting.shift()
  }

  get size(): number {
    return this.waiting.length
  }

  /** Forgets every waiting file (when everything is deleted). */
  clear(): void {
    this.waiting.length = 0
  }
}

/**
 * The hand-over files named on a command line: Windows and Linux start the app as
 * `<app> <file>` for a double-clicked file (and hand a running instance the second start's whole
 * command line). The program itself, the app folder of a development start (`electron .`) and
 * every switch (Chromium adds some of its own) are skipped; relative paths are resolved against
 * the folder the command ran in.
 */
export function handOverFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && hasHandOverEnding(arg))
    .map((arg) => path.resolve(workingDirectory, arg))
}

function hasHandOverEnding(file: string): boolean {
  const lower = file.toLowerCase()
  return HAND_OVER_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length > ending.length)
}

/** An existing plain file (a link to one counts, as when the person chose it) with a hand-over ending. */
export function isHandOverFile(file: string): boolean {
  if (!path.isAbsolute(file) || !hasHandOverEnding(path.basename(file))) return false
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
