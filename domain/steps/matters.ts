import type { DocBlock } from '../document'
import { own, text } from '../text'
import { voiced } from '../plan/voice'
import { filled, hasText, type StepDescriptor } from './step'

export const matters: StepDescriptor = {
  key: 'matters',
  section: 'matters',
  applies: () => true,
  answered: ({ matters: answers }) => hasText(answers.keepDoing, answers.energy, answers.doNotWant),
  check: ({ matters: answers }) => [
    {
      key: 'matters',
      heading: text('flow:steps.matters'),
      changeTo: { step: 'matters', part: 0 },
      rows: (['keepDoing', 'energy', 'doNotWant'] as const).map((question) => ({
        key: question,
        label: text(`flow:matters.${question}`),
        value: own(answers[question]),
      })),
    },
  ],
  plan: [
    {
      section: 'matters',
      order: 1,
      blocks: (dossier) => {
        const answers = dossier.matters
        return [
          ...(['keepDoing', 'energy'] as const)
            .filter((part) => filled(answers[part]))
            .map((part): DocBlock => ({ kind: 'field', label: voiced(dossier, `pdf:mattersParts.${part}`), value: own(answers[part]) })),
          ...(filled(answers.doNotWant) ? [{ kind: 'field' as const, label: voiced(dossier, 'pdf:sections.doNotWant'), value: own(answers.doNotWant) }] : []),
        ]
      },
    },
  ],
  reportOrder: 5,
  report: ({ matters: answers }) =>
    filled(answers.doNotWant) ? [{ id: 'doNotWant', label: text('after:report.itemDoNotWant', { text: own(answers.doNotWant) }) }] : [],
}
