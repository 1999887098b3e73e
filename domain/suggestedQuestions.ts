import type { Dossier, LifeAreaKey } from './dossier/schema'
import { computeTimeline } from './deadlines/timeline'
import { chosenAreas, isCarer } from './lifeAreas'
import { isBankQuestion } from './questions'

/** At least this many questions are suggested, at most the other number. */
export const SUGGESTED_MIN = 5
export const SUGGESTED_MAX = 8

/** The questions each life area makes likely, most telling first. */
const byArea: Record<LifeAreaKey, string[]> = {
  household: ['support01', 'provider01'],
  personalCare: ['provider02', 'provider05'],
  mobility: ['support02', 'costs07'],
  housing: ['support02', 'support08'],
  social: ['support03', 'provider06'],
  daytime: ['support06', 'costs07'],
  money: ['costs01', 'costs08'],
  health: ['support08', 'procedure07'],
  caring: ['support05', 'support04'],
}

/** What everyone does well to ask, in order, to fill up to the minimum. */
const general = ['procedure02', 'procedure05', 'report01', 'costs01', 'timeline01', 'procedure08']

/**
 * Five to eight questions from the bank that fit this person: first what their situation points
 * at (help that cannot go on, no client support yet, a talk after the investigation's last day,
 * an area where nothing works any more), then the questions of their chosen life areas, then questions
 * everyone does well to ask. Questions already chosen are suggested all the same: the page shows
 * them ticked.
 */
export function suggestedQuestions(dossier: Dossier): string[] {
  const picked: string[] = []
  const add = (...ids: string[]) => {
    for (const id of ids) if (!picked.includes(id) && isBankQuestion(id)) picked.push(id)
  }
  const areas = chosenAreas(dossier)

  // The help there is now cannot go on: what happens then, and can the carer get help?
  if (dossier.network.helpers.some((helper) => helper.canContinue === 'no' || helper.canContinue === 'forNow')) add('support04')
  if (isCarer(dossier)) add('support05')
  if (dossier.conversation.clientSupport !== 'yes') add('procedure04')
  const { investigation } = computeTimeline({ meldingDate: dossier.conversation.meldingDate })
  if (investigation && dossier.conversation.talkDate && dossier.conversation.talkDate > investigation.date) add('timeline03')
  // Areas where it goes worst first (5 "lukt niet" … 1 "gaat goed"): most needs asking there.
  const rating = (area: LifeAreaKey) => dossier.situation.areas[area]?.rating ?? 0
  const ordered = [...areas].sort((a, b) => rating(b) - rating(a))
  // Something does not work at all: help may be needed before the decision (Wmo 2015 art. 2.3.3).
  if (ordered.some((area) => rating(area) === 5)) add('timeline07')
  // One question per area first, so that every chosen area is heard, then the second ones.
  for (const round of [0, 1]) for (const area of ordered) add(...byArea[area].slice(round, round + 1))
  for (const id of general) {
    if (picked.length >= SUGGESTED_MIN) break
    add(id)
  }
  return picked.slice(0, SUGGESTED_MAX)
}
