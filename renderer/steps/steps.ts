import type { Dossier, LifeAreaKey } from '../../electron/contract'

export const stepKeys = [
  'who',
  'conversation',
  'situation',
  'day',
  'matters',
  'network',
  'carer',
  'priorities',
  'questions',
  'check',
] as const
export type StepKey = (typeof stepKeys)[number]

/** The life areas in the order the law's investigation and the plan use. */
export const areaOrder = [
  'household',
  'personalCare',
  'mobility',
  'housing',
  'social',
  'daytime',
  'money',
  'health',
  'caring',
] as const satisfies readonly LifeAreaKey[]
type MissingArea = Exclude<LifeAreaKey, (typeof areaOrder)[number]>
const everyAreaListed: [MissingArea] extends [never] ? true : false = true
void everyAreaListed

/** The carer's own page (and the life area "caring") only appear when the person cares for someone. */
export function isCarer(dossier: Dossier): boolean {
  return dossier.subject.forWhom === 'relative'
}

export function stepsFor(dossier: Dossier): StepKey[] {
  return stepKeys.filter((key) => key !== 'carer' || isCarer(dossier))
}

export function areasOffered(dossier: Dossier): LifeAreaKey[] {
  return areaOrder.filter((area) => area !== 'caring' || isCarer(dossier))
}

/** The chosen areas, in the standard order, that are still offered. */
export function chosenAreas(dossier: Dossier): LifeAreaKey[] {
  const offered = areasOffered(dossier)
  return offered.filter((area) => dossier.situation.selectedAreas.includes(area))
}

/** Where the person is: a step, and within "situation" the page (0 = choosing, then one per area). */
export interface Position {
  step: StepKey
  part: number
}

export function partsOf(step: StepKey, dossier: Dossier): number {
  return step === 'situation' ? 1 + chosenAreas(dossier).length : 1
}

export function nextPosition(position: Position, dossier: Dossier): Position | null {
  if (position.part + 1 < partsOf(position.step, dossier)) return { step: position.step, part: position.part + 1 }
  const steps = stepsFor(dossier)
  const next = steps[steps.indexOf(position.step) + 1]
  return next ? { step: next, part: 0 } : null
}

export function previousPosition(position: Position, dossier: Dossier): Position | null {
  if (position.part > 0) return { step: position.step, part: position.part - 1 }
  const steps = stepsFor(dossier)
  const previous = steps[steps.indexOf(position.step) - 1]
  return previous ? { step: previous, part: partsOf(previous, dossier) - 1 } : null
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}
