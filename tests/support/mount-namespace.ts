import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/*
 * Real disk trouble without root: a private mount namespace (`unshare -rm`, Linux user namespaces)
 * in which a tiny tmpfs can fill up, or a folder can be remounted read-only. Where the kernel does
 * not allow it (macOS, Windows, locked-down containers) `mountNamespaceProblem()` says why.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

let probed: string | null | undefined

/** Null when private mounts work here; otherwise why not. */
export function mountNamespaceProblem(): string | null {
  if (probed !== undefined) return probed
  if (process.platform !== 'linux') return (probed = `not Linux (${process.platform})`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-ns-'))
  const result = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${dir}' && mount -o remount,ro '${dir}'`], { encoding: 'utf8' })
  fs.rmSync(dir, { recursive: true, force: true })
  probed = result.status === 0 ? null : `unshare -rm failed: ${(result.stderr || String(result.error)).trim().slice(0, 200)}`
  return probed
}

/** Bundles a TypeScript child script to plain JavaScript once (its npm imports stay external). */
export async function bundleChild(source: string): Promise<string> {
  const outfile = path.join(root, 'node_modules/.cache/aan-tafel', `${path.basename(source, '.ts')}.mjs`)
  await build({ entryPoints: [path.join(root, source)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' })
  return outfile
}

export interface NamespaceStep {
  /** Shell run inside the namespace before the script (mounts); `$DIR` is the folder. */
  shell?: string
  /** Arguments for the child script; its last line of output is parsed as JSON. */
  script?: string[]
}

/** Runs the steps in one private mount namespace, on `dir`; returns each script step's JSON. */
export function runInMountNamespace(childScript: string, dir: string, steps: NamespaceStep[]): unknown[] {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  const commands = steps.map((step) =>
    step.script ? `${quote(process.execPath)} ${quote(childScript)} ${step.script.map(quote).join(' ')}; echo "::exit $?"` : (step.shell ?? 'true'),
  )
  const result = spawnSync('unshare', ['-rm', 'sh', '-ec', commands.join('\n')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DIR: dir },
    timeout: 120_000,
  })
  if (result.status !== 0) throw new Error(`namespace run failed (${result.status}): ${result.stderr.slice(-2_000)}`)
  const outputs: unknown[] = []
  const lines = result.stdout.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const exit = /^::exit (\d+)$/.exec(lines[i] ?? '')
    if (!exit) continue
    if (exit[1] !== '0') throw new Error(`child failed: ${result.stderr.slice(-2_000)}`)
    outputs.push(JSON.parse(lines[i - 1] ?? 'null'))
  }
  return outputs
}
