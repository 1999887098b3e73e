import type { DocBlock } from '../document'
import { isCarer } from '../lifeAreas'
import { count, lower, own, text } from '../text'
import { hasText, type StepDescriptor } from './step'

const notAnswered = text('pdf:notAnswered')

export const carer: StepDescriptor = {
  key: 'carer',
  section: 'carer',
  applies: isCarer,
  answered: ({ carer: answers }) => answers.hoursPerWeek !== null || answers.burden !== null || hasText(answers.relief),
  check: ({ carer: answers }) => [
    {
      key: 'carer',
      heading: text('flow:steps.carer'),
      changeTo: { step: 'carer', part: 0 },
      rows: [
        { key: 'hours', label: text('flow:check.hours'), value: answers.hoursPerWeek === null ? null : count(answers.hoursPerWeek) },
        { key: 'burden', label: text('flow:check.burden'), value: answers.burden ? text(`flow:carer.burdenScale.${answers.burden}`) : null },
        { key: 'relief', label: text('flow:carer.relief'), value: own(answers.relief) },
      ],
    },
  ],
  plan: [
    {
      // (d) the carer's own need for support; always shown to a carer, filled in or not.
      section: 'carer',
      order: 1,
      blocks: ({ carer: answers }): DocBlock[] => [
        { kind: 'field', label: text('pdf:sections.hours'), value: answers.hoursPerWeek === null ? own('') : count(answers.hoursPerWeek), empty: notAnswered },
        {
          kind: 'field',
          label: text('pdf:sections.burden'),
          value: answers.burden ? text(`flow:carer.burdenScale.${answers.burden}`) : own(''),
          empty: notAnswered,
        },
        { kind: 'field', label: text('pdf:sections.relief'), value: own(answers.relief), empty: notAnswered },
      ],
    },
  ],
  reportOrder: 3,
  report: ({ carer: answers }) => [
    {
      id: 'carer',
      label:
        answers.hoursPerWeek !== null && answers.burden !== null
          ? text('after:report.itemCarer', { hours: count(answers.hoursPerWeek), burden: lower(text(`flow:carer.burdenScale.${answers.burden}`)) })
          : text('after:report.itemCarerPlain'),
    },
  ],
}
