import { carerLabel, carersOf, carerTopThree } from '../carers'
import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { displayName, preparedByAnother } from '../dossier/names'
import { chosenAreas } from '../lifeAreas'
import { municipalityName } from '../municipalities'
import { chosenQuestions } from '../questions'
import { filled } from '../steps/step'
import { calendarDate, count, join, lower, own, text, type Text } from '../text'
import { voiced, voiceOf } from './voice'

/**
 * Page 1: what a municipal consultant should grasp in thirty seconds. Who this is and what matters
 * most, in one headline; a short paragraph; the top three priorities, never split; the questions;
 * the facts of the conversation; and what the law says about this plan, at body size.
 *
 * It must fit on one page in every print size. `level` says how much to leave out, step by step
 * (fewer questions, fewer facts, a shorter law box); what is left out is said on the page.
 */
export const SUMMARY_LEVELS = 9

export interface SummaryOptions {
  level: number
  /** The full plan has a conversation sheet with every question; the summary alone has not. */
  variant: 'full' | 'summary'
  /** The page the conversation sheet starts on, once the layout knows it ("zie pagina 7"). */
  sheetPage?: number | undefined
}

/** The age in years on the day of the conversation (or today), from the year of birth. */
function ageOf(dossier: Dossier, today: string): number | null {
  const { birthYear } = dossier.subject
  if (birthYear === null) return null
  const year = Number((dossier.conversation.talkDate || today).slice(0, 4))
  const age = year - birthYear
  return age > 0 && age < 130 ? age : null
}

/** How many chosen questions page 1 lists at `level`. */
export function questionsShownAt(level: number): number {
  return cutsAt(Math.min(Math.max(level, 0), SUMMARY_LEVELS - 1)).questions
}

/** What each level leaves out, from everything (0) to the least that still says who and what (8). */
function cutsAt(level: number) {
  return {
    questions: [5, 3, 3, 1, 1, 0, 0, 0, 0][level] ?? 0,
    allFacts: level < 2,
    place: level < 7,
    mainWish: level < 4,
    law: level >= 5 ? 'none' : level >= 4 ? 'short' : 'full',
    fullShort: level < 6,
    writtenBy: level < 8,
    words: level >= 7 ? 15 : level >= 6 ? 30 : 80,
  } as const
}

export function summaryContent(dossier: Dossier, options: SummaryOptions, today: string): DocBlock[] {
  const cuts = cutsAt(Math.min(Math.max(options.level, 0), SUMMARY_LEVELS - 1))
  const { subject, conversation, priorities } = dossier
  const name = displayName(dossier)
  const age = ageOf(dossier, today)
  const leftOut: Text[] = []
  const blocks: DocBlock[] = [{ kind: 'title', text: text('pdf:title') }]

  // Who, and what matters most.
  blocks.push({
    kind: 'headline',
    text: name ? join([own(name), age !== null && text('pdf:page1.age', { age: count(age) })], ' ') : text('pdf:page1.unnamed'),
  })
  const ranked = priorities.ranked.map((item) => item.text).filter(filled)
  const first = ranked[0]
  if (first !== undefined && cuts.mainWish)
    blocks.push({ kind: 'paragraph', emphasis: true, text: voiced(dossier, 'pdf:page1.mainWish', { wish: own(shorten(first, 40)) }) })

  // In het kort.
  blocks.push({ kind: 'heading', level: 2, text: text('pdf:page1.shortHeading') })
  blocks.push({ kind: 'paragraph', text: join(shortSentences(dossier, cuts.fullShort, cuts.writtenBy), ' ') })
  // The advocate who helped, and how to reach them: only when the person chose so.
  blocks.push(...supportBlocks(dossier))

  // The top three, never split.
  blocks.push({ kind: 'heading', level: 2, text: voiced(dossier, 'pdf:topPriorities') })
  if (ranked.length === 0) blocks.push({ kind: 'paragraph', text: voiced(dossier, 'pdf:noPriorities') })
  else {
    const words = cuts.words
    const top = ranked.slice(0, 3)
    if (top.some((item) => shorten(item, words) !== item)) leftOut.push(text('pdf:page1.leftOutLong'))
    blocks.push({ kind: 'list', items: top.map((item) => own(shorten(item, words))), numbered: true, emphasis: true, together: true })
  }
  // Each carer's own three, under the carer's name: a carer's wish must not fall off behind the person's.
  blocks.push(...carerPriorityBlocks(dossier))

  // The questions: all that fit, and never one dropped without saying so.
  const questions = chosenQuestions(dossier.questions)
  const shown = Math.min(questions.length, cuts.questions)
  blocks.push({ kind: 'heading', level: 2, text: voiced(dossier, 'pdf:topQuestions') })
  if (questions.length === 0) blocks.push({ kind: 'paragraph', text: voiced(dossier, 'pdf:noQuestions') })
  else {
    if (shown > 0) blocks.push({ kind: 'list', items: questions.slice(0, shown), numbered: true })
    const more = questions.length - shown
    // Right where they would stand: no question is dropped without saying where it is, and on
    // which page once the layout knows it.
    const where = options.variant === 'summary' ? 'Plan' : options.sheetPage ? 'Page' : 'Sheet'
    const values = { count: more, ...(where === 'Page' && options.sheetPage ? { page: count(options.sheetPage) } : {}) }
    if (more > 0) blocks.push({ kind: 'note', text: text(shown > 0 ? `pdf:page1.moreQuestions${where}` : `pdf:page1.allQuestions${where}`, values) })
  }

  // The facts of the conversation.
  const fact = (label: string, value: Text) => ({ label: text(`pdf:labels.${label}`), value })
  const talk = join([conversation.talkDate ? calendarDate(conversation.talkDate, { weekday: true }) : null, own(conversation.talkTime)], ', ')
  const essential = [
    fact('municipality', own(municipalityName(conversation.municipalityCode) ?? '')),
    fact('talk', talk),
    cuts.place && filled(conversation.place) && fact('place', own(conversation.place)),
  ]
  const more = [
    filled(conversation.meldingDate) && fact('meldingDate', calendarDate(conversation.meldingDate)),
    filled(conversation.professional) && fact('professional', own(conversation.professional)),
    filled(conversation.attendees) && fact('attendees', own(conversation.attendees)),
    (filled(subject.phone) || filled(subject.address)) && fact('contact', join([own(subject.phone), own(subject.address)])),
  ].filter((row) => row !== false)
  const rows = [...essential, ...(cuts.allFacts ? more : [])].filter((row): row is { label: Text; value: Text } => row !== false)
  if ((!cuts.allFacts && more.length > 0) || (!cuts.place && filled(conversation.place))) leftOut.push(text('pdf:page1.leftOutFacts'))
  blocks.push({ kind: 'heading', level: 2, text: text('pdf:page1.factsHeading') })
  blocks.push({ kind: 'facts', rows, empty: text('pdf:notAnswered') })

  // What the law says about this plan.
  if (cuts.law === 'none') leftOut.push(text(options.variant === 'full' ? 'pdf:page1.leftOutLawSheet' : 'pdf:page1.leftOutLawAll'))
  else {
    const law = cuts.law === 'short' ? ['plan', 'report'] : ['plan', 'investigation', 'report', 'support']
    if (cuts.law === 'short') leftOut.push(text(options.variant === 'full' ? 'pdf:page1.leftOutLawSheet' : 'pdf:page1.leftOutLawSome'))
    blocks.push({ kind: 'box', title: text('pdf:page1.lawTitle'), items: law.map((key) => text(`pdf:page1.law.${key}`)) })
  }

  if (leftOut.length > 0) blocks.push({ kind: 'note', text: text('pdf:page1.leftOut', { what: join(leftOut, '; ') }) })
  return blocks
}

/** "In het kort": a few sentences a consultant reads first. */
function shortSentences(dossier: Dossier, full: boolean, writtenBy: boolean): Text[] {
  const { subject, conversation, situation } = dossier
  const sentences: Text[] = []
  // Who wrote it, in one voice (no "ik" followed by "my son wrote this").
  if (!writtenBy) {
    // (Said in the header's name and the facts; left out only when page 1 is full.)
  } else if (preparedByAnother(dossier) && filled(subject.preparerName)) {
    const key = subject.forWhom === 'client' ? 'pdf:page1.writtenByAdvocate' : 'pdf:page1.writtenByRelative'
    sentences.push(voiced(dossier, key, { preparer: own(subject.preparerName.trim()), relation: own(subject.preparerRelation.trim()) }))
  } else if (voiceOf(dossier) === 'self') sentences.push(text('pdf:page1.writtenBySelf'))
  const municipality = municipalityName(conversation.municipalityCode)
  if (municipality && conversation.talkDate)
    sentences.push(text('pdf:page1.talkOn', { municipality: own(municipality), date: calendarDate(conversation.talkDate) }))
  const hard = chosenAreas(dossier).filter((area) => (situation.areas[area]?.rating ?? 0) >= 4)
  const areas = hard.length > 0 ? hard : chosenAreas(dossier)
  if (areas.length > 0 && full) {
    sentences.push(
      voiced(dossier, hard.length > 0 ? 'pdf:page1.hardAreas' : 'pdf:page1.areas', {
        areas: join(
          areas.map((area) => lower(text(`lifeAreas:areas.${area}.title`))),
          ', ',
        ),
      }),
    )
  }
  if (filled(subject.language)) sentences.push(voiced(dossier, 'pdf:page1.language', { language: own(subject.language.trim()) }))
  if (subject.interpreter === 'yes') sentences.push(voiced(dossier, 'pdf:page1.interpreter'))
  if (subject.interpreter === 'unsure') sentences.push(text('pdf:page1.interpreterMaybe'))
  sentences.push(text('pdf:page1.basis'))
  return sentences
}

/** The first `words` words, with "…" when there were more. */
function shorten(value: string, words: number): string {
  const parts = value.trim().split(/\s+/)
  return parts.length <= words ? value.trim() : `${parts.slice(0, words).join(' ')} …`
}

/** "Opgesteld met ondersteuning van …", with how to reach them: only when the person chose so (desk.supportedBy). */
export function supportBlocks(dossier: Dossier): DocBlock[] {
  const advocate = dossier.desk.supportedBy
  const who = advocate && [advocate.name, advocate.organisation].filter(filled).join(', ')
  if (!advocate || !filled(who ?? '')) return []
  const phone = filled(advocate.phone) ? text('pdf:supportedByPhone', { phone: own(advocate.phone) }) : null
  return [{ kind: 'paragraph', text: join([text('pdf:supportedBy', { who: own(who ?? '') }), phone], ' ') }]
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
