import type { TFunction } from 'i18next'
import type { Dossier, LifeAreaKey } from '../../contract/dossier'
import { lifeAreaKeys } from '../../contract/dossier'
import type { Block } from './blocks'

export interface ContentOptions {
  variant: 'full' | 'summary'
  /** Text of a question bank id, in Dutch. */
  questionText: (id: string) => string
  municipalityName: (code: string) => string | undefined
  formatDate: (isoDate: string) => string
  /** How many questions page 1 shows; the rest are on the conversation sheet. */
  summaryQuestions?: number
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== ''

export function displayName(dossier: Dossier): string {
  return [dossier.subject.firstName, dossier.subject.surname].map((part) => part.trim()).filter(Boolean).join(' ')
}

/** Everything the plan says, in the order it says it. The plan is always in Dutch (`t` is fixed to nl). */
export function planBlocks(dossier: Dossier, t: TFunction, options: ContentOptions): Block[] {
  const blocks: Block[] = [...summaryBlocks(dossier, t, options)]
  if (options.variant === 'summary') return blocks
  blocks.push({ kind: 'pageBreak' }, ...bodyBlocks(dossier, t), { kind: 'pageBreak' }, ...sheetBlocks(dossier, t, options))
  return blocks
}

function summaryBlocks(dossier: Dossier, t: TFunction, options: ContentOptions): Block[] {
  const { subject, conversation, priorities, questions } = dossier
  const empty = t('pdf:notAnswered')
  const fact = (label: string, value: string) => ({ label: t(`pdf:labels.${label}`), value })
  const blocks: Block[] = [{ kind: 'title', text: t('pdf:title') }, { kind: 'paragraph', text: t('pdf:intro') }]
  if (subject.forWhom === 'relative' || subject.forWhom === 'client') {
    const preparer = [subject.preparerName, subject.preparerRelation && `(${subject.preparerRelation})`].filter(Boolean).join(' ')
    if (filled(preparer)) blocks.push({ kind: 'paragraph', text: t('pdf:introPreparer', { name: preparer }) })
  }
  blocks.push({ kind: 'note', text: t('pdf:planBasis') })
  const talk = [conversation.talkDate && options.formatDate(conversation.talkDate), conversation.talkTime].filter(Boolean).join(', ')
  const rows = [
    fact('person', displayName(dossier)),
    subject.birthYear !== null && fact('birthYear', String(subject.birthYear)),
    (filled(subject.phone) || filled(subject.address)) && fact('contact', [subject.phone, subject.address].filter(filled).join('\n')),
    fact('municipality', options.municipalityName(conversation.municipalityCode) ?? ''),
    fact('talk', talk),
    filled(conversation.place) && fact('place', conversation.place),
    filled(conversation.meldingDate) && fact('meldingDate', options.formatDate(conversation.meldingDate)),
    filled(conversation.professional) && fact('professional', conversation.professional),
    filled(conversation.attendees) && fact('attendees', conversation.attendees),
    conversation.clientSupport && fact('clientSupport', t(`flow:conversation.${conversation.clientSupport}`)),
  ].filter((row) => row !== false && row !== null)
  blocks.push({ kind: 'facts', rows: rows as { label: string; value: string }[], empty })

  blocks.push({ kind: 'heading', level: 2, text: t('pdf:topPriorities') })
  const ranked = priorities.ranked.map((item) => item.text).filter(filled)
  if (ranked.length === 0) blocks.push({ kind: 'paragraph', text: t('pdf:noPriorities') })
  else blocks.push({ kind: 'list', items: ranked.slice(0, 3), numbered: true, emphasis: true })

  blocks.push({ kind: 'heading', level: 2, text: t('pdf:topQuestions') })
  const chosen = questions.selected.map(options.questionText).filter(filled)
  const shown = options.summaryQuestions ?? 5
  if (chosen.length === 0) blocks.push({ kind: 'paragraph', text: t('pdf:noQuestions') })
  else {
    blocks.push({ kind: 'list', items: chosen.slice(0, shown), numbered: true })
    if (chosen.length > shown && options.variant === 'full') blocks.push({ kind: 'note', text: t('pdf:moreQuestions') })
  }
  return blocks
}

function bodyBlocks(dossier: Dossier, t: TFunction): Block[] {
  const { situation, network, carer, day, matters, subject } = dossier
  const empty = t('pdf:notAnswered')
  const areas = lifeAreaKeys.filter((area) => situation.selectedAreas.includes(area))
  const areaTitle = (area: LifeAreaKey) => t(`lifeAreas:areas.${area}.title`)
  const answers = (area: LifeAreaKey) => situation.areas[area]
  const blocks: Block[] = []
  const section = (key: string, lawKey?: string) => {
    blocks.push({ kind: 'heading', level: 2, text: t(`pdf:sections.${key}`) })
    if (lawKey) blocks.push({ kind: 'note', text: t(`pdf:sections.${lawKey}`) })
  }
  const nothing = () => blocks.push({ kind: 'paragraph', text: empty })

  section('needs', 'needsLaw')
  const needs = areas.filter((area) => filled(answers(area)?.hard) || filled(answers(area)?.wish))
  if (needs.length === 0) nothing()
  for (const area of needs) {
    blocks.push({ kind: 'heading', level: 3, text: areaTitle(area) })
    if (filled(answers(area)?.hard)) blocks.push({ kind: 'field', label: t('pdf:sections.hard'), value: answers(area)?.hard ?? '', empty })
    if (filled(answers(area)?.wish)) blocks.push({ kind: 'field', label: t('pdf:sections.wish'), value: answers(area)?.wish ?? '', empty })
  }

  section('self', 'selfLaw')
  const self = areas.filter((area) => filled(answers(area)?.self))
  if (self.length === 0) nothing()
  for (const area of self) blocks.push({ kind: 'field', label: areaTitle(area), value: answers(area)?.self ?? '', empty })

  section('network', 'networkLaw')
  const helpers = network.helpers.filter((helper) => filled(helper.name) || filled(helper.helpsWith))
  if (helpers.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('pdf:sections.helpers') })
    blocks.push({
      kind: 'list',
      numbered: false,
      items: helpers.map((helper) =>
        [
          filled(helper.relation) ? t('pdf:sections.helperLine', { name: helper.name, relation: helper.relation }) : helper.name,
          filled(helper.helpsWith) && t('pdf:sections.helperWith', { text: helper.helpsWith }),
          filled(helper.frequency) && t('pdf:sections.helperFrequency', { text: helper.frequency }),
          helper.canContinue &&
            t('pdf:sections.helperContinue', {
              text: t(`flow:network.canContinue${{ yes: 'Yes', forNow: 'ForNow', no: 'No' }[helper.canContinue]}`),
            }),
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    })
  }
  const helpedAreas = areas.filter((area) => filled(answers(area)?.help))
  if (helpedAreas.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('pdf:sections.helpNow') })
    for (const area of helpedAreas) blocks.push({ kind: 'field', label: areaTitle(area), value: answers(area)?.help ?? '', empty })
  }
  if (filled(network.whyNotEnough)) blocks.push({ kind: 'field', label: t('pdf:sections.whyNotEnough'), value: network.whyNotEnough, empty })
  if (helpers.length === 0 && helpedAreas.length === 0 && !filled(network.whyNotEnough)) nothing()

  if (subject.forWhom === 'relative') {
    section('carer', 'carerLaw')
    blocks.push(
      { kind: 'field', label: t('pdf:sections.hours'), value: carer.hoursPerWeek === null ? '' : carer.hoursPerWeek.toLocaleString('nl-NL'), empty },
      { kind: 'field', label: t('pdf:sections.burden'), value: carer.burden ? t(`flow:carer.burdenScale.${carer.burden}`) : '', empty },
      { kind: 'field', label: t('pdf:sections.relief'), value: carer.relief, empty },
    )
  }

  section('services', 'servicesLaw')
  if (filled(network.generalServices)) blocks.push({ kind: 'paragraph', text: network.generalServices })
  else nothing()

  section('ratings')
  const rated = areas.filter((area) => answers(area)?.rating)
  if (rated.length === 0) nothing()
  else {
    blocks.push({ kind: 'note', text: t('pdf:sections.ratingsIntro') })
    blocks.push({
      kind: 'chart',
      rows: rated.map((area) => ({ label: `${areaTitle(area)}: ${t(`lifeAreas:scale.${answers(area)?.rating ?? 1}`)}`, rating: answers(area)?.rating ?? 1 })),
      scale: [1, 2, 3, 4, 5].map((step) => t(`lifeAreas:scale.${step}`)),
    })
  }

  section('day')
  const dayParts = (['morning', 'afternoon', 'evening', 'night'] as const).filter((part) => filled(day[part]))
  if (dayParts.length === 0) nothing()
  for (const part of dayParts) blocks.push({ kind: 'field', label: t(`pdf:dayParts.${part}`), value: day[part], empty })

  section('matters')
  const mattersParts = (['keepDoing', 'energy'] as const).filter((part) => filled(matters[part]))
  for (const part of mattersParts) blocks.push({ kind: 'field', label: t(`pdf:mattersParts.${part}`), value: matters[part], empty })
  if (filled(matters.doNotWant)) blocks.push({ kind: 'field', label: t('pdf:sections.doNotWant'), value: matters.doNotWant, empty })
  if (mattersParts.length === 0 && !filled(matters.doNotWant)) nothing()

  const more = dossier.priorities.ranked.slice(3).map((item) => item.text).filter(filled)
  if (more.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('pdf:morePriorities') })
    blocks.push({ kind: 'list', items: more, numbered: false })
  }
  return blocks
}

function sheetBlocks(dossier: Dossier, t: TFunction, options: ContentOptions): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: t('pdf:sheet.title') },
    { kind: 'paragraph', text: t('pdf:sheet.intro') },
  ]
  const chosen = dossier.questions.selected.map(options.questionText).filter(filled)
  chosen.forEach((text, index) => blocks.push({ kind: 'question', number: index + 1, text, noteLines: 3 }))
  blocks.push({
    kind: 'box',
    title: t('pdf:rights.title'),
    items: ['clientSupport', 'plan', 'investigation', 'report', 'pgb', 'decision', 'objection', 'deadlines'].map((key) => t(`pdf:rights.${key}`)),
  })
  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'title', text: t('pdf:sheet.notesTitle') },
    { kind: 'paragraph', text: t('pdf:sheet.notesIntro') },
    { kind: 'ruled', label: t('pdf:sheet.agreed'), lines: 8 },
    { kind: 'ruled', label: t('pdf:sheet.nextSteps'), lines: 5 },
    { kind: 'ruled', label: t('pdf:sheet.contact'), lines: 2 },
  )
  return blocks
}
