import type { DocBlock } from '../document'
import type { Dossier, SectionName } from '../dossier/schema'
import type { Text } from '../text'

export const stepKeys = ['who', 'conversation', 'situation', 'day', 'matters', 'network', 'carer', 'priorities', 'questions', 'check'] as const
export type StepKey = (typeof stepKeys)[number]

/** Where the person is: a step, and within a step of several pages (situation) the page. */
export interface Position {
  step: StepKey
  part: number
}

/** One answer on the check page: a label and what was filled in (a list, or nothing yet). */
export interface CheckRow {
  key: string
  label: Text
  value: Text | readonly Text[] | null
}

/** One block of the check page, with the page its "change" link goes to. */
export interface CheckSection {
  key: string
  heading: Text
  changeTo: Position
  rows: CheckRow[]
}

/**
 * The topics of the plan's body, in the order of what the investigation must look at (Wmo 2015
 * art. 2.3.2 lid 4, a to g: needs, own strength, network, the carer, general services, care
 * providers, the contribution), then the ratings, an ordinary day and what matters.
 */
export const planSectionKeys = ['needs', 'self', 'network', 'carer', 'services', 'care', 'contribution', 'ratings', 'day', 'matters', 'morePriorities'] as const
export type PlanSectionKey = (typeof planSectionKeys)[number]

/** What a step puts in one topic of the plan; `order` places it among other steps' parts there. */
export interface PlanPart {
  section: PlanSectionKey
  order: number
  blocks: (dossier: Dossier) => DocBlock[]
}

/** A point of the person's preparation to look for in the municipality's report. */
export interface ReportItem {
  /** Stored with the person's answer: 'priority:<id>', 'area:<life area>', 'carer', 'network', 'doNotWant'. */
  id: string
  label: Text
}

/**
 * Everything the app knows about one step of the preparation, in one place: the page switch, the
 * check page, progress, the plan, the summary and the letter all read this, so they agree.
 * Its page (a React component) is registered beside it in renderer/steps/pages.ts.
 */
export interface StepDescriptor {
  key: StepKey
  /** The part of the dossier this step fills in (the check page fills in none). */
  section: SectionName | null
  /** Whether the step is offered for this dossier (the carer's page only to a carer). */
  applies: (dossier: Dossier) => boolean
  /** Whether anything is filled in (nothing is required: answered means started); absent: not counted. */
  answered?: (dossier: Dossier) => boolean
  /** How many pages the step has (situation: choosing, then one per chosen life area). */
  parts?: (dossier: Dossier) => number
  /** The heading of page `part`; by default "flow:<key>.heading". */
  heading?: (dossier: Dossier, part: number) => Text
  /** Its rows on the check page. */
  check?: (dossier: Dossier) => CheckSection[]
  /** What it puts in the plan's body. */
  plan?: readonly PlanPart[]
  /** The points of it to look for in the report. */
  report?: (dossier: Dossier) => ReportItem[]
  /** Where its report points come in the list (lower first). */
  reportOrder?: number
}

/** Whether free text holds anything. */
export const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''
export const hasText = (...values: string[]) => values.some(filled)
