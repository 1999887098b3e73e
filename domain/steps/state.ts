import type { Dossier } from '../dossier/schema'
import { stepsFor } from './index'
import type { StepDescriptor, StepKey } from './step'

/**
 * The state of a step in the task list, as GOV.UK's task list shows it:
 * - done ("klaar"): the person said so, with the tick at the end of the step. Nothing is required,
 *   so only the person can tell that a step is finished; an answer alone does not make it done.
 * - inProgress ("bezig"): something is filled in (the step's `answered`), not yet called done.
 * - notStarted ("niet begonnen"): nothing filled in, not called done.
 */
export type StepState = 'notStarted' | 'inProgress' | 'done'

export function stepState(step: StepDescriptor, dossier: Dossier): StepState {
  if (isMarkedDone(step.key, dossier)) return 'done'
  return step.answered?.(dossier) ? 'inProgress' : 'notStarted'
}

export function isMarkedDone(key: StepKey, dossier: Dossier): boolean {
  return dossier.flow.done.includes(key)
}

/** The list of done steps with `key` marked done or not, in the registry's order. */
export function withDone(dossier: Dossier, key: StepKey, done: boolean): string[] {
  const rest = dossier.flow.done.filter((item) => item !== key)
  return done ? [...rest, key] : rest
}

/** Every step offered for this dossier, with its state, in order. */
export function taskList(dossier: Dossier): { key: StepKey; state: StepState }[] {
  return stepsFor(dossier).map((step) => ({ key: step.key, state: stepState(step, dossier) }))
}
