import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { DOSSIER_SCHEMA_VERSION, Dossier as DossierSchema, type Dossier } from '../../../domain/dossier/schema'
import { displayName } from '../../../domain/dossier/names'
import { carerById, carerName } from '../../../domain/carers'
import { ServiceError } from '../../contract/errors'
import { lifeAreaKeys } from '../../../domain/dossier/life-area-keys'
import { planContent, type PlanVariant } from '../../../domain/plan/plan'
import { questionsShownAt, summaryContent, SUMMARY_LEVELS } from '../../../domain/plan/summary'
import { chosenQuestions, questionTopics } from '../../../domain/questions'
import { languageOf, type LanguageCode } from '../../../locales/languages'
import { blocksIn, wordsIn } from './content'
import type { Block } from './layout/blocks'
import { pagesNeeded, renderDocument, type Rendered } from './layout/render'

export type { PlanVariant } from '../../../domain/plan/plan'

export interface PlanOptions {
  variant: PlanVariant
  /** Whose summary, for the variant 'carer'. */
  carerId?: string | undefined
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
  // A copy in the person's own language says, first thing, that the municipality gets the Dutch one.
  const ownCopy: Block[] = language === 'nl' ? [] : [{ kind: 'note', text: words.t('pdf:ownCopy') }]
  if (options.variant === 'carer') return [...ownCopy, ...blocksIn(words, planContent(dossier, { variant: 'carer', carerId: options.carerId, today }))]
  const variant = options.variant
  // Fitted as it will print: the full plan's page 1 with a two-digit stand-in for the sheet's page.
  const standIn = variant === 'full' ? 99 : undefined
  const summaryAt = (level: number) => [...ownCopy, ...blocksIn(words, summaryContent(dossier, { level, variant, sheetPage: standIn }, today))]
  // Page 1 leaves out, level by level, what does not fit (and says so on the page): the lowest
  // level that fits, found by halving (each level leaves out more than the one before).
  const fits = (level: number) => pagesNeeded(summaryAt(level), { largePrint: options.largePrint, direction, fontsDir: options.fontsDir }) <= 1
  let level = 0
  if (!fits(0)) {
    let low = 0
    let high = SUMMARY_LEVELS - 1
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if (fits(middle)) high = middle
      else low = middle
    }
    level = high
  }
  const planAt = (sheetPage?: number) => [
    ...ownCopy,
    ...blocksIn(words, planContent(dossier, { variant: options.variant, summaryLevel: level, today, sheetPage })),
  ]
  const blocks = planAt()
  // When page 1 lists only some of the questions it names the page the conversation sheet starts
  // on. Page 1 is one page whatever number it names, so the pages before the sheet are counted once.
  if (options.variant !== 'full' || chosenQuestions(dossier.questions).length <= questionsShownAt(level)) return blocks
  // The full plan is page 1, a page break, the body, a page break, then the sheet (planContent).
  const breaks = blocks.flatMap((block, index) => (block.kind === 'pageBreak' ? [index] : []))
  const sheetBreak = breaks[1] ?? blocks.length
  const before = pagesNeeded(blocks.slice(0, sheetBreak), { largePrint: options.largePrint, direction, fontsDir: options.fontsDir })
  return planAt(before + 1)
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
  // A carer's own summary carries the carer's name, as its header and as its author.
  const carer = options.variant === 'carer' ? carerById(dossier, options.carerId ?? '') : undefined
  if (options.variant === 'carer' && !carer) throw new ServiceError('not-found', `no carer ${options.carerId ?? ''}`)
  const name = carer ? carerName(dossier, carer) : displayName(dossier)
  const title = words.t(carer ? 'pdf:carerSummary.docTitle' : 'pdf:title')
  return renderDocument({
    blocks: contentOf(dossier, { ...options, now }),
    title,
    metadataTitle: name ? `${title} – ${name}` : title,
    subject: words.t(carer ? 'pdf:carerSummary.subject' : 'pdf:subject'),
    author: carer ? name || 'Aan Tafel' : dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: carer ? ['Wmo 2015', 'mantelzorg', 'keukentafelgesprek'] : ['Wmo 2015', 'keukentafelgesprek', 'persoonlijk plan'],
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
 * The first plan after start would pay for reading the fonts, loading the hyphenation patterns and
 * compiling the code: a few plans of a filled-in sample, made on the PDF thread right after the
 * window shows, move that cost away from the person's first click.
 */
export function warmUpPlans(fontsDir: string, rounds = 3): void {
  const stamp = new Date().toISOString()
  const sentence = 'Op slechte dagen lukt het douchen niet en blijf ik in bed; mijn dochter komt dan langs.'
  const long = Array.from({ length: 8 }, () => sentence).join(' ')
  const sample = DossierSchema.parse({
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: 'warm-up',
    createdAt: stamp,
    updatedAt: stamp,
    subject: { forWhom: 'relative', firstName: 'Aan', surname: 'Tafel', birthYear: 1950, preparerName: 'Warm Op', preparerRelation: 'dochter' },
    conversation: { talkDate: stamp.slice(0, 10), meldingDate: stamp.slice(0, 10) },
    situation: {
      selectedAreas: [...lifeAreaKeys],
      areas: Object.fromEntries(lifeAreaKeys.map((area) => [area, { rating: 3, hard: long, self: long, help: long, wish: long }])),
    },
    day: { morning: long, afternoon: long, evening: long, night: long },
    matters: { keepDoing: long, energy: long, doNotWant: long },
    network: {
      helpers: [{ id: 'warm-helper', name: 'Buurvrouw', relation: 'buur', helpsWith: long, frequency: 'elke week', canContinue: 'forNow' }],
      whyNotEnough: long,
    },
    priorities: { ranked: [1, 2, 3, 4].map((index) => ({ id: `warm-${index}`, text: sentence })) },
    questions: { selected: questionTopics.flatMap(({ ids }) => ids) },
  })
  for (let round = 0; round < rounds; round++) {
    for (const largePrint of [false, true]) {
      renderPlan(sample, { variant: 'full', largePrint, fontsDir })
      renderPlan(sample, { variant: 'summary', largePrint, fontsDir })
    }
  }
}
