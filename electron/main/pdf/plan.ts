import { PDFDocument } from 'pdf-lib'
import { DOSSIER_SCHEMA_VERSION, Dossier as DossierSchema, type Dossier } from '../../../domain/dossier/schema'
import { createMainI18n } from '../i18n'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { drawBlocks, textOf, type Block } from './blocks'
import { drawRatingsChart } from './chart'
import { contentOf, dutchWords } from './content'
import { displayName } from '../../../domain/dossier/names'
import { carerById, carerName } from '../../../domain/carers'
import { ServiceError } from '../../contract/errors'
import { embedPlanFonts, loadFontFiles } from './fonts'
import { drawableText } from './text'
import { A4, colors, PageWriter } from './writer'

export type { PlanVariant } from '../../../domain/plan/plan'
import type { PlanVariant } from '../../../domain/plan/plan'

export interface PlanOptions {
  variant: PlanVariant
  /** Whose summary, for the variant 'carer'. */
  carerId?: string | undefined
  /** Bigger type, same content. */
  largePrint: boolean
  /** Folder with NotoSans-Regular.ttf and NotoSans-Bold.ttf. */
  fontsDir: string
  now?: Date
}

/** "26 november 2026", as the plan writes dates. */
export const formatDate = (isoDate: string) => dutchWords().date(isoDate)

function mapText(blocks: Block[], clean: (text: string) => string): Block[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'field':
        return { ...block, label: clean(block.label), value: clean(block.value), empty: clean(block.empty) }
      case 'facts':
        return { ...block, rows: block.rows.map((row) => ({ label: clean(row.label), value: clean(row.value) })), empty: clean(block.empty) }
      case 'list':
        return { ...block, items: block.items.map(clean) }
      case 'chart':
        return { ...block, rows: block.rows.map((row) => ({ ...row, label: clean(row.label) })), scale: block.scale.map(clean) }
      case 'box':
        return { ...block, title: clean(block.title), items: block.items.map(clean) }
      case 'ruled':
        return block.label === undefined ? block : { ...block, label: clean(block.label) }
      case 'pageBreak':
        return block
      default:
        return { ...block, text: clean(block.text) }
    }
  })
}

/**
 * The first plan after start costs most of a second (harfbuzz's WebAssembly compiles, the code
 * warms up). Making one small plan in the background right after start moves that cost away from
 * the person's first click.
 */
export async function warmUpPlans(fontsDir: string): Promise<void> {
  const stamp = new Date().toISOString()
  const sample = DossierSchema.parse({
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: 'warm-up',
    createdAt: stamp,
    updatedAt: stamp,
    subject: { firstName: 'Aan Tafel' },
  })
  await renderPlan(sample, { variant: 'summary', largePrint: false, fontsDir })
}

export { contentOf }

/** What every document of Aan Tafel shares: A4, the fonts, header and footer, metadata. */
export interface DocumentSpec {
  blocks: Block[]
  /** Shown in the header of every page, after the person's name. */
  title: string
  /** The document's title in the PDF metadata (and in the viewer's title bar). */
  metadataTitle: string
  subject: string
  author: string
  keywords: string[]
  /** The person's name for the header; '' when none was given. */
  name: string
  /** The date in the header's other corner, already formatted. */
  dateLine: string
  largePrint: boolean
  fontsDir: string
  now: Date
}

export async function renderDocument(spec: DocumentSpec): Promise<{ pdf: Uint8Array; pages: number }> {
  const t = createMainI18n('nl').getFixedT('nl')
  const files = loadFontFiles(spec.fontsDir)
  const clean = (text: string) => drawableText(text, files.canDraw)
  const name = clean(spec.name)
  const dateLine = clean(spec.dateLine)
  const headerText = clean(name ? `${name} · ${spec.title}` : spec.title)
  const pageWords = clean(t('pdf:pageOf', { page: 0, pages: 0 }))
  const blocks = mapText(spec.blocks, clean)

  const doc = await PDFDocument.create()
  const fonts = await embedPlanFonts(doc, files, `${textOf(blocks)}${headerText}${dateLine}${pageWords}…`)
  const base = spec.largePrint ? 15 : 11
  const writer = new PageWriter(doc, fonts, { top: 62 + base, bottom: 56 + base, start: 70, end: 56 }, base, files.wordWidth)
  drawBlocks(writer, blocks, (chart) => drawRatingsChart(writer, chart.rows, chart.scale))

  const pages = writer.pages
  const small = { size: Math.max(8.5, base * 0.78), color: colors.muted }
  pages.forEach((page, index) => {
    const headerTop = 34
    const dateWidth = fonts.regular.widthOfTextAtSize(dateLine, small.size)
    const room = A4.width - writer.margins.start - writer.margins.end - dateWidth - 16
    const header = fitOnOneLine(writer, [headerText, name || spec.title], small, room)
    const draw = (text: string, x: number, top: number) => {
      const ascent = fonts.regular.heightAtSize(small.size, { descender: false })
      page.drawText(text, { x, y: A4.height - top - ascent, size: small.size, font: fonts.regular, color: small.color })
    }
    draw(header, writer.margins.start, headerTop)
    draw(dateLine, A4.width - writer.margins.end - dateWidth, headerTop)
    page.drawLine({
      start: { x: writer.margins.start, y: A4.height - headerTop - small.size * 1.5 },
      end: { x: A4.width - writer.margins.end, y: A4.height - headerTop - small.size * 1.5 },
      thickness: 0.5,
      color: colors.rule,
    })
    const footer = clean(t('pdf:pageOf', { page: index + 1, pages: pages.length }))
    const footerWidth = fonts.regular.widthOfTextAtSize(footer, small.size)
    draw(footer, A4.width - writer.margins.end - footerWidth, A4.height - 30 - small.size)
  })

  doc.setTitle(clean(spec.metadataTitle), { showInWindowTitleBar: true })
  doc.setSubject(spec.subject)
  doc.setAuthor(clean(spec.author))
  doc.setLanguage('nl-NL')
  doc.setCreator('Aan Tafel')
  doc.setProducer('Aan Tafel (pdf-lib)')
  doc.setKeywords(spec.keywords)
  doc.setCreationDate(spec.now)
  doc.setModificationDate(spec.now)
  return { pdf: await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY }), pages: pages.length }
}

/**
 * The preparation as a PDF: A4, Noto Sans embedded (subset), in Dutch whatever language the app
 * was used in, with the person's own answers exactly as they typed them.
 */
export async function renderPlan(dossier: Dossier, options: PlanOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  if (options.variant === 'carer') return renderCarerSummary(dossier, options)
  const t = createMainI18n('nl').getFixedT('nl')
  const now = options.now ?? new Date()
  const name = displayName(dossier)
  return renderDocument({
    blocks: contentOf(dossier, options.variant),
    title: t('pdf:title'),
    metadataTitle: name ? `${t('pdf:title')} – ${name}` : t('pdf:title'),
    subject: t('pdf:subject'),
    author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'keukentafelgesprek', 'persoonlijk plan'],
    name,
    dateLine: formatDate(dossier.conversation.talkDate || dateInNetherlands(now)),
    largePrint: options.largePrint,
    fontsDir: options.fontsDir,
    now,
  })
}

/** One carer's own one-page summary: the carer's name in the header, for their own conversation. */
async function renderCarerSummary(dossier: Dossier, options: PlanOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const t = createMainI18n('nl').getFixedT('nl')
  const now = options.now ?? new Date()
  const carer = carerById(dossier, options.carerId ?? '')
  if (!carer) throw new ServiceError('not-found', `no carer ${options.carerId ?? ''}`)
  const name = carerName(dossier, carer)
  return renderDocument({
    blocks: contentOf(dossier, 'carer', carer.id),
    title: t('pdf:carerSummary.docTitle'),
    metadataTitle: name ? `${t('pdf:carerSummary.docTitle')} – ${name}` : t('pdf:carerSummary.docTitle'),
    subject: t('pdf:carerSummary.subject'),
    author: name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'mantelzorg', 'keukentafelgesprek'],
    name,
    dateLine: formatDate(dossier.conversation.talkDate || dateInNetherlands(now)),
    largePrint: options.largePrint,
    fontsDir: options.fontsDir,
    now,
  })
}

/** The first text that fits on one line; else the last one, cut with "…". Headers never wrap. */
function fitOnOneLine(writer: PageWriter, candidates: string[], style: { size: number }, width: number): string {
  const fits = candidates.filter((text) => text !== '').find((text) => writer.wrap(text, style, width).length === 1)
  if (fits !== undefined) return fits
  const last = candidates.filter((text) => text !== '').at(-1) ?? ''
  let cut = last
  while (cut.length > 1 && writer.wrap(`${cut}…`, style, width).length > 1) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
