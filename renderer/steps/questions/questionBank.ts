import { resources } from '../../../locales/resources'

/** The question bank's topics and question ids, in the order of locales/nl/questions.json. */
export const questionTopics = Object.entries(resources.nl.questions.topics).map(([topic, { items }]) => ({
  topic,
  ids: Object.keys(items),
}))

const bankIds = new Set(questionTopics.flatMap((topic) => topic.ids))
const topicOf = new Map(questionTopics.flatMap(({ topic, ids }) => ids.map((id) => [id, topic] as const)))

export function isBankQuestion(id: string): boolean {
  return bankIds.has(id)
}

/** The i18n key of a bank question's text. */
export function bankQuestionKey(id: string): string {
  return `topics.${topicOf.get(id) ?? ''}.items.${id}`
}
