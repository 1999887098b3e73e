import type { DocBlock } from '../document'
import { own, text } from '../text'
import { filled, hasText, type StepDescriptor } from './step'

const dayParts = ['morning', 'afternoon', 'evening', 'night'] as const

export const day: StepDescriptor = {
  key: 'day',
  section: 'day',
  applies: () => true,
  answered: ({ day: parts }) => hasText(parts.morning, parts.afternoon, parts.evening, parts.night),
  check: ({ day: parts }) => [
    {
      key: 'day',
      heading: text('flow:steps.day'),
      changeTo: { step: 'day', part: 0 },
      rows: dayParts.map((part) => ({ key: part, label: text(`flow:day.${part}`), value: own(parts[part]) })),
    },
  ],
  plan: [
    {
      section: 'day',
      order: 1,
      blocks: ({ day: parts }) =>
        dayParts
          .filter((part) => filled(parts[part]))
          .map((part): DocBlock => ({ kind: 'field', label: text(`pdf:dayParts.${part}`), value: own(parts[part]) })),
    },
  ],
}
