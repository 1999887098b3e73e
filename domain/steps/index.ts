import type { Dossier } from '../dossier/schema'
import { carer } from './carer'
import { check } from './check'
import { conversation } from './conversation'
import { day } from './day'
import { matters } from './matters'
import { network } from './network'
import { priorities } from './priorities'
import { questions } from './questions'
import { situation } from './situation'
import { stepKeys, type CheckSection, type Position, type ReportItem, type StepDescriptor, type StepKey } from './step'
import { who } from './who'
import { text, type Text } from '../text'

export * from './step'

/** The steps of the preparation, in their order: the one list everything else reads. */
export const steps: readonly StepDescriptor[] = [who, conversation, situation, day, matters, network, carer, priorities, questions, check]

// Every key has exactly one descriptor, in the order of `stepKeys`.
if (steps.map((step) => step.key).join() !== stepKeys.join()) throw new Error('domain/steps: the registry and stepKeys disagree')

export function stepOf(key: StepKey): StepDescriptor {
  const found = steps.find((step) => step.key === key)
  if (!found) throw new Error(`no step ${key}`)
  return found
}

/** The steps offered for this dossier. */
export function stepsFor(dossier: Dossier): StepDescriptor[] {
  return steps.filter((step) => step.applies(dossier))
}

export function partsOf(key: StepKey, dossier: Dossier): number {
  return stepOf(key).parts?.(dossier) ?? 1
}

export function nextPosition(position: Position, dossier: Dossier): Position | null {
  if (position.part + 1 < partsOf(position.step, dossier)) return { step: position.step, part: position.part + 1 }
  const offered = stepsFor(dossier)
  const next = offered[offered.findIndex((step) => step.key === position.step) + 1]
  return next ? { step: next.key, part: 0 } : null
}

export function previousPosition(position: Position, dossier: Dossier): Position | null {
  if (position.part > 0) return { step: position.step, part: position.part - 1 }
  const offered = stepsFor(dossier)
  const previous = offered[offered.findIndex((step) => step.key === position.step) - 1]
  return previous ? { step: previous.key, part: partsOf(previous.key, dossier) - 1 } : null
}

/** A place that exists for this dossier: a step no longer offered, or a page past the last, falls back. */
export function validPosition(position: Position, dossier: Dossier): Position {
  if (!stepsFor(dossier).some((step) => step.key === position.step)) return { step: 'who', part: 0 }
  const last = partsOf(position.step, dossier) - 1
  return position.part > last ? { step: position.step, part: last } : position
}

export function headingOf(position: Position, dossier: Dossier): Text {
  return stepOf(position.step).heading?.(dossier, position.part) ?? text(`flow:${position.step}.heading`)
}

/** The check page: every offered step's answers, in order. */
export function checkSections(dossier: Dossier): CheckSection[] {
  return stepsFor(dossier).flatMap((step) => step.check?.(dossier) ?? [])
}

/** Every point of the person's preparation to look for in the report, in the order they matter. */
export function reportItems(dossier: Dossier): ReportItem[] {
  return stepsFor(dossier)
    .filter((step) => step.report)
    .sort((a, b) => (a.reportOrder ?? 99) - (b.reportOrder ?? 99))
    .flatMap((step) => step.report?.(dossier) ?? [])
}

/** How many of the offered steps have an answer. */
export function progressOf(dossier: Dossier): { answered: number; total: number } {
  const counted = stepsFor(dossier).filter((step) => step.answered)
  return { answered: counted.filter((step) => step.answered?.(dossier)).length, total: counted.length }
}
