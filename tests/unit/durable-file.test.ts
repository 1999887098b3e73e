import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IncompleteWriteError, UnreadableFileError, nodeIo, readFileLimited, writeFileDurably, type WriteIo } from '../../electron/main/storage/durable-file'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('aan-tafel-durable-')))
afterEach(() => cleanup())

const target = () => path.join(dir, 'dossier.json')
const leftovers = () => fs.readdirSync(dir).filter((name) => name !== 'dossier.json')
const big = 'Mijn dochter helpt me elke ochtend. '.repeat(5_000)

/** A disk that writes at most `chunk` bytes per call, as a full or slow disk may. */
const shortWrites = (chunk: number, stopAfter = Number.POSITIVE_INFINITY): WriteIo => {
  let total = 0
  return {
    ...nodeIo,
    writeSync: (fd, buffer, offset, length) => {
      const allowed = Math.max(0, Math.min(chunk, length, stopAfter - total))
      if (allowed === 0) return 0
      total += allowed
      return nodeIo.writeSync(fd, buffer, offset, allowed)
    },
  }
}

describe('writing a file durably', () => {
  it('writes every byte when the disk takes them a few at a time', () => {
    writeFileDurably(target(), big, { io: shortWrites(4_096) })
    expect(fs.readFileSync(target(), 'utf8')).toBe(big)
    expect(leftovers()).toEqual([])
  })

  it('reports a write that stops halfway (a full disk) and leaves the previous file exactly as it was', () => {
    fs.writeFileSync(target(), 'de vorige versie')
    expect(() => writeFileDurably(target(), big, { io: shortWrites(4_096, 65_536) })).toThrow(IncompleteWriteError)
    expect(fs.readFileSync(target(), 'utf8')).toBe('de vorige versie')
    expect(leftovers()).toEqual([])
  })

  it('reports ENOSPC from the disk and leaves the previous file', () => {
    fs.writeFileSync(target(), 'de vorige versie')
    const full: WriteIo = {
      ...nodeIo,
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
    }
    expect(() => writeFileDurably(target(), big, { io: full })).toThrow(/ENOSPC/)
    expect(fs.readFileSync(target(), 'utf8')).toBe('de vorige versie')
    expect(leftovers()).toEqual([])
  })

  it('does not trust a write whose file turns out shorter on disk', () => {
    fs.writeFileSync(target(), 'de vorige versie')
    const lying: WriteIo = { ...nodeIo, fstatSync: () => ({ size: 65_536 }) }
    expect(() => writeFileDurably(target(), big, { io: lying })).toThrow(IncompleteWriteError)
    expect(fs.readFileSync(target(), 'utf8')).toBe('de vorige versie')
  })

  it('replaces a link by a file instead of writing through it', () => {
    if (process.platform === 'win32') return
    const elsewhere = path.join(dir, 'elders.txt')
    fs.writeFileSync(elsewhere, 'niet van ons')
    fs.symlinkSync(elsewhere, target())
    writeFileDurably(target(), 'van ons')
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('niet van ons')
    expect(fs.lstatSync(target()).isSymbolicLink()).toBe(false)
  })

  it('writes files readable by their owner only', () => {
    if (process.platform === 'win32') return
    writeFileDurably(target(), 'privé')
    expect(fs.statSync(target()).mode & 0o777).toBe(0o600)
  })
})

describe('reading a file with a limit', () => {
  it('reads a plain file, and refuses one larger than the limit before reading it', () => {
    fs.writeFileSync(target(), 'x'.repeat(100))
    expect(readFileLimited(target(), 100).length).toBe(100)
    expect(() => readFileLimited(target(), 99)).toThrow(UnreadableFileError)
  })

  it('refuses links, folders and devices', () => {
    if (process.platform === 'win32') return
    fs.symlinkSync('/dev/zero', target())
    expect(() => readFileLimited(target(), 1_000)).toThrow(UnreadableFileError)
    expect(() => readFileLimited(dir, 1_000)).toThrow(UnreadableFileError)
  })
})
