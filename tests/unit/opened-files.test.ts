import { execFileSync } from 'node:child_process'
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type { App } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import { listenForOpenedFiles } from '../../electron/main/file-opening'
import { DossierStore } from '../../electron/main/dossiers/store'
import { createServices, type Services } from '../../electron/main/services'
import { exportDossier } from '../../electron/main/transfer/hand-over'
import { OpenedFiles, handOverFilesIn } from '../../electron/main/transfer/opened-files'
import { fullPreparation } from '../support/factories'
import { testPlanPorts, type TestPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

/**
 * Double-clicking a .aantafel file, as far as it runs without Electron: the real queue, the real
 * glue (`listenForOpenedFiles`) on a stand-in for Electron's `app`, and the real services behind
 * the same `dispatch` the renderer's import flow calls.
 */
let dir: string
let cleanup: () => void
let services: Services
let ports: TestPlanPorts
let dialogShown: number
let told: number
let app: EventEmitter

beforeEach(() => {
  ;({ dir, cleanup } = makeTempDir())
  ports = testPlanPorts(dir)
  dialogShown = 0
  const chooseOpenPath = ports.chooseOpenPath
  ports.chooseOpenPath = (kind) => {
    dialogShown++
    return chooseOpenPath(kind)
  }
  fs.mkdirSync(path.join(dir, 'data'))
  services = createServices({ dataDir: path.join(dir, 'data'), plan: ports })
  told = 0
  app = new EventEmitter()
})
afterEach(() => cleanup())

/** An advocate exports a prepared dossier to `name` in the test folder; its id. */
async function handOverFile(name: string, passphrase?: string): Promise<string> {
  const advocate = DossierStore.open({ dir: path.join(dir, 'advocate') })
  const { id } = await advocate.create({ firstName: 'x' })
  await advocate.update(id, fullPreparation())
  ports.answer = name
  await exportDossier(advocate, id, passphrase, ports)
  ports.answer = 'plan.pdf'
  return id
}

function listen(argv: string[] = ['/opt/Aan Tafel/aan-tafel'], workingDirectory = dir): void {
  listenForOpenedFiles(app as unknown as App, services.openedFiles, { argv, workingDirectory }, () => told++)
}

const importOpened = () => dispatch(services.handlers, 'dossiers.import', { opened: true })

describe('opening a hand-over file with a double-click', () => {
  it('imports the file the app was started with, through the same dispatch as the button, without the open dialog', async () => {
    const id = await handOverFile('Ayşe.aantafel')
    listen(['C:\\Program Files\\Aan Tafel\\Aan Tafel.exe', path.join(dir, 'Ayşe.aantafel')])

    expect(await importOpened()).toEqual({ ok: true, value: { status: 'imported', id, displayName: 'Ayşe Yılmaz-Đoković', protected: false } })
    expect(dialogShown).toBe(0)
    expect(services.dossiers.read(id).conversation.municipalityCode).toBe('GM0599')
    // Taken once: asking again finds nothing waiting, and still shows no dialog.
    expect(await importOpened()).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(dialogShown).toBe(0)
  })

  it('hands a file from a second start to the running app, relative to the folder that start ran in, and tells the window', async () => {
    const id = await handOverFile('client.aantafel')
    listen()
    expect(told).toBe(0)
    // Chromium puts switches of its own into the second start's command line.
    app.emit('second-instance', {}, ['/usr/bin/aan-tafel', '--allow-file-access-from-files', '--original-process-start-time=1', 'client.aantafel'], dir)
    expect(told).toBe(1)
    expect(await importOpened()).toMatchObject({ ok: true, value: { status: 'imported', id } })
  })

  it("asks a protected file's passphrase, as the button's flow does, after macOS's open-file", async () => {
    const id = await handOverFile('beveiligd.aantafel', 'de boot naar Texel')
    listen()
    const event = { preventDefault: vi.fn() }
    app.emit('open-file', event, path.join(dir, 'beveiligd.aantafel'))
    expect(event.preventDefault).toHaveBeenCalled()
    expect(told).toBe(1)

    const first = await importOpened()
    expect(first).toMatchObject({ ok: true, value: { status: 'needs-passphrase', wrong: false } })
    const token = first.ok && (first.value as { token: string }).token
    const done = await dispatch(services.handlers, 'dossiers.import', { token, passphrase: 'de boot naar Texel' })
    expect(done).toMatchObject({ ok: true, value: { status: 'imported', id, protected: true } })
    expect(dialogShown).toBe(0)
  })

  it('also opens a hand-over file saved as .json, and asks "keep both or replace" when the dossier is already here', async () => {
    const id = await handOverFile('kopie.aantafel')
    fs.renameSync(path.join(dir, 'kopie.aantafel'), path.join(dir, 'kopie.json'))
    listen(['/usr/bin/aan-tafel', path.join(dir, 'kopie.json')])
    expect(await importOpened()).toMatchObject({ ok: true, value: { status: 'imported', id } })
    app.emit('second-instance', {}, ['/usr/bin/aan-tafel', path.join(dir, 'kopie.json')], '/')
    expect(await importOpened()).toMatchObject({ ok: true, value: { status: 'exists', existing: 'open' } })
  })

  // Named pipes (mkfifo) are made the Unix way; Windows has none in its file system.
  it.skipIf(process.platform === 'win32')('queues nothing that is not an existing plain hand-over file, and tells the window nothing', async () => {
    fs.mkdirSync(path.join(dir, 'map.aantafel'))
    fs.writeFileSync(path.join(dir, 'plan.pdf'), '%PDF')
    execFileSync('mkfifo', [path.join(dir, 'pijp.aantafel')])
    listen(['/usr/bin/electron', '.', '--user-data-dir=/tmp/x.json', path.join(dir, 'weg.aantafel'), 'map.aantafel', 'plan.pdf', 'pijp.aantafel'])
    app.emit('open-file', { preventDefault: () => undefined }, path.join(dir, 'plan.pdf'))
    app.emit('open-file', { preventDefault: () => undefined }, path.join(dir, 'pijp.aantafel'))
    app.emit('second-instance', {}, ['/usr/bin/aan-tafel', '.aantafel', '-x.aantafel'], dir)
    expect(services.openedFiles.size).toBe(0)
    expect(told).toBe(0)
    expect(await importOpened()).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(dialogShown).toBe(0)
  })

  it.skipIf(process.platform === 'win32')('reports a file that became something else after it was queued, and reads nothing', async () => {
    const file = path.join(dir, 'wisselt.aantafel')
    fs.writeFileSync(file, '{}')
    listen(['/usr/bin/aan-tafel', file])
    fs.rmSync(file)
    execFileSync('mkfifo', [file])
    expect(await importOpened()).toEqual({ ok: true, value: { status: 'problem', problem: 'unreadable' } })
  })

  it('never lets the renderer name the file to read', async () => {
    const malformed = [{ opened: true, path: '/etc/passwd' }, { opened: '/etc/passwd' }, { opened: false }, { file: path.join(dir, 'x.aantafel') }]
    for (const payload of malformed) {
      expect(await dispatch(services.handlers, 'dossiers.import', payload)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('forgets waiting files when everything is deleted', async () => {
    await handOverFile('client.aantafel')
    listen(['/usr/bin/aan-tafel', path.join(dir, 'client.aantafel')])
    expect(services.openedFiles.size).toBe(1)
    await dispatch(services.handlers, 'app.deleteEverything', { confirm: 'delete-everything' })
    expect(await importOpened()).toEqual({ ok: true, value: { status: 'cancelled' } })
  })
})

describe('the queue of opened files', () => {
  it('finds hand-over files on a command line, skipping the program and switches', () => {
    const home = path.resolve('/home/truus')
    expect(handOverFilesIn(['/usr/bin/aan-tafel', '--flag', 'a.aantafel', 'B.AANTAFEL', 'c.json', 'd.txt'], home)).toEqual(
      ['a.aantafel', 'B.AANTAFEL', 'c.json'].map((name) => path.join(home, name)),
    )
    expect(handOverFilesIn(['x.aantafel'], '/')).toEqual([])
  })

  it('keeps each file once, oldest first, and at most twenty', () => {
    const files = new OpenedFiles()
    for (let n = 0; n < 25; n++) fs.writeFileSync(path.join(dir, `${n}.aantafel`), '{}')
    expect(files.add(path.join(dir, '0.aantafel'))).toBe(true)
    expect(files.add('0.aantafel', dir)).toBe(true)
    expect(files.size).toBe(1)
    for (let n = 1; n < 25; n++) files.add(path.join(dir, `${n}.aantafel`))
    expect(files.size).toBe(20)
    expect(files.take()).toBe(path.join(dir, '0.aantafel'))
    expect(files.take()).toBe(path.join(dir, '1.aantafel'))
  })
})
