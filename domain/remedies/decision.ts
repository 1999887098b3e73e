import type { Dossier } from '../dossier/schema'
import { carersOf } from '../carers'
import { chosenAreas } from '../lifeAreas'
import { filled } from '../steps/step'
import { join, lower, own, text, type Text, type TextValue } from '../text'

/**
 * The decision check: what the person read in the beschikking, held against their own plan.
 *
 * Every finding is a rule of law or of the courts applied to the person's own answers: it says in
 * plain words what stands out (for the screen), what it means as a ground of objection (for the
 * bezwaarschrift, in the first person), and where the rule comes from. The texts live in
 * locales/ under after:decision.findings.<kind>, each with its `source`.
 */

export type FindingKind =
  | 'refused'
  | 'partly'
  | 'priorityMissing'
  | 'priorityPartly'
  | 'resultOnly'
  | 'noHours'
  | 'noTasks'
  | 'leansOnNetwork'
  | 'leansOnNetworkUnknown'
  | 'leansOnSelf'
  | 'planNotUsed'
  | 'noContribution'

/** Findings that are a reason to object, and so go into the bezwaarschrift. */
const grounds: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'refused',
  'partly',
  'priorityMissing',
  'priorityPartly',
  'resultOnly',
  'noHours',
  'noTasks',
  'leansOnNetwork',
  'leansOnSelf',
  'planNotUsed',
])

export interface Finding {
  /** Unique in the list: the kind, with the priority's id where there is one. */
  id: string
  kind: FindingKind
  /** What stands out, said to the person. */
  text: Text
  /** The same as a ground of objection, in the person's own voice; null when it is no ground. */
  ground: Text | null
  /** The article or ruling it rests on. */
  source: Text
}

/** How many of the person's priorities the check asks about: the top three of page 1 of the plan. */
export const TOP_PRIORITIES = 3

/** The priorities the decision is held against: the top of the person's own list, with text. */
export function topPriorities(dossier: Dossier): { id: string; text: string }[] {
  return dossier.priorities.ranked.filter((priority) => filled(priority.text)).slice(0, TOP_PRIORITIES)
}

function finding(kind: FindingKind, values: Record<string, TextValue> = {}, id: string = kind): Finding {
  const key = `after:decision.findings.${kind}`
  return {
    id,
    kind,
    text: text(`${key}.text`, values),
    ground: grounds.has(kind) ? text(`${key}.ground`, values) : null,
    source: text(`${key}.source`),
  }
}

/** What the plan says about help from the network that is not there (enough), in the person's words. */
function networkEvidence(dossier: Dossier): Text | null {
  const parts: Text[] = []
  for (const helper of dossier.network.helpers) {
    if (helper.canContinue !== 'no' && helper.canContinue !== 'forNow') continue
    const name = filled(helper.name) ? helper.name.trim() : filled(helper.relation) ? helper.relation.trim() : ''
    if (name === '') continue
    const answer = text(`flow:network.canContinue${helper.canContinue === 'no' ? 'No' : 'ForNow'}`)
    parts.push(text('after:decision.evidenceHelper', { name: own(name), answer: lower(answer) }))
  }
  if (filled(dossier.network.whyNotEnough)) parts.push(own(dossier.network.whyNotEnough.trim()))
  // Every carer for whom caring is (very) heavy: their own answer counts as evidence too.
  for (const { burden, hoursPerWeek } of carersOf(dossier)) {
    if (burden === null || burden < 4) continue
    parts.push(
      hoursPerWeek !== null
        ? text('after:decision.evidenceCarerHours', { burden: text(`flow:carer.burdenScale.${burden}`), hours: hoursPerWeek })
        : text('after:decision.evidenceCarer', { burden: text(`flow:carer.burdenScale.${burden}`) }),
    )
  }
  return parts.length > 0 ? join(parts, ' ') : null
}

/** Everything that stands out in the decision, in the order a reader would raise it. */
export function decisionFindings(dossier: Dossier): Finding[] {
  const check = dossier.afterTalk.decisionCheck
  const found: Finding[] = []
  const helps = check.outcome === 'granted' || check.outcome === 'partly'

  // Awb 6:7: against a refusal or a partial grant, bezwaar is open.
  if (check.outcome === 'refused') found.push(finding('refused'))
  if (check.outcome === 'partly') found.push(finding('partly'))

  // Wmo 2015 art. 2.3.5 lid 3: the support must be a passende bijdrage; lid 4 onder a: the person's needs.
  for (const priority of topPriorities(dossier)) {
    const answer = check.priorities[priority.id]
    // Quoted inside a sentence: a full stop of its own would be doubled ("‘…volhouden.’.").
    const quoted = own(priority.text.trim().replace(/\.$/, ''))
    if (answer === 'no') found.push(finding('priorityMissing', { priority: quoted }, `priorityMissing:${priority.id}`))
    if (answer === 'partly') found.push(finding('priorityPartly', { priority: quoted }, `priorityPartly:${priority.id}`))
  }

  // CRvB 2019:3364: a decision that names only a result ("een schoon en leefbaar huis"), without
  // hours or tasks, is not concrete enough.
  if (helps) {
    if (filled(check.result) && check.namesHours === 'no') {
      found.push(finding('resultOnly', { result: own(check.result.trim()) }))
    } else {
      if (check.namesHours === 'no') found.push(finding('noHours'))
      if (check.namesTasks === 'no') found.push(finding('noTasks'))
    }
  }

  // Art. 2.3.2 lid 4 onder c; art. 1.1.1: mantelzorg is voluntary and what the network can do must be investigated.
  if (check.leansOnNetwork === 'yes') {
    const evidence = networkEvidence(dossier)
    found.push(evidence ? finding('leansOnNetwork', { evidence }) : finding('leansOnNetworkUnknown'))
  }

  // Art. 2.3.2 lid 4 onder b: what the person can do themselves must be investigated, not assumed.
  if (check.leansOnSelf === 'yes') {
    const areas = chosenAreas(dossier).filter((area) => filled(dossier.situation.areas[area]?.hard))
    if (areas.length > 0)
      found.push(
        finding('leansOnSelf', {
          areas: join(
            areas.map((area) => lower(text(`lifeAreas:areas.${area}.title`))),
            ', ',
          ),
        }),
      )
  }

  // Art. 2.3.2 lid 5: the persoonlijk plan must be involved in the investigation.
  if (check.planHandedIn === 'yes' && check.planUsed === 'no') found.push(finding('planNotUsed'))

  // Art. 2.1.4a, 2.1.4b: what the person will pay should be clear.
  if (helps && !filled(check.contribution)) found.push(finding('noContribution'))

  return found
}

/** The grounds of a bezwaarschrift from the decision check: each with its source. */
export function objectionGrounds(dossier: Dossier): { ground: Text; source: Text }[] {
  return decisionFindings(dossier).flatMap((item) => (item.ground ? [{ ground: item.ground, source: item.source }] : []))
}
