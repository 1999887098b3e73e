import { beforeAll, describe, expect, it } from 'vitest'
import { bundleChild, mountNamespaceProblem, runInMountNamespace } from '../support/mount-namespace'
import { makeTempDir } from '../support/temp-dir'

/*
 * The store on a real disk that misbehaves: a 200 KiB tmpfs that fills up, and a data folder that
 * is read-only. Each scenario runs in tests/durability/disk-child.ts, in a private mount namespace.
 */
const problem = mountNamespaceProblem()
if (problem) console.log(`[disk trouble] SKIPPED: private mounts are not available here (${problem})`)
let child = ''

beforeAll(async () => {
  if (!problem) child = await bundleChild('tests/durability/disk-child.ts')
}, 60_000)

describe.skipIf(problem !== null)('on a real disk in trouble', () => {
  it('says a save failed when the disk is full, and keeps the last saved version and its backup whole', () => {
    const { dir, cleanup } = makeTempDir('aan-tafel-full-')
    try {
      const [seen] = runInMountNamespace(child, dir, [{ shell: 'mount -t tmpfs -o size=200k tmpfs "$DIR"' }, { script: ['fill', dir] }]) as [
        {
          saves: number
          failure?: string
          acknowledged: number
          inMemory: number
          listed: string[]
          onDisk: number
          notices: unknown[]
          backupReadable: boolean
          leftovers: string[]
        },
      ]
      expect(seen.saves).toBeGreaterThan(3)
      expect(seen.failure).toBe('storage-failed')
      // What the screen was told is saved, is what is on disk; nothing half-written replaced it.
      expect(seen.inMemory).toBe(seen.acknowledged)
      expect(seen.onDisk).toBe(seen.acknowledged)
      expect(seen.listed).toHaveLength(1)
      expect(seen.notices).toEqual([])
      expect(seen.backupReadable).toBe(true)
      expect(seen.leftovers).toEqual([])
    } finally {
      cleanup()
    }
  }, 120_000)

  it('starts on a read-only data folder: what can be read opens, the rest is told, and saving fails cleanly', () => {
    const { dir, cleanup } = makeTempDir('aan-tafel-ro-')
    try {
      const [prepared, seen] = runInMountNamespace(child, dir, [
        { shell: 'mount -t tmpfs -o size=2m tmpfs "$DIR"' },
        { script: ['prepare-read-only', dir] },
        { shell: 'mount -o remount,ro "$DIR"' },
        { script: ['open-read-only', dir] },
      ]) as [
        { good: string; damaged: string },
        { listed: string[]; notices: { kind: string; id: string }[]; saveError: string; settingsError: string; language: string },
      ]
      expect(seen.listed).toEqual([prepared.good])
      expect(seen.notices).toEqual([expect.objectContaining({ kind: 'unreadable', id: prepared.damaged })])
      expect(seen.saveError).toBe('storage-failed')
      expect(seen.settingsError).toBe('EROFS')
      expect(seen.language).toBe('nl')
    } finally {
      cleanup()
    }
  }, 120_000)

  it('locks even when a print copy cannot be removed, and says so', () => {
    const { dir, cleanup } = makeTempDir('aan-tafel-lock-')
    try {
      const [seen] = runInMountNamespace(child, dir, [
        { shell: 'mount -t tmpfs -o size=2m tmpfs "$DIR" && mkdir -p "$DIR/print-copies/a1" && echo pdf > "$DIR/print-copies/a1/Aan Tafel - plan.pdf"' },
        { shell: 'mount --bind "$DIR/print-copies" "$DIR/print-copies" && mount -o remount,bind,ro "$DIR/print-copies"' },
        { script: ['lock-read-only-print-copy', dir] },
      ]) as [{ result: { locked: number; cleanupFailed: boolean }; readError: string; copyStillThere: boolean }]
      expect(seen.result).toEqual({ locked: 1, cleanupFailed: true })
      expect(seen.readError).toBe('locked')
      expect(seen.copyStillThere).toBe(true)
    } finally {
      cleanup()
    }
  }, 120_000)
})
