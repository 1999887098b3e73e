import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { DOSSIER_SCHEMA_VERSION, Dossier as DossierSchema, type Dossier } from '../../../domain/dossier/schema'
import { displayName } from '../../../domain/dossier/names'
import { planContent, type PlanVariant } from '../../../domain/plan/plan'
import { SUMMARY_LEVELS } from '../../../domain/plan/summary'
import { languageOf, type LanguageCode } from '../../../locales/languages'
import { blocksIn, wordsIn } from './content'
import type { Block } from './layout/blocks'
import { pagesNeeded, renderDocument, type Rendered } from './layout/render'

export type { PlanVariant } from '../../../domain/plan/plan'

export interface PlanOptions {
  variant: PlanVariant
  /** Bigger type (16 points, nothing under 14), same content. */
  largePrint: boolean
  /** Folder with the fonts (assets/fonts). */
  fontsDir: string
  /** Dutch for the municipality (the default); another language for the person's own copy. */
  language?: LanguageCode | undefined
  now?: Date | undefined
}

/** What the plan says, as blocks in one language, with page 1 made to fit on one page. */
export function contentOf(dossier: Dossier, options: Omit<PlanOptions, 'now'> & { now: Date }): Block[] {
  const language = options.language ?? 'nl'
  const words = wordsIn(language)
  const today = dateInNetherlands(options.now)
  const direction = languageOf(language).dir
  const summaryAt = (level: number) => blocksIn(words, planContent(dossier, { variant: 'summary', summaryLevel: level, today }))
  // Page 1 leaves out, step by step, what does not fit, and says so on the page.
  let level = 0
  while (level < SUMMARY_LEVELS - 1 && pagesNeeded(summaryAt(level), { largePrint: options.largePrint, direction, fontsDir: options.fontsDir }) > 1) level++
  return blocksIn(words, planContent(dossier, { variant: options.variant, summaryLevel: level, today }))
}

/**
 * The preparation as a PDF: A4, fonts embedded as subsets, tagged for screen readers. In Dutch
 * for the municipality whatever language the app was used in, with the person's own answers as
 * they typed them, in their own script; or, on request, the same plan in the person's language.
 */
export function renderPlan(dossier: Dossier, options: PlanOptions): Rendered {
  const now = options.now ?? new Date()
  const language = options.language ?? 'nl'
  const words = wordsIn(language)
  const name = displayName(dossier)
  const title = words.t('pdf:title')
  return renderDocument({
    blocks: contentOf(dossier, { ...options, now }),
    title,
    metadataTitle: name ? `${title} – ${name}` : title,
    subject: words.t('pdf:subject'),
    author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'keukentafelgesprek', 'persoonlijk plan'],
    name,
    dateLine: words.date(dossier.conversation.talkDate || dateInNetherlands(now)),
    pageOf: (page, pages) => words.t('pdf:pageOf', { page, pages }),
    missingNote: (characters) => words.t('pdf:missingGlyphs', { characters }),
    largePrint: options.largePrint,
    lang: languageOf(language).locale,
    direction: languageOf(language).dir,
    fontsDir: options.fontsDir,
    now,
  })
}

/**
 * The first plan after start would pay for reading the fonts and warming the code: one small plan
 * made in the background right after start moves that cost away from the person's first click.
 */
export function warmUpPlans(fontsDir: string): void {
  const stamp = new Date().toISOString()
  const sample = DossierSchema.parse({
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: 'warm-up',
    createdAt: stamp,
    updatedAt: stamp,
    subject: { firstName: 'Aan Tafel' },
  })
  renderPlan(sample, { variant: 'full', largePrint: false, fontsDir })
}
