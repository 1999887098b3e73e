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

  it('load every namespace in every language the app offers', () => {
    expect(Object.keys(resources).sort()).toEqual([...languageCodes].sort())
    for (const language of Object.keys(resources)) {
      expect(Object.keys(resources[language as keyof typeof resources]).sort()).toEqual([...namespaces].sort())
    }
    expect([...namespaces].sort()).toEqual(jsonFiles('nl').map((file) => file.replace(/\.json$/, '')))
  })
})
