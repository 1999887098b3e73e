import type { DocBlock } from '../document'
import { own, text } from '../text'
import { filled, type StepDescriptor } from './step'

export const priorities: StepDescriptor = {
  key: 'priorities',
  section: 'priorities',
  applies: () => true,
  answered: ({ priorities: answers }) => answers.ranked.length > 0,
  check: ({ priorities: answers }) => [
    {
      key: 'priorities',
      heading: text('flow:steps.priorities'),
      changeTo: { step: 'priorities', part: 0 },
      rows: [{ key: 'ranked', label: text('flow:check.top'), value: answers.ranked.length ? answers.ranked.map((item) => own(item.text)) : null }],
    },
  ],
  plan: [
    {
      // The top three are on page 1; the rest come after what matters.
      section: 'morePriorities',
      order: 1,
      blocks: ({ priorities: answers }): DocBlock[] => {
        const more = answers.ranked
          .slice(3)
          .map((item) => item.text)
          .filter(filled)
        if (more.length === 0) return []
        return [
          { kind: 'heading', level: 3, text: text('pdf:morePriorities') },
          { kind: 'list', items: more.map(own), numbered: false },
        ]
      },
    },
  ],
  reportOrder: 1,
  report: ({ priorities: answers }) =>
    answers.ranked
      .filter((priority) => filled(priority.text))
      .map((priority) => ({ id: `priority:${priority.id}`, label: text('after:report.itemPriority', { text: own(priority.text) }) })),
}
