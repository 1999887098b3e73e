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

export const network: StepDescriptor = {
  key: 'network',
  section: 'network',
  applies: () => true,
  answered: ({ network: answers }) => answers.helpers.length > 0 || hasText(answers.generalServices, answers.whyNotEnough),
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
  ],
  reportOrder: 4,
  report: ({ network: answers }) => (filled(answers.whyNotEnough) ? [{ id: 'network', label: text('after:report.itemNetwork') }] : []),
}
