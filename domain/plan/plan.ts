import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { chosenQuestions } from '../questions'
import { planSectionKeys, stepsFor, type PlanSectionKey } from '../steps'
import { filled } from '../steps/step'
import { calendarDate, count, own, text } from '../text'
import { carerSummaryContent } from './carerSummary'
import { summaryContent } from './summary'
import { voiced } from './voice'

/** The whole plan, its page 1 alone, or one carer's own one-page summary. */
export type PlanVariant = 'full' | 'summary' | 'carer'

export interface PlanContentOptions {
  variant: PlanVariant
  /** How much page 1 leaves out so that it fits on one page (see summary.ts). */
  summaryLevel?: number
  /** yyyy-mm-dd: for the age on page 1 when no conversation date is known. */
  today: string
  /** The page the conversation sheet starts on, once the layout knows it ("zie pagina 7"). */
  sheetPage?: number | undefined
  /** Whose summary, for the variant 'carer'. */
  carerId?: string | undefined
}

/**
 * The topics of the plan's body: a heading, and what the law says the municipality looks at there
 * (a text and its source, in locales/ under pdf:law.<topic>). Headings are numbered as they are
 * printed, so the numbers never skip one.
 */
const sectionHeadings: Record<PlanSectionKey, { heading?: string; law?: string }> = {
  needs: { heading: 'pdf:sections.needs', law: 'pdf:law.needs' },
  self: { heading: 'pdf:sections.self', law: 'pdf:law.self' },
  network: { heading: 'pdf:sections.network', law: 'pdf:law.network' },
  carer: { heading: 'pdf:sections.carer', law: 'pdf:law.carer' },
  services: { heading: 'pdf:sections.services', law: 'pdf:law.services' },
  care: { heading: 'pdf:sections.care', law: 'pdf:law.care' },
  contribution: { heading: 'pdf:sections.contribution', law: 'pdf:law.contribution' },
  ratings: { heading: 'pdf:sections.ratings' },
  day: { heading: 'pdf:sections.day' },
  matters: { heading: 'pdf:sections.matters' },
  morePriorities: {},
}

/** Everything the plan says, in the order it says it, before a language is chosen. */
export function planContent(dossier: Dossier, options: PlanContentOptions): DocBlock[] {
  if (options.variant === 'carer') return carerSummaryContent(dossier, options.carerId ?? '')
  const blocks = summaryContent(dossier, { level: options.summaryLevel ?? 0, variant: options.variant, sheetPage: options.sheetPage }, options.today)
  if (options.variant === 'summary') return blocks
  return [...blocks, { kind: 'pageBreak' }, ...bodyBlocks(dossier), ...sessionNoteBlocks(dossier), { kind: 'pageBreak' }, ...sheetBlocks(dossier)]
}

/** The body: each topic of the law in turn, filled by the steps that write about it. */
export function bodyBlocks(dossier: Dossier): DocBlock[] {
  const offered = stepsFor(dossier)
  const blocks: DocBlock[] = []
  let number = 0
  for (const section of planSectionKeys) {
    const parts = offered.flatMap((step) => (step.plan ?? []).filter((part) => part.section === section)).sort((a, b) => a.order - b.order)
    // A topic no offered step writes about is left out (the carer's, for someone without one).
    if (parts.length === 0) continue
    const { heading, law } = sectionHeadings[section]
    if (heading) blocks.push({ kind: 'heading', level: 2, text: text('pdf:numbered', { number: count(++number), title: voiced(dossier, heading) }) })
    if (law) blocks.push({ kind: 'note', text: text('pdf:withSource', { text: voiced(dossier, `${law}.text`), source: text(`${law}.source`) }) })
    const written = parts.flatMap((part) => part.blocks(dossier))
    if (written.length === 0 && heading) blocks.push({ kind: 'paragraph', text: text('pdf:notAnswered') })
    blocks.push(...written)
  }
  return blocks
}

/** The session notes the person chose to put in the plan (the others stay private), oldest first. */
export function sessionNoteBlocks(dossier: Dossier): DocBlock[] {
  const chosen = dossier.desk.notes.filter((note) => note.inPlan && filled(note.text)).sort((a, b) => a.date.localeCompare(b.date))
  if (chosen.length === 0) return []
  return [
    { kind: 'heading', level: 2, text: text('pdf:notes.heading') },
    ...chosen.map((note): DocBlock => ({ kind: 'field', label: calendarDate(note.date), value: own(note.text) })),
  ]
}

function sheetBlocks(dossier: Dossier): DocBlock[] {
  const blocks: DocBlock[] = [
    { kind: 'title', text: text('pdf:sheet.title') },
    { kind: 'paragraph', text: text('pdf:sheet.intro') },
  ]
  chosenQuestions(dossier.questions).forEach((question, index) => blocks.push({ kind: 'question', number: index + 1, text: question, noteLines: 3 }))
  blocks.push({
    kind: 'box',
    title: text('pdf:rights.title'),
    items: ['clientSupport', 'plan', 'investigation', 'report', 'pgb', 'decision', 'objection', 'deadlines'].map((key) => text(`pdf:rights.${key}`)),
  })
  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'title', text: text('pdf:sheet.notesTitle') },
    { kind: 'paragraph', text: text('pdf:sheet.notesIntro') },
    { kind: 'ruled', label: text('pdf:sheet.agreed'), lines: 8 },
    { kind: 'ruled', label: text('pdf:sheet.nextSteps'), lines: 5 },
    { kind: 'ruled', label: text('pdf:sheet.contact'), lines: 2 },
  )
  return blocks
}
