import { chosenQuestions } from '../questions'
import { text } from '../text'
import type { StepDescriptor } from './step'

export const questions: StepDescriptor = {
  key: 'questions',
  section: 'questions',
  applies: () => true,
  answered: ({ questions: answers }) => answers.selected.length > 0,
  check: ({ questions: answers }) => {
    const chosen = chosenQuestions(answers)
    return [
      {
        key: 'questions',
        heading: text('flow:steps.questions'),
        changeTo: { step: 'questions', part: 0 },
        rows: [{ key: 'selected', label: text('flow:check.questions'), value: chosen.length ? chosen : null }],
      },
    ]
  },
}
