import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MISSING_ELECTRON_MESSAGE, ensureElectronBinary, platformExecutable } from '../../electron/tools/electron-binary.mjs'
import { makeTempDir } from '../support/temp-dir'

/*
 * The README's first command: `npm ci && npm start`. After `npm ci` Electron's binary is not there
 * yet (since Electron 42 it comes on first use), and electron-vite alone would stop with "Error:
 * Electron uninstall". These run the real scripts; the network is made unavailable on purpose
 * (a closed port as download mirror), so they behave the same on a machine with internet.
 */
const offline = { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: '' }
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

beforeAll(() => {
  if (!fs.existsSync('out/main/index.js')) spawnSync(npm, ['run', 'build'], { stdio: 'ignore', timeout: 120_000 })
}, 150_000)

describe('npm start', () => {
  it('ends with one clear sentence when Electron is missing and cannot be downloaded', () => {
    const { dir, cleanup } = makeTempDir('aan-tafel-no-electron-')
    try {
      const result = spawnSync(npm, ['start'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...offline, ELECTRON_OVERRIDE_DIST_PATH: dir } })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(MISSING_ELECTRON_MESSAGE)
      expect(result.stdout + result.stderr).not.toContain('Electron uninstall')
    } finally {
      cleanup()
    }
  }, 130_000)

  it("tries Electron's own download when the binary is missing, and explains when it fails", () => {
    // A copy of the electron package without its binary or path.txt, as right after `npm ci`;
    // inside node_modules, so that its installer finds its own dependencies.
    const copy = path.resolve('node_modules/.cache/aan-tafel/electron-package')
    fs.rmSync(copy, { recursive: true, force: true })
    fs.mkdirSync(copy, { recursive: true })
    for (const name of ['package.json', 'install.js', 'checksums.json', 'index.js'])
      fs.copyFileSync(path.resolve('node_modules/electron', name), path.join(copy, name))
    const { dir: cache, cleanup } = makeTempDir('aan-tafel-electron-cache-')
    try {
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_EXEC_PATH'].includes(name)))
      const found = ensureElectronBinary({ ...env, ...offline, electron_config_cache: cache }, copy)
      expect(found.error).toBe(MISSING_ELECTRON_MESSAGE)
      expect(found.error && found.detail).toMatch(/fetch failed|ECONNREFUSED|Error/i)
      expect(fs.existsSync(path.join(copy, 'path.txt'))).toBe(false)
    } finally {
      cleanup()
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }, 60_000)

  it('hands the binary to electron-vite, which then starts the app without looking for path.txt', () => {
    if (process.platform === 'win32') return
    const { dir, cleanup } = makeTempDir('aan-tafel-fake-electron-')
    try {
      // A stand-in for Electron that writes down how it was started.
      const log = path.join(dir, 'started.txt')
      const binary = path.join(dir, platformExecutable())
      fs.mkdirSync(path.dirname(binary), { recursive: true })
      fs.writeFileSync(binary, `#!/bin/sh\necho "$PWD $@" > '${log}'\n`, { mode: 0o755 })
      const result = spawnSync(process.execPath, ['electron/tools/with-electron.mjs', 'npx', 'electron-vite', 'preview', '--skipBuild'], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ...offline, ELECTRON_OVERRIDE_DIST_PATH: dir },
      })
      expect(result.stdout + result.stderr).not.toContain('Electron uninstall')
      expect(result.status).toBe(0)
      expect(fs.readFileSync(log, 'utf8')).toContain(process.cwd())
    } finally {
      cleanup()
    }
  }, 130_000)
})
