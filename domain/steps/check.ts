import type { StepDescriptor } from './step'

/** "Controleer je antwoorden": it fills in nothing, and is not counted as a step to answer. */
export const check: StepDescriptor = {
  key: 'check',
  section: null,
  applies: () => true,
}
