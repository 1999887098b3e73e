import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SettingsStore } from '../../electron/main/settings/settings-store'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

describe('the settings store', () => {
  it('starts in Dutch with normal text', () => {
    expect(new SettingsStore(dir).settings).toEqual({
      language: 'nl',
      textSize: 'normal',
      autoLockMinutes: 15,
      advocate: { name: '', organisation: '', phone: '' },
    })
  })

  it('remembers the language, text size and window position after a restart', () => {
    const store = new SettingsStore(dir)
    store.update({ language: 'en' })
    store.update({ textSize: 'large' })
    store.windowBounds = { x: 10, y: 20, width: 1200, height: 900, maximized: false }
    const reopened = new SettingsStore(dir)
    expect(reopened.settings).toEqual({ language: 'en', textSize: 'large', autoLockMinutes: 15, advocate: { name: '', organisation: '', phone: '' } })
    expect(reopened.windowBounds).toEqual({ x: 10, y: 20, width: 1200, height: 900, maximized: false })
  })

  it('keeps an advocate’s name, organisation and phone, saved once for every plan', () => {
    new SettingsStore(dir).update({ advocate: { name: 'Anna de Boer', organisation: 'MEE Rotterdam', phone: '010-2345678' } })
    expect(new SettingsStore(dir).settings.advocate).toEqual({ name: 'Anna de Boer', organisation: 'MEE Rotterdam', phone: '010-2345678' })
  })

  it('refuses an unknown language and keeps the current one', () => {
    const store = new SettingsStore(dir)
    expect(() => store.update({ language: 'xx' as 'nl' })).toThrow()
    expect(new SettingsStore(dir).settings.language).toBe('nl')
  })

  it('sets a damaged settings file aside and starts with the defaults', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json')
    const store = new SettingsStore(dir)
    expect(store.settings).toEqual({ language: 'nl', textSize: 'normal', autoLockMinutes: 15, advocate: { name: '', organisation: '', phone: '' } })
    expect(fs.readdirSync(dir).some((name) => name.startsWith('settings.damaged-'))).toBe(true)
  })

  it('ignores a wrong value in an otherwise good file', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings: { language: 'tlh' }, windowBounds: { x: 'a' } }))
    const store = new SettingsStore(dir)
    expect(store.settings).toEqual({ language: 'nl', textSize: 'normal', autoLockMinutes: 15, advocate: { name: '', organisation: '', phone: '' } })
    expect(store.windowBounds).toBeUndefined()
  })
})
