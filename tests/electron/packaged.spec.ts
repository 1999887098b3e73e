import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * Starts the PACKAGED app, as `npm run package` left it in dist/ (the release workflow runs this on
 * Windows, macOS and Linux after packaging): the list opens, a plan is made and saved, and no request
 * leaves the app. Where nothing was packaged (here: Electron's program cannot be downloaded) the test
 * is skipped and says so. AAN_TAFEL_PACKAGED_APP may name the app's program directly.
 *
 * Why a copy with one fuse flipped: Playwright's `_electron` drives the main process through Node's
 * inspector (`--inspect=0`), which the shipped app refuses (fuse EnableNodeCliInspectArguments is
 * off). The test first shows that the shipped program does refuse it, then flips that one fuse in a
 * copy; the app archive, its integrity check and every other fuse are the shipped ones.
 */
function packagedProgram(): string | undefined {
  const dist = path.resolve('dist')
  const candidates = [
    process.env.AAN_TAFEL_PACKAGED_APP,
    path.join(dist, 'linux-unpacked/aan-tafel'),
    path.join(dist, 'win-unpacked/Aan Tafel.exe'),
    path.join(dist, 'mac-universal/Aan Tafel.app/Contents/MacOS/Aan Tafel'),
    path.join(dist, 'mac-arm64/Aan Tafel.app/Contents/MacOS/Aan Tafel'),
    path.join(dist, 'mac/Aan Tafel.app/Contents/MacOS/Aan Tafel'),
  ]
  return candidates.find((candidate) => candidate && fs.existsSync(candidate))
}

const program = packagedProgram()
if (!program) {
  console.log('[packaged app] SKIPPED: no packaged app in dist/ (run `npm run package` where Electron can be downloaded).')
}

/** The folder to copy: the .app bundle on macOS, the unpacked folder elsewhere; and the program inside the copy. */
function copyOfApp(original: string, into: string): string {
  const bundle = original.includes('.app/') ? original.slice(0, original.indexOf('.app/') + 4) : path.dirname(original)
  const copy = path.join(into, path.basename(bundle))
  fs.cpSync(bundle, copy, { recursive: true, verbatimSymlinks: true })
  return path.join(copy, path.relative(bundle, original))
}

/** True when the program says within a few seconds that Node's inspector listens; false when it runs on without. */
async function inspectorStarts(executable: string, userData: string): Promise<boolean> {
  const child = spawn(executable, ['--inspect=0', `--user-data-dir=${userData}`, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    return await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => resolve(false), 8_000)
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Debugger listening')) {
          clearTimeout(timer)
          resolve(true)
        }
      })
      // Exiting at once would prove nothing about the fuse: the program must be running, deaf to --inspect.
      child.on('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the packaged program exited at once (code ${code})`))
      })
    })
  } finally {
    child.kill()
  }
}

test.describe('the packaged app', () => {
  test.skip(!program, 'No packaged app in dist/: `npm run package` needs to download Electron, which this machine cannot.')

  test('opens the list, makes a plan, and sends no request anywhere', async () => {
    test.slow()
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-packaged-'))
    const userData = path.join(work, 'data')
    const planFile = path.join(work, 'plan.pdf')
    try {
      expect(await inspectorStarts(program as string, path.join(work, 'inspect-data')), 'the shipped program refuses --inspect').toBe(false)

      const executable = copyOfApp(program as string, work)
      await flipFuses(executable, {
        version: FuseVersion.V1,
        [FuseV1Options.EnableNodeCliInspectArguments]: true,
        resetAdHocDarwinSignature: process.platform === 'darwin',
      })
      const app = await electron.launch({ executablePath: executable, args: [`--user-data-dir=${userData}`] })
      const outgoing: string[] = []
      app.context().on('request', (request) => {
        if (!/^(app|data|blob|devtools):/.test(request.url())) outgoing.push(request.url())
      })
      try {
        expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(true)
        // The save dialog answers with a file in the test's folder (a real dialog would wait for a person).
        await app.evaluate(({ dialog }, file) => {
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog
        }, planFile)

        const window = await app.firstWindow()
        expect(window.url()).toBe('app://aan-tafel/index.html')
        await expect(window.getByRole('heading', { level: 1, name: 'Je voorbereidingen' })).toBeVisible()
        await window.getByRole('button', { name: 'Nieuwe voorbereiding starten' }).click()
        await window.getByRole('radio', { name: 'Voor mijzelf' }).check()
        await window.getByLabel('Voornaam van de persoon die hulp nodig heeft').fill('Truus')
        await window.getByRole('button', { name: 'Starten' }).click()
        for (let page = 0; page < 60; page++) {
          if (await window.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).isVisible()) break
          await window.getByRole('button', { name: 'Volgende' }).click()
        }
        const panel = window.getByRole('region', { name: 'Je plan als PDF' })
        await panel.getByRole('button', { name: 'Opslaan als PDF' }).click()
        await expect(panel.getByRole('status')).toContainText('Je plan is opgeslagen', { timeout: 30_000 })
        expect(fs.readFileSync(planFile).subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(outgoing, 'no request may leave the app').toEqual([])
      } finally {
        await app.close()
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  })
})
