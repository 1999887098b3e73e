import { voiced } from '../plan/voice'
import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { join, own, text, type Text } from '../text'
import { filled, hasText, type StepDescriptor } from './step'

type Helper = Dossier['network']['helpers'][number]

const canContinueText = (value: NonNullable<Helper['canContinue']>): Text =>
  text(`flow:network.canContinue${{ yes: 'Yes', forNow: 'ForNow', no: 'No' }[value]}`)

/** "Karim (zoon) boodschappen elke zaterdag – Ja": a helper on one line of the check page. */
const helperSummary = (helper: Helper): Text =>
  join(
    [
      own(helper.name),
      filled(helper.relation) && own(`(${helper.relation})`),
      own(helper.helpsWith),
      own(helper.frequency),
      helper.canContinue && join([own('–'), canContinueText(helper.canContinue)], ' '),
    ],
    ' ',
  )

/** A helper in the plan, one line per fact. */
const helperLines = (helper: Helper): Text =>
  join([
    filled(helper.relation) ? text('pdf:sections.helperLine', { name: own(helper.name), relation: own(helper.relation) }) : own(helper.name),
    filled(helper.helpsWith) && text('pdf:sections.helperWith', { text: own(helper.helpsWith) }),
    filled(helper.frequency) && text('pdf:sections.helperFrequency', { text: own(helper.frequency) }),
    helper.canContinue && text('pdf:sections.helperContinue', { text: canContinueText(helper.canContinue) }),
  ])

const helpersNamed = (dossier: Dossier) => dossier.network.helpers.filter((helper) => filled(helper.name) || filled(helper.helpsWith))

const contributionNowText = (value: NonNullable<Dossier['network']['contributionNow']>): Text =>
  text(`flow:network.contribution${{ yes: 'Yes', no: 'No', unsure: 'Unsure' }[value]}`)

/** A field of the plan, only when filled in (the topic itself says "(niet ingevuld)" when all are empty). */
const fieldIf = (label: string, value: string): DocBlock[] => (filled(value) ? [{ kind: 'field', label: text(label), value: own(value) }] : [])

/**
 * Who helps, on two pages: the people and organisations around the person (lid 4 onder c and e),
 * then the care they already get and the costs (lid 4 onder f and g). Care providers and the
 * contribution sit here because they are the rest of "who helps, and at what cost": the care the
 * municipality must work together with, next to the network it must weigh.
 */
export const network: StepDescriptor = {
  key: 'network',
  section: 'network',
  applies: () => true,
  answered: ({ network: answers }) =>
    answers.helpers.length > 0 ||
    answers.contributionNow !== null ||
    hasText(
      answers.generalServices,
      answers.whyNotEnough,
      answers.insurer,
      answers.gp,
      answers.homeNursing,
      answers.otherCare,
      answers.coordination,
      answers.costWorries,
    ),
  parts: () => 2,
  heading: (_dossier, part) => text(part === 1 ? 'flow:network.careHeading' : 'flow:network.heading'),
  check: ({ network: answers }) => [
    {
      key: 'network',
      heading: text('flow:steps.network'),
      changeTo: { step: 'network', part: 0 },
      rows: [
        { key: 'helpers', label: text('flow:check.helpers'), value: answers.helpers.length ? answers.helpers.map(helperSummary) : null },
        { key: 'generalServices', label: text('flow:network.generalServices'), value: own(answers.generalServices) },
        { key: 'whyNotEnough', label: text('flow:network.whyNotEnough'), value: own(answers.whyNotEnough) },
      ],
    },
    {
      key: 'care',
      heading: text('flow:network.careHeading'),
      changeTo: { step: 'network', part: 1 },
      rows: [
        { key: 'insurer', label: text('flow:network.insurer'), value: own(answers.insurer) },
        { key: 'gp', label: text('flow:network.gp'), value: own(answers.gp) },
        { key: 'homeNursing', label: text('flow:network.homeNursing'), value: own(answers.homeNursing) },
        { key: 'otherCare', label: text('flow:network.otherCare'), value: own(answers.otherCare) },
        { key: 'coordination', label: text('flow:network.coordination'), value: own(answers.coordination) },
        { key: 'contributionNow', label: text('flow:network.contributionNow'), value: answers.contributionNow && contributionNowText(answers.contributionNow) },
        { key: 'costWorries', label: text('flow:network.costWorries'), value: own(answers.costWorries) },
      ],
    },
  ],
  plan: [
    {
      // (c) the people who help, before who helps per area (situation) and why it is not enough.
      section: 'network',
      order: 1,
      blocks: (dossier) => {
        const helpers = helpersNamed(dossier)
        if (helpers.length === 0) return []
        return [
          { kind: 'heading', level: 3, text: text('pdf:sections.helpers') },
          { kind: 'list', numbered: false, items: helpers.map(helperLines) },
        ]
      },
    },
    {
      section: 'network',
      order: 3,
      blocks: ({ network: answers }): DocBlock[] =>
        filled(answers.whyNotEnough) ? [{ kind: 'field', label: text('pdf:sections.whyNotEnough'), value: own(answers.whyNotEnough) }] : [],
    },
    {
      // (e) general services the person already uses.
      section: 'services',
      order: 1,
      blocks: ({ network: answers }): DocBlock[] => (filled(answers.generalServices) ? [{ kind: 'paragraph', text: own(answers.generalServices) }] : []),
    },
    {
      // (f) the care the person already gets, and what the municipality must coordinate with it.
      section: 'care',
      order: 1,
      blocks: ({ network: answers }): DocBlock[] => [
        ...fieldIf('pdf:sections.insurer', answers.insurer),
        ...fieldIf('pdf:sections.gp', answers.gp),
        ...fieldIf('pdf:sections.homeNursing', answers.homeNursing),
        ...fieldIf('pdf:sections.otherCare', answers.otherCare),
        ...fieldIf('pdf:sections.coordination', answers.coordination),
      ],
    },
    {
      // (g) the contribution: what the person pays now, and what they want to say about the costs.
      section: 'contribution',
      order: 1,
      blocks: (dossier): DocBlock[] => [
        ...(dossier.network.contributionNow
          ? [{ kind: 'field' as const, label: voiced(dossier, 'pdf:sections.contributionNow'), value: contributionNowText(dossier.network.contributionNow) }]
          : []),
        ...(filled(dossier.network.costWorries)
          ? [{ kind: 'field' as const, label: voiced(dossier, 'pdf:sections.costWorries'), value: own(dossier.network.costWorries) }]
          : []),
      ],
    },
  ],
  reportOrder: 4,
  report: ({ network: answers }) => (filled(answers.whyNotEnough) ? [{ id: 'network', label: text('after:report.itemNetwork') }] : []),
}
