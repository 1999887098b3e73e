import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { Settings, SettingsPatch } from '../../contract/settings'
import { readFileLimited, writeFileDurably, type WriteIo } from '../storage/durable-file'

export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
})
export type WindowBounds = z.infer<typeof WindowBounds>

const SettingsFile = z.object({
  settings: Settings.prefault({}).catch(Settings.parse({})),
  windowBounds: WindowBounds.optional().catch(undefined),
})
type SettingsFile = z.infer<typeof SettingsFile>

/** A settings file is a few hundred bytes; anything far larger is not one. */
const MAX_SETTINGS_BYTES = 1024 * 1024

/**
 * The app's own choices (language, text size, window position), in `settings.json`. A damaged
 * settings file is set aside and replaced by the defaults: nothing in it is worth stopping the app
 * for. A settings file that cannot be written (a read-only folder) keeps the choice for this run.
 */
export class SettingsStore {
  private readonly file: string
  private current: SettingsFile

  constructor(
    dir: string,
    private readonly io?: WriteIo | undefined,
  ) {
    this.file = path.join(dir, 'settings.json')
    this.current = this.load()
  }

  get settings(): Settings {
    return this.current.settings
  }

  update(patch: SettingsPatch): Settings {
    const settings = Settings.parse({ ...this.current.settings, ...SettingsPatch.parse(patch) })
    this.save({ ...this.current, settings })
    return settings
  }

  /** Back to the first day: the file is removed, the defaults apply. */
  reset(): void {
    fs.rmSync(this.file, { force: true })
    const dir = path.dirname(this.file)
    for (const name of fs.readdirSync(dir)) if (name.startsWith('settings.damaged-')) fs.rmSync(path.join(dir, name), { force: true })
    this.current = SettingsFile.parse({})
  }

  get windowBounds(): WindowBounds | undefined {
    return this.current.windowBounds
  }

  set windowBounds(bounds: WindowBounds) {
    try {
      this.save({ ...this.current, windowBounds: WindowBounds.parse(bounds) })
    } catch (error) {
      // Where the window was is not worth an error message.
      console.warn(`[aan-tafel] window position not saved: ${(error as Error).message}`)
    }
  }

  private load(): SettingsFile {
    let bytes: Buffer
    try {
      bytes = readFileLimited(this.file, MAX_SETTINGS_BYTES)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.setAside()
      return SettingsFile.parse({})
    }
    try {
      return SettingsFile.parse(JSON.parse(bytes.toString('utf8')))
    } catch {
      this.setAside()
      return SettingsFile.parse({})
    }
  }

  private setAside(): void {
    try {
      fs.renameSync(this.file, path.join(path.dirname(this.file), `settings.damaged-${Date.now()}.json`))
    } catch {
      // Left where it is; the defaults apply all the same.
    }
  }

  /** Memory follows the disk: a choice that could not be stored is reported, not pretended. */
  private save(next: SettingsFile): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    writeFileDurably(this.file, JSON.stringify(next, null, '\t'), { io: this.io })
    this.current = next
  }
}
