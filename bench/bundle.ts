// What the first screen loads: the renderer's entry script (and what it imports at once) plus the
// first screen's texts of one language (the rest load after it shows), gzipped, per language. Target (issue 11): ≤ 150 KB gzip.
// Reads the build (`npm run build` first) through Vite's manifest.
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { firstScreenNamespaces, languageCodes } from '../locales/languages'

const out = path.resolve('out/renderer')
const manifestFile = path.join(out, '.vite/manifest.json')
if (!fs.existsSync(manifestFile)) throw new Error('Run `npm run build` first.')
interface Chunk {
  file: string
  imports?: string[]
  isEntry?: boolean
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>
const gzipped = (file: string) => gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
if (!entry) throw new Error('no entry in the manifest')
const seen = new Set<string>()
const staticFiles = (chunk: Chunk): string[] => {
  if (seen.has(chunk.file)) return []
  seen.add(chunk.file)
  return [chunk.file, ...(chunk.imports ?? []).flatMap((key) => (manifest[key] ? staticFiles(manifest[key]) : []))]
}
const script = staticFiles(entry).reduce((sum, file) => sum + gzipped(file), 0)
console.log(`Renderer entry script (the app's code, no texts): ${kb(script)} gzip`)
let worst = 0
for (const code of languageCodes) {
  const texts = Object.entries(manifest)
    .filter(([source]) => firstScreenNamespaces.some((namespace) => source === `../locales/${code}/${namespace}.json`))
    .reduce((sum, [, chunk]) => sum + gzipped(chunk.file), 0)
  worst = Math.max(worst, script + texts)
  console.log(`  first screen in ${code}: ${kb(script + texts)} gzip (texts ${kb(texts)})`)
}
console.log(`${worst <= 150 * 1024 ? 'meets' : 'MISSES'} initial JS ≤ 150 KB gzip: largest ${kb(worst)}`)
