import type { DocBlock } from '../../../domain/document'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { displayName } from '../../../domain/dossier/names'
import type { Dossier } from '../../../domain/dossier/schema'
import { letterContent } from '../../../domain/letter'
import { noticeOfDefaultContent, objectionLetterContent } from '../../../domain/remedies/letters'
import { carerLetterContent } from '../../../domain/carerLetter'
import { carerById, carerName } from '../../../domain/carers'
import { ServiceError } from '../../contract/errors'
import { blocksIn, dutchWords } from './content'
import { renderDocument, type Rendered } from './layout/render'

/** The letters Aan Tafel makes: on the report, a bezwaarschrift, an ingebrekestelling. */
export type LetterKind = 'report' | 'objection' | 'noticeOfDefault'

const letters: Record<LetterKind, { content: (dossier: Dossier, today: string) => DocBlock[]; texts: string; keywords: string[] }> = {
  report: { content: letterContent, texts: 'after:pdf', keywords: ['Wmo 2015', 'verslag', 'keukentafelgesprek'] },
  objection: { content: objectionLetterContent, texts: 'after:objectionPdf', keywords: ['Wmo 2015', 'bezwaarschrift', 'Awb'] },
  noticeOfDefault: { content: noticeOfDefaultContent, texts: 'after:noticePdf', keywords: ['Wmo 2015', 'ingebrekestelling', 'dwangsom', 'Awb'] },
}

/** The title a letter of this kind carries, in Dutch (also its file name). */
export function letterTitle(kind: LetterKind): string {
  return dutchWords().t(`${letters[kind].texts}.title`)
}

/** What a letter says and whose it is; the rest of a letter is the same for every kind. */
interface LetterSpec {
  content: (today: string) => DocBlock[]
  texts: string
  keywords: string[]
  /** The name in the header: the person's, or the carer's for a carer's own letter. */
  name: string
  author: string
}

/** A letter: same typography as the plan, always in Dutch, dated today in the Netherlands. */
function renderDutchLetter(spec: LetterSpec, options: { fontsDir: string; now?: Date | undefined }): Rendered {
  const words = dutchWords()
  const now = options.now ?? new Date()
  const today = dateInNetherlands(now)
  const title = words.t(`${spec.texts}.title`)
  return renderDocument({
    blocks: blocksIn(words, spec.content(today)),
    title,
    metadataTitle: spec.name ? `${title} – ${spec.name}` : title,
    subject: words.t(`${spec.texts}.subject`),
    author: spec.author,
    keywords: spec.keywords,
    name: spec.name,
    dateLine: words.date(today),
    pageOf: (page, pages) => words.t('pdf:pageOf', { page, pages }),
    missingNote: (characters) => words.t('pdf:missingGlyphs', { characters }),
    largePrint: false,
    lang: 'nl-NL',
    direction: 'ltr',
    fontsDir: options.fontsDir,
    now,
  })
}

/** A letter of `kind` from the person (or whoever prepares for them). */
export function renderLetter(dossier: Dossier, options: { fontsDir: string; now?: Date | undefined; kind?: LetterKind | undefined }): Rendered {
  const letter = letters[options.kind ?? 'report']
  const name = displayName(dossier)
  return renderDutchLetter(
    {
      content: (today) => letter.content(dossier, today),
      texts: letter.texts,
      keywords: letter.keywords,
      name,
      author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    },
    options,
  )
}

/** A carer's letter asking for a conversation of their own: the carer's name in the header and as author. */
export function renderCarerLetter(dossier: Dossier, carerId: string, options: { fontsDir: string; now?: Date | undefined }): Rendered {
  const carer = carerById(dossier, carerId)
  if (!carer) throw new ServiceError('not-found', `no carer ${carerId}`)
  const name = carerName(dossier, carer)
  return renderDutchLetter(
    {
      content: (today) => carerLetterContent(dossier, carer.id, today),
      texts: 'after:carerLetter',
      keywords: ['Wmo 2015', 'mantelzorg', 'keukentafelgesprek'],
      name,
      author: name || 'Aan Tafel',
    },
    options,
  )
}
