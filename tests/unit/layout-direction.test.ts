import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Right-to-left languages must be addable without a redesign: no physical left/right in styles,
// and no arrows that point one way in the interface.
const rendererDir = path.resolve('renderer')
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? files(full) : [full]
  })

describe('layout direction', () => {
  it('styles use logical properties only', () => {
    const physical = /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m
    for (const file of files(rendererDir).filter((name) => name.endsWith('.css'))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, index) => expect(line, `${path.relative(rendererDir, file)}:${index + 1}`).not.toMatch(physical))
    }
  })

  it('the interface has no left or right arrows', () => {
    for (const file of [...files(rendererDir), ...files(path.resolve('locales'))].filter((name) => /\.(tsx?|json)$/.test(name))) {
      // « » are the quotation marks of Arabic and Ukrainian (and mirror with the text); elsewhere they would be arrows.
      const guillemets = ['ar', 'uk'].some((code) => file.includes(`${path.sep}locales${path.sep}${code}${path.sep}`))
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(guillemets ? /[←→⇐⇒◀▶‹›]/ : /[←→⇐⇒◀▶‹›«»]/)
    }
  })
})
