// Finds the Electron binary the way the `electron` package itself does, and fetches it when it is
// missing. Since Electron 42 nothing is downloaded at `npm ci`; the binary comes on first use. But
// electron-vite does not use the package's own lookup: it reads node_modules/electron/path.txt and
// throws "Error: Electron uninstall" while that file is missing, which is always right after
// `npm ci` (electron-vite issues 727 and 730). So the start, dev and package scripts come here first.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The folder of the installed `electron` package. */
export function electronPackageDir() {
  return path.dirname(require.resolve('electron/package.json'))
}

/** The executable's path inside an Electron distribution, per platform (as the package writes it to path.txt). */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/**
 * Where the binary is, without downloading: ELECTRON_EXEC_PATH (electron-vite's own), then
 * ELECTRON_OVERRIDE_DIST_PATH (the electron package's), then the package's dist folder.
 * Returns undefined when there is none yet.
 */
export function findElectronBinary(env = process.env, packageDir = electronPackageDir()) {
  if (env.ELECTRON_EXEC_PATH) return fs.existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : undefined
  const pathFile = path.join(packageDir, 'path.txt')
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : platformExecutable()
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : path.join(packageDir, 'dist', relative)
  return fs.existsSync(binary) ? binary : undefined
}

/** What a person reads when the binary is missing and cannot be fetched: one sentence, what to do. */
export const MISSING_ELECTRON_MESSAGE =
  "Aan Tafel cannot start: Electron's program could not be downloaded (this needs internet once, from github.com); " +
  'connect to the internet and run the command again, or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an Electron ' +
  'of the version in package.json that is already on this computer.'

/**
 * The binary, fetched with the electron package's own installer if it is not there yet.
 * Returns { binary } or { error } (the message above, and what the installer said).
 */
export function ensureElectronBinary(env = process.env, packageDir = electronPackageDir()) {
  const found = findElectronBinary(env, packageDir)
  if (found) return { binary: found }
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && !env.ELECTRON_EXEC_PATH) {
    console.log('Downloading Electron (once; about 100 MB)…')
    const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: 10 * 60_000,
    })
    const installed = findElectronBinary(env, packageDir)
    if (result.status === 0 && installed) return { binary: installed }
    const lines = (result.stderr ?? '').split('\n').map((line) => line.trim())
    return { error: MISSING_ELECTRON_MESSAGE, detail: lines.find((line) => /error/i.test(line)) ?? lines.find(Boolean) ?? '' }
  }
  return { error: MISSING_ELECTRON_MESSAGE, detail: 'No Electron binary where ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH points.' }
}
