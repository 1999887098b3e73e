import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { Settings, SettingsPatch } from '../../contract/settings'
import { openConfFile, type JsonFile, type OpenJsonFile } from '../storage/json-file'

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

/**
 * The app's own choices (language, text size, window position). A damaged settings file is set
 * aside and replaced by the defaults: nothing in it is worth stopping the app for.
 */
export class SettingsStore {
  private readonly file: JsonFile<SettingsFile>
  private current: SettingsFile

  constructor(dir: string, openFile: OpenJsonFile = openConfFile) {
    const options = { dir, name: 'settings' }
    let file: JsonFile<SettingsFile>
    try {
      file = openFile<SettingsFile>(options)
      this.current = SettingsFile.parse(file.store)
    } catch {
      const bad = path.join(dir, 'settings.json')
      if (fs.existsSync(bad)) fs.renameSync(bad, path.join(dir, `settings.damaged-${Date.now()}.json`))
      file = openFile<SettingsFile>(options)
      this.current = SettingsFile.parse({})
    }
    this.file = file
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
    this.file.clear()
    fs.rmSync(this.file.path, { force: true })
    const dir = path.dirname(this.file.path)
    for (const name of fs.readdirSync(dir)) if (name.startsWith('settings.damaged-')) fs.rmSync(path.join(dir, name), { force: true })
    this.current = SettingsFile.parse({})
  }

  get windowBounds(): WindowBounds | undefined {
    return this.current.windowBounds
  }

  set windowBounds(bounds: WindowBounds) {
    this.save({ ...this.current, windowBounds: WindowBounds.parse(bounds) })
  }

  private save(next: SettingsFile): void {
    this.file.store = next
    this.current = next
  }
}
