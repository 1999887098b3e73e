#!/usr/bin/env node
// `node electron/tools/with-electron.mjs <command> [args…]`: makes sure Electron's binary is there
// (fetching it once), then runs the command with ELECTRON_EXEC_PATH set, so electron-vite never
// looks for path.txt itself. Used by `npm start`, `npm run dev` and the Electron smoke test.
import { spawn } from 'node:child_process'
import { ensureElectronBinary } from './electron-binary.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: with-electron.mjs <command> [args…]')
  process.exit(2)
}
const found = ensureElectronBinary()
if (found.error) {
  console.error(`\n${found.error}`)
  if (found.detail) console.error(`(${found.detail.replace(/\s+/g, ' ').slice(0, 400)})`)
  process.exit(1)
}
const child = spawn(command, args, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ELECTRON_EXEC_PATH: found.binary },
})
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)))
