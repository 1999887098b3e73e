import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { displayName } from '../../../domain/dossier/names'
import type { Dossier } from '../../../domain/dossier/schema'
import { letterContent } from '../../../domain/letter'
import { blocksIn, dutchWords } from './content'
import { renderDocument, type Rendered } from './layout/render'

/** The letter with the person's remarks on the report: same typography as the plan, always in Dutch. */
export function renderLetter(dossier: Dossier, options: { fontsDir: string; now?: Date | undefined }): Rendered {
  const words = dutchWords()
  const now = options.now ?? new Date()
  const name = displayName(dossier)
  const title = words.t('after:pdf.title')
  return renderDocument({
    blocks: blocksIn(words, letterContent(dossier, dateInNetherlands(now))),
    title,
    metadataTitle: name ? `${title} – ${name}` : title,
    subject: words.t('after:pdf.subject'),
    author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'verslag', 'keukentafelgesprek'],
    name,
    dateLine: words.date(dateInNetherlands(now)),
    pageOf: (page, pages) => words.t('pdf:pageOf', { page, pages }),
    missingNote: (characters) => words.t('pdf:missingGlyphs', { characters }),
    largePrint: false,
    lang: 'nl-NL',
    direction: 'ltr',
    fontsDir: options.fontsDir,
    now,
  })
}
