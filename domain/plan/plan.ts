import { carerLabel, carersOf, carerTopThree } from '../carers'
import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { displayName, preparedByAnother } from '../dossier/names'
import { municipalityName } from '../municipalities'
import { chosenQuestions } from '../questions'
import { planSectionKeys, stepsFor, type PlanSectionKey } from '../steps'
import { filled } from '../steps/step'
import { calendarDate, join, own, text, type Text } from '../text'
import { carerSummaryContent } from './carerSummary'

/** The whole plan, its page 1 alone, or one carer's own one-page summary. */
export type PlanVariant = 'full' | 'summary' | 'carer'

export interface PlanContentOptions {
  variant: PlanVariant
  /** Whose summary, for the variant 'carer'. */
  carerId?: string
  /** How many questions page 1 shows; the rest are on the conversation sheet. */
  summaryQuestions?: number
}

/**
 * The topics of the plan's body: a heading, what the law says the municipality looks at there,
 * and whether "(niet ingevuld)" stands there when nothing was written.
 */
const sectionHeadings: Record<PlanSectionKey, { heading?: string; law?: string }> = {
  needs: { heading: 'pdf:sections.needs', law: 'pdf:sections.needsLaw' },
  self: { heading: 'pdf:sections.self', law: 'pdf:sections.selfLaw' },
  network: { heading: 'pdf:sections.network', law: 'pdf:sections.networkLaw' },
  carer: { heading: 'pdf:sections.carer', law: 'pdf:sections.carerLaw' },
  services: { heading: 'pdf:sections.services', law: 'pdf:sections.servicesLaw' },
  ratings: { heading: 'pdf:sections.ratings' },
  day: { heading: 'pdf:sections.day' },
  matters: { heading: 'pdf:sections.matters' },
  morePriorities: {},
}

/** Everything the plan says, in the order it says it, before a language is chosen. */
export function planContent(dossier: Dossier, options: PlanContentOptions): DocBlock[] {
  if (options.variant === 'carer') return carerSummaryContent(dossier, options.carerId ?? '')
  const blocks = summaryBlocks(dossier, options)
  if (options.variant === 'summary') return blocks
  return [...blocks, { kind: 'pageBreak' }, ...bodyBlocks(dossier), { kind: 'pageBreak' }, ...sheetBlocks(dossier)]
}

/** The body: each topic of the law in turn, filled by the steps that write about it. */
export function bodyBlocks(dossier: Dossier): DocBlock[] {
  const offered = stepsFor(dossier)
  const blocks: DocBlock[] = []
  for (const section of planSectionKeys) {
    const parts = offered.flatMap((step) => (step.plan ?? []).filter((part) => part.section === section)).sort((a, b) => a.order - b.order)
    // A topic no offered step writes about is left out (the carer's, for someone without one).
    if (parts.length === 0) continue
    const { heading, law } = sectionHeadings[section]
    if (heading) blocks.push({ kind: 'heading', level: 2, text: text(heading) })
    if (law) blocks.push({ kind: 'note', text: text(law) })
    const written = parts.flatMap((part) => part.blocks(dossier))
    if (written.length === 0 && heading) blocks.push({ kind: 'paragraph', text: text('pdf:notAnswered') })
    blocks.push(...written)
  }
  return blocks
}

function summaryBlocks(dossier: Dossier, options: PlanContentOptions): DocBlock[] {
  const { subject, conversation, priorities } = dossier
  const fact = (label: string, value: Text) => ({ label: text(`pdf:labels.${label}`), value })
  const blocks: DocBlock[] = [
    { kind: 'title', text: text('pdf:title') },
    { kind: 'paragraph', text: text('pdf:intro') },
  ]
  if (preparedByAnother(dossier)) {
    const preparer = [subject.preparerName, filled(subject.preparerRelation) && `(${subject.preparerRelation})`].filter(Boolean).join(' ')
    if (filled(preparer)) blocks.push({ kind: 'paragraph', text: text('pdf:introPreparer', { name: own(preparer) }) })
  }
  blocks.push({ kind: 'note', text: text('pdf:planBasis') })
  const rows = [
    fact('person', own(displayName(dossier))),
    subject.birthYear !== null && fact('birthYear', own(String(subject.birthYear))),
    (filled(subject.phone) || filled(subject.address)) && fact('contact', join([own(subject.phone), own(subject.address)])),
    fact('municipality', own(municipalityName(conversation.municipalityCode) ?? '')),
    fact('talk', join([conversation.talkDate ? calendarDate(conversation.talkDate) : null, own(conversation.talkTime)], ', ')),
    filled(conversation.place) && fact('place', own(conversation.place)),
    filled(conversation.meldingDate) && fact('meldingDate', calendarDate(conversation.meldingDate)),
    filled(conversation.professional) && fact('professional', own(conversation.professional)),
    filled(conversation.attendees) && fact('attendees', own(conversation.attendees)),
    conversation.clientSupport && fact('clientSupport', text(`flow:conversation.${conversation.clientSupport}`)),
  ].filter((row): row is { label: Text; value: Text } => row !== false && row !== null)
  blocks.push({ kind: 'facts', rows, empty: text('pdf:notAnswered') })

  blocks.push({ kind: 'heading', level: 2, text: text('pdf:topPriorities') })
  const ranked = priorities.ranked.map((item) => item.text).filter(filled)
  if (ranked.length === 0) blocks.push({ kind: 'paragraph', text: text('pdf:noPriorities') })
  else blocks.push({ kind: 'list', items: ranked.slice(0, 3).map(own), numbered: true, emphasis: true })
  blocks.push(...carerPriorityBlocks(dossier))

  blocks.push({ kind: 'heading', level: 2, text: text('pdf:topQuestions') })
  const chosen = chosenQuestions(dossier.questions)
  const shown = options.summaryQuestions ?? 5
  if (chosen.length === 0) blocks.push({ kind: 'paragraph', text: text('pdf:noQuestions') })
  else {
    blocks.push({ kind: 'list', items: chosen.slice(0, shown), numbered: true })
    if (chosen.length > shown && options.variant === 'full') blocks.push({ kind: 'note', text: text('pdf:moreQuestions') })
  }
  return blocks
}

/**
 * Page 1: each carer's own three most important things, under a heading with the carer's name,
 * apart from the person's own priorities (a carer's wish must not fall off behind them).
 */
export function carerPriorityBlocks(dossier: Dossier): DocBlock[] {
  return carersOf(dossier).flatMap((carer): DocBlock[] => {
    const top = carerTopThree(carer)
    if (top.length === 0) return []
    return [
      { kind: 'heading', level: 2, text: text('pdf:carers.topThree', { name: carerLabel(dossier, carer) }) },
      { kind: 'list', items: top.map(own), numbered: true },
    ]
  })
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
