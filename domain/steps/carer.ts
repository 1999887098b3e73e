import { caredForName, carerAnswered, carerLabel, carerName, carersOf, carerTopThree, contingencyAnswered, givesCare, type CarerPart } from '../carers'
import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { chosenAreas } from '../lifeAreas'
import { count, join, lower, own, text, type Text } from '../text'
import { filled, type CheckRow, type StepDescriptor } from './step'

/** Which page of the carer's step: who cares (0), then one page per carer, then their own conversation. */
export type CarerPage = { kind: 'overview' } | { kind: 'carer'; carer: CarerPart; index: number } | { kind: 'conversation' }

export function carerPageOf(dossier: Dossier, part: number): CarerPage {
  const carers = carersOf(dossier)
  const carer = carers[part - 1]
  if (part > 0 && carer) return { kind: 'carer', carer, index: part - 1 }
  return part > 0 && carers.length > 0 ? { kind: 'conversation' } : { kind: 'overview' }
}

/** "Ik, Karim (zoon), zorg ongeveer 20 uur per week voor Ahmed.": the first sentence of a carer's part. */
export function carerVoice(dossier: Dossier, carer: CarerPart): Text {
  const person = caredForName(dossier)
  const named = filled(carerName(dossier, carer))
  const values = { name: carerLabel(dossier, carer), person }
  if (carer.hoursPerWeek === null) return text(named ? 'pdf:carers.iCare' : 'pdf:carers.iCareUnnamed', values)
  return text(named ? 'pdf:carers.iCareHours' : 'pdf:carers.iCareHoursUnnamed', { ...values, hours: count(carer.hoursPerWeek) })
}

const costsOf = (carer: CarerPart): Text =>
  join(
    [
      join(
        carer.costs.map((cost) => text(`pdf:carers.cost.${cost}`)),
        ', ',
      ),
      own(carer.costsText),
    ],
    '. ',
  )

const reliefOf = (dossier: Dossier, carer: CarerPart): Text[] =>
  carer.relief.map((relief) => text(`pdf:carers.reliefValue.${relief}`, { person: caredForName(dossier) }))

export interface CarerRow {
  label: Text
  value: Text
}

/**
 * What the carer tells about their care and its load, in the first person: label and answer,
 * filled ones only. The plan labels each answer in full; the one-page summary ('short') puts
 * short labels beside the answers.
 */
export function carerStoryRows(dossier: Dossier, carer: CarerPart, labels: 'plan' | 'short' = 'plan'): CarerRow[] {
  const rows: CarerRow[] = []
  const label = (key: string) => text(labels === 'short' ? `pdf:carerSummary.rows.${key}` : `pdf:carers.${key}`)
  const add = (key: string, value: Text) => rows.push({ label: label(key), value })
  if (filled(carer.tasks)) add('tasks', own(carer.tasks))
  if (filled(carer.since)) add('since', own(carer.since))
  if (carer.burden !== null) add('burden', text(`flow:carer.burdenScale.${carer.burden}`))
  if (carer.costs.length > 0 || filled(carer.costsText)) add('costs', costsOf(carer))
  if (carer.keepUp !== null) add('keepUp', text(`pdf:carers.keepUpValue.${carer.keepUp}`))
  const relief = reliefOf(dossier, carer)
  if (labels === 'short') {
    if (relief.length > 0 || filled(carer.reliefText)) add('relief', join([join(relief, ', '), own(carer.reliefText)], '. '))
  } else {
    if (relief.length > 0) add('relief', join(relief, ', '))
    if (filled(carer.reliefText)) add(relief.length > 0 ? 'reliefOwn' : 'relief', own(carer.reliefText))
  }
  // The life area "caring" is the preparer's own account of caring: it belongs here, in their voice.
  if (carer.who.kind === 'preparer' && chosenAreas(dossier).includes('caring')) {
    const caring = dossier.situation.areas.caring
    for (const [key, labelKey] of [
      ['hard', 'caringHard'],
      ['self', 'caringSelf'],
      ['help', 'caringHelp'],
      ['wish', 'caringWish'],
    ] as const) {
      if (filled(caring?.[key])) add(labelKey, own(caring[key]))
    }
  }
  return rows
}

/** "Als ik niet meer kan": what the person needs then, who could step in, what must be arranged at once. */
export function carerContingencyRows(dossier: Dossier, carer: CarerPart, labels: 'plan' | 'short' = 'plan'): CarerRow[] {
  const label = (key: string) => text(labels === 'short' ? `pdf:carerSummary.rows.${key}` : `pdf:carers.${key}`, { person: caredForName(dossier) })
  return [
    filled(carer.ifStopped) && { label: label('ifStopped'), value: own(carer.ifStopped) },
    filled(carer.stepIn) && { label: label('stepIn'), value: own(carer.stepIn) },
    filled(carer.atOnce) && { label: label('atOnce'), value: own(carer.atOnce) },
  ].filter((row): row is CarerRow => row !== false)
}

/** The heading over "Als ik niet meer kan", with the carer's name when there is one. */
export function contingencyHeading(dossier: Dossier, carer: CarerPart): Text {
  const name = carerName(dossier, carer)
  return filled(name) ? text('pdf:carers.stopsHeadingNamed', { name: own(name) }) : text('pdf:carers.stopsHeading')
}

const fields = (rows: CarerRow[]): DocBlock[] => rows.map((row) => ({ kind: 'field', label: row.label, value: row.value }))

/** One carer's part in the plan's section (d): their heading, their voice, kept apart from the person's words. */
function carerPlanBlocks(dossier: Dossier, carer: CarerPart): DocBlock[] {
  const heading: DocBlock = { kind: 'heading', level: 3, text: text('pdf:carers.partHeading', { name: carerLabel(dossier, carer) }) }
  const story = carerStoryRows(dossier, carer)
  if (!carerAnswered(carer) && story.length === 0) return [heading, { kind: 'paragraph', text: text('pdf:notAnswered') }]
  const contingency = carerContingencyRows(dossier, carer)
  return [
    heading,
    { kind: 'note', text: text('pdf:carers.voiceNote', { person: caredForName(dossier) }) },
    { kind: 'paragraph', text: carerVoice(dossier, carer) },
    ...fields(story),
    ...(contingency.length > 0
      ? [
          { kind: 'heading' as const, level: 3 as const, text: contingencyHeading(dossier, carer) },
          ...fields(contingency),
          { kind: 'note' as const, text: text('pdf:carers.urgent') },
        ]
      : []),
  ]
}

function carerCheckRows(dossier: Dossier, carer: CarerPart): CheckRow[] {
  const top = carerTopThree(carer)
  const relief = reliefOf(dossier, carer)
  return [
    { key: 'hours', label: text('flow:check.hours'), value: carer.hoursPerWeek === null ? null : count(carer.hoursPerWeek) },
    { key: 'tasks', label: text('flow:carer.tasks'), value: own(carer.tasks) },
    { key: 'since', label: text('flow:carer.since'), value: own(carer.since) },
    { key: 'burden', label: text('flow:check.burden'), value: carer.burden ? text(`flow:carer.burdenScale.${carer.burden}`) : null },
    { key: 'costs', label: text('flow:carer.costs'), value: carer.costs.length || filled(carer.costsText) ? costsOf(carer) : null },
    { key: 'keepUp', label: text('flow:carer.keepUp'), value: carer.keepUp ? text(`flow:carer.keepUpOptions.${carer.keepUp}`) : null },
    { key: 'relief', label: text('flow:carer.relief'), value: join([join(relief, ', '), own(carer.reliefText)]) },
    { key: 'topThree', label: text('flow:carer.topThree'), value: top.length ? top.map(own) : null },
    { key: 'ifStopped', label: text('flow:carer.ifStoppedShort'), value: own(carer.ifStopped) },
    { key: 'stepIn', label: text('flow:carer.stepInShort'), value: own(carer.stepIn) },
    { key: 'atOnce', label: text('flow:carer.atOnceShort'), value: own(carer.atOnce) },
  ]
}

export const carer: StepDescriptor = {
  key: 'carer',
  section: 'carer',
  applies: givesCare,
  answered: (dossier) => carersOf(dossier).some(carerAnswered),
  parts: (dossier) => {
    const carers = carersOf(dossier).length
    return carers === 0 ? 1 : carers + 2
  },
  heading: (dossier, part) => {
    const page = carerPageOf(dossier, part)
    if (page.kind === 'carer')
      return page.carer.who.kind === 'preparer' ? text('flow:carer.ownHeading') : text('flow:carer.partHeading', { name: carerLabel(dossier, page.carer) })
    return text(page.kind === 'conversation' ? 'flow:carer.conversation.heading' : 'flow:carer.heading')
  },
  check: (dossier) => {
    const carers = carersOf(dossier)
    return [
      {
        key: 'carer',
        heading: text('flow:steps.carer'),
        changeTo: { step: 'carer', part: 0 },
        rows: [{ key: 'carers', label: text('flow:check.carers'), value: carers.length ? carers.map((one) => carerLabel(dossier, one)) : null }],
      },
      ...carers.map((one, index) => ({
        key: `carer-${one.id}`,
        heading: text('flow:carer.partHeading', { name: carerLabel(dossier, one) }),
        changeTo: { step: 'carer' as const, part: index + 1 },
        rows: carerCheckRows(dossier, one),
      })),
    ]
  },
  plan: [
    {
      // (d) what the carers need, each in their own voice; the section is there whenever anyone gives care.
      section: 'carer',
      order: 1,
      blocks: (dossier): DocBlock[] => {
        const carers = carersOf(dossier)
        return [
          { kind: 'note', text: text('pdf:carers.voluntary') },
          ...(carers.length === 0 ? [{ kind: 'paragraph' as const, text: text('pdf:carers.none') }] : carers.flatMap((one) => carerPlanBlocks(dossier, one))),
        ]
      },
    },
  ],
  reportOrder: 3,
  report: (dossier) =>
    carersOf(dossier).flatMap((one) => {
      const name = carerName(dossier, one)
      const who = filled(name) ? own(name) : null
      const load =
        one.hoursPerWeek !== null && one.burden !== null
          ? text(who ? 'after:report.itemCarerNamed' : 'after:report.itemCarer', {
              ...(who && { name: who }),
              hours: count(one.hoursPerWeek),
              burden: lower(text(`flow:carer.burdenScale.${one.burden}`)),
            })
          : text(who ? 'after:report.itemCarerNamedPlain' : 'after:report.itemCarerPlain', who ? { name: who } : undefined)
      return [
        { id: `carer:${one.id}`, label: load },
        ...(contingencyAnswered(one)
          ? [{ id: `carerStops:${one.id}`, label: who ? text('after:report.itemCarerStopsNamed', { name: who }) : text('after:report.itemCarerStops') }]
          : []),
      ]
    }),
}
