import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { displayName, preparedByAnother } from '../dossier/names'
import { municipalityName } from '../municipalities'
import { chosenQuestions } from '../questions'
import { planSectionKeys, stepsFor, type PlanSectionKey } from '../steps'
import { filled } from '../steps/step'
import { calendarDate, join, own, text, type Text } from '../text'

export type PlanVariant = 'full' | 'summary'

/** How many questions page 1 shows unless told otherwise. */
export const SUMMARY_QUESTIONS = 5

export interface PlanContentOptions {
  variant: PlanVariant
  /** How many questions page 1 shows; the rest are on the conversation sheet. */
  summaryQuestions?: number
  /** The page the conversation sheet starts on, once the layout knows it ("zie pagina 7"). */
  sheetPage?: number
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
  const blocks = summaryBlocks(dossier, options)
  if (options.variant === 'summary') return blocks
  return [...blocks, { kind: 'pageBreak' }, ...bodyBlocks(dossier), ...sessionNoteBlocks(dossier), { kind: 'pageBreak' }, ...sheetBlocks(dossier)]
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
  blocks.push(...supportBlocks(dossier))
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

  blocks.push({ kind: 'heading', level: 2, text: text('pdf:topQuestions') })
  const chosen = chosenQuestions(dossier.questions)
  const shown = options.summaryQuestions ?? SUMMARY_QUESTIONS
  if (chosen.length === 0) blocks.push({ kind: 'paragraph', text: text('pdf:noQuestions') })
  else {
    blocks.push({ kind: 'list', items: chosen.slice(0, shown), numbered: true })
    // Never dropped silently: the summary says how many more there are, and where.
    const more = chosen.length - shown
    if (more > 0 && options.variant === 'summary') blocks.push({ kind: 'note', text: text('pdf:moreQuestionsInPlan', { count: more }) })
    else if (more > 0 && options.sheetPage) blocks.push({ kind: 'note', text: text('pdf:moreQuestionsOnPage', { count: more, page: options.sheetPage }) })
    else if (more > 0) blocks.push({ kind: 'note', text: text('pdf:moreQuestionsOnSheet', { count: more }) })
  }
  return blocks
}

/** "Opgesteld met ondersteuning van …", with how to reach them: only when the person chose so (desk.supportedBy). */
export function supportBlocks(dossier: Dossier): DocBlock[] {
  const advocate = dossier.desk.supportedBy
  const who = advocate && [advocate.name, advocate.organisation].filter(filled).join(', ')
  if (!advocate || !filled(who ?? '')) return []
  const phone = filled(advocate.phone) ? text('pdf:supportedByPhone', { phone: own(advocate.phone) }) : null
  return [{ kind: 'paragraph', text: join([text('pdf:supportedBy', { who: own(who ?? '') }), phone], ' ') }]
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
