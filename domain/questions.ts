import bank from '../locales/nl/questions.json' with { type: 'json' }
import type { Dossier } from './dossier/schema'
import { own, text, type Text } from './text'

/**
 * The question bank: its topics and question ids, in the order of locales/nl/questions.json (the
 * Dutch file is the source of which questions exist; every language translates the same ids).
 */
export const questionTopics = Object.entries(bank.topics).map(([topic, { items }]) => ({
  topic,
  ids: Object.keys(items),
}))

const topicOf = new Map(questionTopics.flatMap(({ topic, ids }) => ids.map((id) => [id, topic] as const)))

export function isBankQuestion(id: string): boolean {
  return topicOf.has(id)
}

/** The i18n key of a bank question's text (in the namespace "questions"). */
export function bankQuestionKey(id: string): string {
  return `topics.${topicOf.get(id) ?? ''}.items.${id}`
}

/** A chosen question as text: from the bank, or the person's own words. */
export function questionText(questions: Dossier['questions'], id: string): Text {
  if (isBankQuestion(id)) return text(`questions:${bankQuestionKey(id)}`)
  return own(questions.own.find((question) => question.id === id)?.text ?? '')
}

/** The chosen questions in the person's order, leaving out any whose text is gone. */
export function chosenQuestions(questions: Dossier['questions']): Text[] {
  return questions.selected.map((id) => questionText(questions, id)).filter((question) => !('own' in question) || question.own.trim() !== '')
}
