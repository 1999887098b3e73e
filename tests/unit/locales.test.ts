import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { namespaces, resources } from '../../locales/resources'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') result.set(name, value)
    else for (const [leaf, text] of leaves(value, name)) result.set(leaf, text)
  }
  return result
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()
const localesDir = path.resolve('locales')
const languages = fs.readdirSync(localesDir).filter((name) => fs.statSync(path.join(localesDir, name)).isDirectory())

describe('the translations', () => {
  it('have the same files in every language', () => {
    const files = languages.map((language) => fs.readdirSync(path.join(localesDir, language)).sort())
    for (const list of files) expect(list).toEqual(files[0])
  })

  it.each(languages.flatMap((language) => fs.readdirSync(path.join(localesDir, language)).map((file) => [language, file])))(
    '%s/%s has exactly the keys of nl, with the same {{variables}} and no empty text',
    (language, file) => {
      const read = (lang: string) => leaves(JSON.parse(fs.readFileSync(path.join(localesDir, lang, file), 'utf8')) as Tree)
      const dutch = read('nl')
      const other = read(language)
      expect([...other.keys()].sort()).toEqual([...dutch.keys()].sort())
      for (const [key, text] of other) {
        expect(variables(text), `${language}/${file}: ${key}`).toEqual(variables(dutch.get(key) ?? ''))
        expect(text.trim(), `${language}/${file}: ${key}`).not.toBe('')
      }
    },
  )

  it.each(languages.flatMap((language) => fs.readdirSync(path.join(localesDir, language)).map((file) => [language, file])))(
    '%s/%s names a source wherever it has a source key: none is empty',
    (language, file) => {
      const tree = JSON.parse(fs.readFileSync(path.join(localesDir, language, file), 'utf8')) as Tree
      for (const [key, text] of leaves(tree)) {
        if (isSourceKey(key.split('.').at(-1) ?? '')) expect(text.trim(), `${language}/${file}: ${key}`).not.toBe('')
      }
    },
  )

  it('give every right, deadline, glossary term, law note and finding in nl its source', () => {
    const dutch = (file: string) => JSON.parse(fs.readFileSync(path.join(localesDir, 'nl', file), 'utf8')) as Tree
    const groups: [string, Tree][] = [
      ['rights.json rights.sections', subtree(dutch('rights.json'), 'rights.sections')],
      ['rights.json timeline.items', subtree(dutch('rights.json'), 'timeline.items')],
      ['glossary.json terms', subtree(dutch('glossary.json'), 'terms')],
      ['pdf.json law', subtree(dutch('pdf.json'), 'law')],
      ['after.json decision.findings', subtree(dutch('after.json'), 'decision.findings')],
    ]
    for (const [name, group] of groups) {
      expect(Object.keys(group).length, name).toBeGreaterThan(0)
      for (const [entry, value] of Object.entries(group)) {
        const source = typeof value === 'object' ? value.source : undefined
        expect(typeof source === 'string' && source.trim() !== '', `${name}.${entry} has a source`).toBe(true)
      }
    }
  })

  // A sentence that states a rule of law (an obligation of the municipality, a term, a remedy,
  // an article) must have its source next to it: a `source` in the same object, or a sibling
  // `<key>Source` (`clientSupportSource` covers `clientSupportText1` and `clientSupportText2`).
  // Questions are not statements, and titles (no full stop) are not sentences.
  it.each(fs.readdirSync(path.join(localesDir, 'nl')))('nl/%s has no legal sentence without its source', (file) => {
    const tree = JSON.parse(fs.readFileSync(path.join(localesDir, 'nl', file), 'utf8')) as Tree
    const unsourced: string[] = []
    walk(tree, '', (key, text, parent) => {
      const name = key.split('.').at(-1) ?? ''
      if (isSourceKey(name) || performative.has(`${file}:${key}`)) return
      if (!statesLaw(text)) return
      const sourced = Object.entries(parent).some(
        ([sibling, value]) =>
          typeof value === 'string' &&
          value.trim() !== '' &&
          (sibling === 'source' || (sibling.endsWith('Source') && name.startsWith(sibling.slice(0, -'Source'.length)))),
      )
      if (!sourced) unsourced.push(`${key}: ${text}`)
    })
    expect(unsourced).toEqual([])
  })

  it('recognises a legal sentence, and leaves questions, titles and ordinary sentences alone', () => {
    expect(statesLaw('De gemeente moet je melding bevestigen.')).toBe(true)
    expect(statesLaw('Je hebt 6 weken om bezwaar te maken.')).toBe(true)
    expect(statesLaw('Dan mag je toch een aanvraag doen.')).toBe(true)
    expect(statesLaw('Eindigt het op een zaterdag (Algemene termijnenwet art. 1).')).toBe(true)
    expect(statesLaw('Hoe lang heb ik om bezwaar te maken?')).toBe(false)
    expect(statesLaw('Bezwaar maken')).toBe(false)
    expect(statesLaw('Je hebt nog geen onderwerp gekozen. Dat mag.')).toBe(false)
    expect(statesLaw('Hulp uit de Wmo (Wet maatschappelijke ondersteuning 2015).')).toBe(false)
  })

  it('load every namespace in every language the app offers', () => {
    for (const language of Object.keys(resources)) {
      expect(Object.keys(resources[language as keyof typeof resources]).sort()).toEqual([...namespaces].sort())
    }
  })
})

/** `source`, or `<something>Source`: where a text names the law, ruling or organisation it rests on. */
function isSourceKey(name: string): boolean {
  return name === 'source' || name.endsWith('Source')
}

function subtree(tree: Tree, dotted: string): Tree {
  let node: Tree | string = tree
  for (const part of dotted.split('.')) node = typeof node === 'object' ? (node[part] ?? {}) : {}
  return typeof node === 'object' ? node : {}
}

function walk(tree: Tree, prefix: string, visit: (key: string, text: string, parent: Tree) => void): void {
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') visit(name, value, tree)
    else walk(value, name, visit)
  }
}

/** Lines of a letter that do something (object, ask) rather than state the law. */
const performative = new Set(['after.json:objectionPdf.opening', 'after.json:objectionPdf.openingUndated'])

const legalPatterns = [
  /\bgemeente\b[^.?!]*\b(moet|moeten|beslist|mag)\b/i,
  /\b(moet|beslist)\b[^.?!]*\bgemeente\b/i,
  /\b(wet|wettelijke?|artikel|art\.|Awb|termijnenwet|CRvB|rechter|rechtbank|dwangsom|ingebrekestelling|bezwaar|beroep|termijn)\b/i,
  /\bbinnen \d+ (weken|dagen)|\b\d+ (weken|dagen) (na|om)\b/i,
  /\brecht op\b/i,
  /\b(je mag|mag je|ik mag|mag ik)\b/i,
]

/** Whether `text` holds a sentence (ending in a full stop) that states a rule of law. */
function statesLaw(text: string): boolean {
  const plain = text.replace(/Wet maatschappelijke ondersteuning( 2015)?/g, 'Wmo')
  return plain
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => /[.!]$/.test(sentence.trim()))
    .some((sentence) => legalPatterns.some((pattern) => pattern.test(sentence)))
}
