import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bmp24,
  dmgWindowSize,
  generateBuildResources,
  installerHeaderSize,
  installerSidebarSize,
  linuxIconSizes,
  projectDir,
  shippedPackages,
} from '../../electron/tools/build-resources'

/**
 * What can be proven about the installers on a machine without Electron's program (it cannot be
 * downloaded here): the generated icons and pictures, electron-builder's own validation of
 * electron-builder.yml, and the unpacked app as electron-builder lays it out around a stand-in for
 * Electron's program. The installers themselves and the packaged app's start run in the release
 * workflow (.github/workflows/release.yml).
 */
const generated = path.join(projectDir, 'assets/build/generated')
/** electron-builder's debug log, switched off (its DebugLogger, from builder-util). */
const quiet = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1]
/** A fuse's state in Electron's program: the characters '0' and '1' (@electron/fuses's FuseState). */
const OFF = '0'.charCodeAt(0)
const ON = '1'.charCodeAt(0)
let written: string[]

beforeAll(() => {
  written = generateBuildResources()
}, 120_000)

const pngSize = (file: string) => {
  const png = fs.readFileSync(file)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** The sizes inside a Windows .ico (0 in its directory means 256). */
const icoSizes = (file: string) => {
  const ico = fs.readFileSync(file)
  expect(ico.readUInt16LE(2)).toBe(1)
  return Array.from({ length: ico.readUInt16LE(4) }, (_, n) => ico[6 + n * 16] || 256)
}

/** The element types inside a macOS .icns (ic10 = 1024 px, ic09 = 512, ic08 = 256, ic07 = 128 …). */
const icnsTypes = (file: string) => {
  const icns = fs.readFileSync(file)
  expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
  expect(icns.readUInt32BE(4)).toBe(icns.length)
  const types: string[] = []
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'))
  return types
}

const bmpInfo = (file: string) => {
  const bmp = fs.readFileSync(file)
  expect(bmp.subarray(0, 2).toString('latin1')).toBe('BM')
  return { width: bmp.readInt32LE(18), height: bmp.readInt32LE(22), bits: bmp.readUInt16LE(28) }
}

describe('the build resources made from the drawings in assets/build', () => {
  it('give Linux a PNG icon at every size, each as large as its name says', () => {
    for (const size of linuxIconSizes) expect(pngSize(path.join(generated, 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size })
  })

  it('give Windows an .ico from 16 to 256 pixels, for the program and for .aantafel files', () => {
    for (const name of ['icon.ico', 'aantafel.ico'])
      expect(icoSizes(path.join(generated, name)).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 72, 96, 128, 256])
  })

  it('give macOS an .icns up to 1024 pixels (512 at 2x), for the app and for .aantafel files', () => {
    for (const name of ['icon.icns', 'aantafel.icns']) {
      expect(icnsTypes(path.join(generated, name))).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']))
    }
  })

  it("give the installers their pictures at the sizes NSIS and the disk image's window take", () => {
    expect(bmpInfo(path.join(generated, 'installerSidebar.bmp'))).toEqual({ ...installerSidebarSize, bits: 24 })
    expect(bmpInfo(path.join(generated, 'installerHeader.bmp'))).toEqual({ ...installerHeaderSize, bits: 24 })
    expect(pngSize(path.join(generated, 'dmg-background.png'))).toEqual(dmgWindowSize)
    expect(pngSize(path.join(generated, 'dmg-background@2x.png'))).toEqual({ width: dmgWindowSize.width * 2, height: dmgWindowSize.height * 2 })
  })

  it('write bitmaps bottom-up in blue, green, red order, rows padded to four bytes', () => {
    // Two pixels wide, two high: red and green on top, blue and white below.
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255])
    const bmp = bmp24(rgba, 2, 2)
    expect(bmp.length).toBe(54 + 8 * 2)
    expect([...bmp.subarray(54)]).toEqual([255, 0, 0, 255, 255, 255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 0])
  })

  it('list every npm package that ships inside the app, with its licence text, and only licences that allow it', () => {
    const listed = new Set(shippedPackages().map((item) => `${item.name}@${item.version}`))
    // Walked independently of the lock file: the production dependencies as installed, and theirs.
    const seen = new Set<string>()
    const visit = (name: string, from: string) => {
      let dir = from
      let manifest: string
      for (;;) {
        manifest = path.join(dir, 'node_modules', name, 'package.json')
        if (fs.existsSync(manifest) || dir === projectDir) break
        dir = path.dirname(dir.slice(0, dir.lastIndexOf(`${path.sep}node_modules${path.sep}`)) + path.sep + 'x')
      }
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string; dependencies?: Record<string, string> }
      const key = `${name}@${pkg.version}`
      if (seen.has(key)) return
      seen.add(key)
      for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, path.dirname(manifest))
    }
    const root = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    for (const name of Object.keys(root.dependencies)) visit(name, projectDir)
    expect([...seen].filter((key) => !listed.has(key))).toEqual([])

    const allowed = ['MIT', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Python-2.0', '(MIT AND Zlib)', 'Zlib']
    expect(shippedPackages().filter((item) => !allowed.includes(item.license))).toEqual([])
    const text = fs.readFileSync(path.join(generated, 'licenses/THIRD-PARTY-LICENSES.txt'), 'utf8')
    for (const item of shippedPackages()) expect(text).toContain(`${item.name} ${item.version} (${item.license})`)
    expect(fs.readFileSync(path.join(generated, 'licenses/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1')
    expect(written).toContain(path.join(generated, 'licenses/THIRD-PARTY-LICENSES.txt'))
  })
})

describe('electron-builder.yml', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await getConfig(projectDir, null, null)
  })

  it("passes electron-builder's own validation (its JSON schema), which refuses a misspelt option", async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined()
    const misspelt = { ...config, nsis: { ...config.nsis, perMachien: false } } as Configuration
    await expect(validateConfiguration(misspelt, quiet)).rejects.toThrow(/configuration\.nsis/)
  })

  it('builds a per-user Windows installer, a universal disk image for macOS, and an AppImage and a deb for Linux', () => {
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false, deleteAppDataOnUninstall: false })
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'assets/build/entitlements.mac.plist' })
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', executableName: 'aan-tafel' })
    expect(config).toMatchObject({ appId: 'nl.aantafel.app', productName: 'Aan Tafel', publish: null })
    expect(config.copyright).toMatch(/^Copyright © \d{4} /)
  })

  it('opens .aantafel files on all three systems', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'aantafel', mimeType: 'application/x-aantafel', icon: 'generated/aantafel' })])
    expect(config.linux?.fileAssociations ?? config.mac?.fileAssociations ?? config.win?.fileAssociations).toBeUndefined()
  })

  it('keeps the Electron fuses exactly as they are', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('names only resources that exist once they are generated, and asks macOS for no exception but JIT', () => {
    const buildResources = path.join(projectDir, config.directories?.buildResources ?? 'build')
    expect(fs.statSync(buildResources).isDirectory()).toBe(true)
    const named = [
      config.win?.icon,
      config.mac?.icon,
      config.linux?.icon,
      config.nsis?.installerSidebar,
      config.nsis?.uninstallerSidebar,
      config.nsis?.installerHeader,
      config.dmg?.background,
      `${config.fileAssociations && !Array.isArray(config.fileAssociations) ? '' : config.fileAssociations?.[0]?.icon}.ico`,
      `${config.fileAssociations && !Array.isArray(config.fileAssociations) ? '' : config.fileAssociations?.[0]?.icon}.icns`,
    ]
    for (const resource of named) expect(fs.existsSync(path.join(buildResources, String(resource))), String(resource)).toBe(true)
    const plist = fs.readFileSync(path.join(projectDir, String(config.mac?.entitlements)), 'utf8')
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit'])
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements)
  })
})

describe('the unpacked app, as electron-builder lays it out (with a stand-in for Electron’s program)', () => {
  // The stand-in is a shell script, and the layout is Linux's; the release workflow packages for real on each system.
  it.skipIf(process.platform !== 'linux')(
    'holds the built app, its production modules and the licences, and has the fuses flipped as configured',
    async () => {
      expect(fs.existsSync(path.join(projectDir, 'out/main/index.js')), 'run `npm run build` first').toBe(true)
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-package-'))
      try {
        // Electron's program cannot be downloaded here. The stand-in is a small script that carries a
        // fuse wire as @electron/fuses finds it in Electron's program (sentinel, version 1, eight fuses
        // at Electron's defaults), so electron-builder's whole `dir` target runs, fuses included.
        const standIn = path.join(work, 'electron-stand-in')
        fs.mkdirSync(path.join(standIn, 'resources'), { recursive: true })
        const wire = Buffer.from('10110001', 'latin1')
        fs.writeFileSync(
          path.join(standIn, 'electron'),
          Buffer.concat([
            Buffer.from('#!/bin/sh\necho "a stand-in for Electron"\nexit 0\n'),
            Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
            Buffer.from([1, 8]),
            wire,
          ]),
          { mode: 0o755 },
        )
        for (const name of ['LICENSE', 'LICENSES.chromium.html', 'version']) fs.writeFileSync(path.join(standIn, name), '')
        execFileSync(
          process.execPath,
          [
            path.join(projectDir, 'node_modules/electron-builder/cli.js'),
            '--linux',
            'dir',
            '--x64',
            `-c.electronDist=${standIn}`,
            `-c.directories.output=${path.join(work, 'dist')}`,
          ],
          { cwd: projectDir, stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
        )
        const app = path.join(work, 'dist/linux-unpacked')
        const files = listPackage(path.join(app, 'resources/app.asar'), { isPack: false }).map((file) => file.split(path.sep).join('/'))
        for (const file of [
          '/package.json',
          '/out/main/index.js',
          '/out/preload/index.cjs',
          '/out/renderer/index.html',
          '/assets/fonts/NotoSans-Regular.ttf',
          '/assets/fonts/OFL.txt',
          '/assets/data/municipalities.json',
          '/node_modules/zod/package.json',
          // Loaded at run time, next to the bundled main process (the PDF engine's font and hyphenation data).
          '/node_modules/@pdf-lib/fontkit/package.json',
          '/node_modules/hyphen/package.json',
        ]) {
          expect(files, file).toContain(file)
        }
        const tops = new Set(files.map((file) => file.split('/').slice(0, 3).join('/')))
        for (const absent of [
          '/assets/build',
          '/electron',
          '/renderer',
          '/domain',
          '/tests',
          '/locales',
          '/node_modules/electron',
          '/node_modules/vitest',
          '/node_modules/@resvg',
        ]) {
          expect(tops, absent).not.toContain(absent)
        }
        expect(fs.readdirSync(path.join(app, 'resources/licenses')).sort()).toEqual(['OFL.txt', 'THIRD-PARTY-LICENSES.txt'])
        expect(fs.existsSync(path.join(app, 'aan-tafel'))).toBe(true)

        const fuses = await getCurrentFuseWire(path.join(app, 'aan-tafel'))
        expect(fuses).toMatchObject({
          [FuseV1Options.RunAsNode]: OFF,
          [FuseV1Options.EnableCookieEncryption]: ON,
          [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
          [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
          [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
          [FuseV1Options.OnlyLoadAppFromAsar]: ON,
          [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
        })
      } finally {
        fs.rmSync(work, { recursive: true, force: true })
      }
    },
    300_000,
  )
})
