import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { languageCodes, languageOf, type LanguageCode } from '../../locales/languages'
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

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ''))
const localesDir = path.resolve('locales')
const directories = fs.readdirSync(localesDir).filter((name) => fs.statSync(path.join(localesDir, name)).isDirectory())
const jsonFiles = (language: string) =>
  fs
    .readdirSync(path.join(localesDir, language))
    .filter((file) => file.endsWith('.json'))
    .sort()

/** A file's texts grouped by key, plural forms (i18next's _one, _few, …) under their common key. */
function grouped(language: string, file: string): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>()
  for (const [key, text] of leaves(JSON.parse(fs.readFileSync(path.join(localesDir, language, file), 'utf8')) as Tree)) {
    const form = pluralSuffix.exec(key)?.[1] ?? ''
    const base = form ? key.slice(0, -form.length - 1) : key
    const forms = groups.get(base) ?? new Map<string, string>()
    forms.set(form, text)
    groups.set(base, forms)
  }
  return groups
}

describe('the translations', () => {
  it('are the languages of the registry, each a folder of the same files, with notes for translators', () => {
    expect([...directories].sort()).toEqual([...languageCodes].sort())
    for (const language of directories) {
      expect(jsonFiles(language), language).toEqual(jsonFiles('nl'))
      if (language !== 'nl') expect(fs.existsSync(path.join(localesDir, language, 'NOTES.md')), `${language}/NOTES.md`).toBe(true)
    }
  })

  it.each(directories.flatMap((language) => jsonFiles(language).map((file) => [language, file])))(
    '%s/%s has every key of nl, each plural in the forms its language needs, the same {{variables}} and no empty text',
    (language, file) => {
      const categories = new Intl.PluralRules(languageOf(language as LanguageCode).locale).resolvedOptions().pluralCategories
      const dutch = grouped('nl', file)
      const other = grouped(language, file)
      expect([...other.keys()].sort()).toEqual([...dutch.keys()].sort())
      for (const [key, forms] of other) {
        const dutchForms = dutch.get(key) ?? new Map<string, string>()
        const plural = !dutchForms.has('')
        const where = `${language}/${file}: ${key}`
        if (plural) {
          // Every form the language's plural rules can choose; _zero is i18next's optional extra for count 0.
          const expected = new Set<string>([...categories, ...(dutchForms.has('zero') ? ['zero'] : [])])
          for (const category of categories) expect(forms.has(category), `${where} needs _${category}`).toBe(true)
          for (const form of forms.keys()) expect(expected.has(form), `${where} has _${form}, which ${language} never uses`).toBe(true)
        } else expect([...forms.keys()], where).toEqual([''])
        const expectedVariables = new Set([...dutchForms.values()].flatMap((text) => [...variables(text)]))
        for (const [form, text] of forms) {
          const found = variables(text)
          // A form for one exact number ("one", "two", "zero") may say the number in words instead of {{count}}.
          const mayOmitCount = plural && ['zero', 'one', 'two'].includes(form)
          for (const name of expectedVariables)
            if (!(name === 'count' && mayOmitCount)) expect(found.has(name), `${where}_${form} lacks {{${name}}}`).toBe(true)
          for (const name of found) expect(expectedVariables.has(name), `${where}_${form} has an unknown {{${name}}}`).toBe(true)
          // Sources may be empty where the law gives no article; everything else is read by a person.
          if (!key.endsWith('.source')) expect(text.trim(), `${where}_${form}`).not.toBe('')
        }
      }
    },
  )

  it.each(directories.flatMap((language) => jsonFiles(language).map((file) => [language, file])))(
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
  it.each(jsonFiles('nl'))('nl/%s has no legal sentence without its source', (file) => {
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
    expect(Object.keys(resources).sort()).toEqual([...languageCodes].sort())
    for (const language of Object.keys(resources)) {
      expect(Object.keys(resources[language as keyof typeof resources]).sort()).toEqual([...namespaces].sort())
    }
    expect([...namespaces].sort()).toEqual(jsonFiles('nl').map((file) => file.replace(/\.json$/, '')))
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

/** Lines that do something (object, ask) or describe the person's own dossier, rather than state the law. */
const performative = new Set([
  'after.json:objectionPdf.opening',
  'after.json:objectionPdf.openingUndated',
  // Names what page 1 holds ("what the law says"), states no rule.
  'flow.json:plan.summaryHint',
  // Say where the person's own dossier stands, or which of its dates comes next; state no rule.
  'dossiers.json:filter.compactHint',
  'dossiers.json:statusHint.objection',
  'dossiers.json:week.none',
  'flow.json:overview.nextDeadline',
  'flow.json:overview.noDeadline',
])

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
