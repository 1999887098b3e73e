// `npm run build-resources` (run by `prepackage`, so before every `npm run package`): turns the
// drawings in assets/build/ into what electron-builder needs, in assets/build/generated/ (not
// committed): the app icon as .icns (macOS), .ico (Windows) and PNG sizes (Linux), the icon of a
// .aantafel file, the installer's artwork, and the list of third-party licences.
//
// SVG is drawn with @resvg/resvg-js (resvg, a complete SVG renderer; its prebuilt binary comes inside
// the npm package, nothing is downloaded at install); .icns and .ico are packed by png2icons (plain
// JavaScript, no dependencies). The README says why these two.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import * as png2icons from 'png2icons'

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const buildDir = path.join(projectDir, 'assets/build')

/** The PNG sizes of the Linux icon set (electron-builder's `linux.icon` folder, `NxN.png`). */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
/** NSIS's assisted installer: the picture on its first and last page, and in the header of the others. */
export const installerSidebarSize = { width: 164, height: 314 } as const
export const installerHeaderSize = { width: 150, height: 57 } as const
/** The macOS disk image's window (electron-builder's default size), drawn at 1x and 2x. */
export const dmgWindowSize = { width: 540, height: 380 } as const
/** Where the app and the Applications folder sit in that window (`dmg.contents` in electron-builder.yml). */
export const dmgIconPositions = { app: { x: 140, y: 200 }, applications: { x: 400, y: 200 } } as const

const BRAND = '#1d4f91'
const BRAND_DARK = '#123463'
const SURFACE = '#f3f2f1'

interface Rendered {
  png: Buffer
  pixels: Buffer
  width: number
  height: number
}

/** Draws an SVG at `width` pixels wide (the height follows its viewBox); system fonts are never used. */
export function renderSvg(svg: string, width: number): Rendered {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render()
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height }
}

/** The inside of an SVG document (without its outer <svg> element), to place it in another drawing. */
function innerOf(svg: string): string {
  const start = svg.indexOf('>', svg.indexOf('<svg')) + 1
  return svg.slice(start, svg.lastIndexOf('</svg>'))
}

/** `svg` (a 1024 × 1024 drawing) placed at x, y at `size` pixels square, inside another drawing. */
function placed(svg: string, x: number, y: number, size: number): string {
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 1024 1024">${innerOf(svg)}</svg>`
}

/**
 * The macOS version of the icon: Apple's icon grid leaves a margin around the shape (824 of 1024
 * pixels), so that the icon sits in the Dock at the size of the others, with a soft shadow below.
 */
export function macIconSvg(icon: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <defs><filter id="shadow" x="-10%" y="-10%" width="120%" height="130%"><feDropShadow dx="0" dy="12" stdDeviation="14" flood-opacity="0.3"/></filter></defs>
  <g filter="url(#shadow)">${placed(icon, 100, 92, 824)}</g>
</svg>`
}

/** NSIS's sidebar: the brand colour with the icon. */
export function installerSidebarSvg(icon: string): string {
  const { width, height } = installerSidebarSize
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="${BRAND}"/>
  <rect y="${height - 10}" width="${width}" height="10" fill="#fd0"/>
  ${placed(icon, 27, 40, 110)}
</svg>`
}

/** NSIS's header (on the right of a white band): the icon, small. */
export function installerHeaderSvg(icon: string): string {
  const { width, height } = installerHeaderSize
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="#fff"/>
  ${placed(icon, width - 53, 4, 49)}
</svg>`
}

/** The disk image's window: a light background with an arrow from the app to the Applications folder. */
export function dmgBackgroundSvg(): string {
  const { width, height } = dmgWindowSize
  const { app, applications } = dmgIconPositions
  const from = app.x + 72
  const to = applications.x - 72
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="${SURFACE}"/>
  <rect y="${height - 12}" width="${width}" height="12" fill="${BRAND}"/>
  <path d="M${from} ${app.y}H${to - 22}" stroke="${BRAND_DARK}" stroke-width="10" stroke-linecap="round"/>
  <path d="M${to - 34} ${app.y - 26}L${to} ${app.y}L${to - 34} ${app.y + 26}" fill="none" stroke="${BRAND_DARK}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`
}

/** A 24-bit Windows bitmap (what NSIS's pages take), from opaque RGBA pixels. */
export function bmp24(rgba: Buffer, width: number, height: number): Buffer {
  const rowSize = Math.ceil((width * 3) / 4) * 4
  const header = 14 + 40
  const bmp = Buffer.alloc(header + rowSize * height)
  bmp.write('BM', 0, 'ascii')
  bmp.writeUInt32LE(bmp.length, 2)
  bmp.writeUInt32LE(header, 10)
  bmp.writeUInt32LE(40, 14)
  bmp.writeInt32LE(width, 18)
  bmp.writeInt32LE(height, 22) // positive: rows stored bottom-up
  bmp.writeUInt16LE(1, 26)
  bmp.writeUInt16LE(24, 28)
  bmp.writeUInt32LE(rowSize * height, 34)
  bmp.writeInt32LE(2835, 38) // 72 dpi
  bmp.writeInt32LE(2835, 42)
  for (let y = 0; y < height; y++) {
    const row = header + (height - 1 - y) * rowSize
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4
      bmp[row + x * 3] = rgba[from + 2] ?? 0
      bmp[row + x * 3 + 1] = rgba[from + 1] ?? 0
      bmp[row + x * 3 + 2] = rgba[from] ?? 0
    }
  }
  return bmp
}

export interface ShippedPackage {
  name: string
  version: string
  license: string
  /** The package's own licence file, as it ships it (copyright lines included). */
  text: string | undefined
}

/**
 * Every npm package that ships inside the app: the production dependencies and theirs, as
 * package-lock.json has them (dev-only packages left out), with the licence it names and the
 * licence file in node_modules. The renderer's bundle is built from these too.
 */
export function shippedPackages(root = projectDir): ShippedPackage[] {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; license?: string; dev?: boolean; devOptional?: boolean; link?: boolean }>
  }
  const shipped: ShippedPackage[] = []
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === '' || entry.dev || entry.devOptional || entry.link) continue
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)
    shipped.push({ name, version: entry.version ?? '', license: entry.license ?? 'UNKNOWN', text: licenceTextIn(path.join(root, where)) })
  }
  return shipped.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

function licenceTextIn(packageDir: string): string | undefined {
  let names: string[]
  try {
    names = fs.readdirSync(packageDir)
  } catch {
    return undefined
  }
  const file = names.sort().find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name))
  return file ? fs.readFileSync(path.join(packageDir, file), 'utf8').trim() : undefined
}

/** The text shipped as THIRD-PARTY-LICENSES.txt: each package with its licence, then the fonts and Electron. */
export function thirdPartyLicencesText(packages: ShippedPackage[]): string {
  const parts = [
    'Aan Tafel includes the following third-party software.',
    'The fonts (Noto Sans) are under the SIL Open Font License 1.1: see OFL.txt beside this file.',
    'Electron and Chromium come with their own licence files (LICENSE and LICENSES.chromium.html in the app folder).',
    '',
  ]
  for (const item of packages) {
    parts.push('='.repeat(72), `${item.name} ${item.version} (${item.license})`, '='.repeat(72))
    parts.push(item.text ?? `Licence: ${item.license} (the package ships no licence file).`, '')
  }
  return parts.join('\n')
}

function write(file: string, data: Buffer | string, written: string[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, data)
  written.push(file)
}

function iconFiles(kind: 'icns' | 'ico', png: Buffer): Buffer {
  const made = kind === 'icns' ? png2icons.createICNS(png, png2icons.BICUBIC, 0) : png2icons.createICO(png, png2icons.BICUBIC, 0, true, true)
  png2icons.clearCache()
  if (!made) throw new Error(`png2icons could not make the .${kind} file`)
  return made
}

/** Writes every generated build resource into `outDir`; returns the files written. */
export function generateBuildResources(outDir = path.join(buildDir, 'generated'), root = projectDir): string[] {
  const written: string[] = []
  const icon = fs.readFileSync(path.join(root, 'assets/build/icon.svg'), 'utf8')
  const documentIcon = fs.readFileSync(path.join(root, 'assets/build/document.svg'), 'utf8')
  fs.rmSync(outDir, { recursive: true, force: true })

  for (const size of linuxIconSizes) write(path.join(outDir, 'icons', `${size}x${size}.png`), renderSvg(icon, size).png, written)
  write(path.join(outDir, 'icon.ico'), iconFiles('ico', renderSvg(icon, 256).png), written)
  write(path.join(outDir, 'icon.icns'), iconFiles('icns', renderSvg(macIconSvg(icon), 1024).png), written)
  write(path.join(outDir, 'aantafel.ico'), iconFiles('ico', renderSvg(documentIcon, 256).png), written)
  write(path.join(outDir, 'aantafel.icns'), iconFiles('icns', renderSvg(documentIcon, 1024).png), written)

  const sidebar = renderSvg(installerSidebarSvg(icon), installerSidebarSize.width)
  write(path.join(outDir, 'installerSidebar.bmp'), bmp24(sidebar.pixels, sidebar.width, sidebar.height), written)
  const header = renderSvg(installerHeaderSvg(icon), installerHeaderSize.width)
  write(path.join(outDir, 'installerHeader.bmp'), bmp24(header.pixels, header.width, header.height), written)
  write(path.join(outDir, 'dmg-background.png'), renderSvg(dmgBackgroundSvg(), dmgWindowSize.width).png, written)
  write(path.join(outDir, 'dmg-background@2x.png'), renderSvg(dmgBackgroundSvg(), dmgWindowSize.width * 2).png, written)

  write(path.join(outDir, 'licenses', 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicencesText(shippedPackages(root)), written)
  fs.copyFileSync(path.join(root, 'assets/fonts/OFL.txt'), path.join(outDir, 'licenses', 'OFL.txt'))
  written.push(path.join(outDir, 'licenses', 'OFL.txt'))
  return written
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  const written = generateBuildResources()
  console.log(`Build resources: ${written.length} files in ${path.relative(projectDir, path.join(buildDir, 'generated'))}/ (${Date.now() - started} ms)`)
}
