import type { Dossier } from '../../contract/dossier'

const hasText = (...values: string[]) => values.some((value) => value.trim() !== '')

/**
 * The steps of the preparation and whether each has an answer. A step counts as answered as soon
 * as anything in it is filled in: nothing is required, so "answered" means "started".
 */
export function stepsAnswered(dossier: Dossier): boolean[] {
  const { subject, conversation, situation, day, matters, network, carer, priorities, questions } =
    dossier
  const steps = [
    subject.forWhom !== null || hasText(subject.firstName, subject.surname),
    conversation.municipalityCode !== '' ||
      hasText(conversation.meldingDate, conversation.talkDate, conversation.place) ||
      conversation.clientSupport !== null,
    situation.selectedAreas.length > 0,
    hasText(day.morning, day.afternoon, day.evening, day.night),
    hasText(matters.keepDoing, matters.energy, matters.doNotWant),
    network.helpers.length > 0 || hasText(network.generalServices, network.whyNotEnough),
    priorities.ranked.length > 0,
    questions.selected.length > 0,
  ]
  if (subject.forWhom === 'relative') {
    steps.push(carer.hoursPerWeek !== null || carer.burden !== null || hasText(carer.relief))
  }
  return steps
}

export function progressOf(dossier: Dossier): { answered: number; total: number } {
  const steps = stepsAnswered(dossier)
  return { answered: steps.filter(Boolean).length, total: steps.length }
}
