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
        // Sources may be empty where the law gives no article; everything else is read by a person.
        if (!key.endsWith('.source')) expect(text.trim(), `${language}/${file}: ${key}`).not.toBe('')
      }
    },
  )

  it('load every namespace in every language the app offers', () => {
    for (const language of Object.keys(resources)) {
      expect(Object.keys(resources[language as keyof typeof resources]).sort()).toEqual([...namespaces].sort())
    }
  })
})
