import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { useAnnounce } from '../../app/Announcer'
import { SortableList } from '../../fields/SortableList'
import { sortableLabels } from '../../fields/sortableLabels'
import { Explain, type GlossaryKey } from '../../fields/Explain'
import { newId } from '../../../domain/ids'
import { bankQuestionKey, questionText, questionTopics } from '../../../domain/questions'
import { suggestedQuestions } from '../../../domain/suggestedQuestions'
import { useWords } from '../../app/words'
import { Button } from '../../kit/Button'
import { Checkboxes } from '../../kit/Checkboxes'
import { Details } from '../../kit/Details'
import { inputClass } from '../../kit/Field'
import { Radios } from '../../kit/Radios'

type Questions = Dossier['questions']

/** The jargon each topic's questions use, explained right there. */
const termsByTopic: Record<string, GlossaryKey[]> = {
  procedure: ['onderzoek', 'wmoConsulent'],
  support: ['maatwerkvoorziening', 'algemeneVoorziening'],
  costs: ['eigenBijdrage', 'cak'],
  pgb: ['pgb', 'zorgInNatura'],
  report: ['verslag'],
  timeline: ['aanvraag', 'beschikking'],
  objection: ['bezwaar', 'beroep'],
}

/** The text of a chosen question: from the bank (in the app's language) or as the person typed it. */
function useQuestionText(questions: Questions): (id: string) => string {
  const { read } = useWords()
  return (id) => read(questionText(questions, id))
}

/**
 * The questions page, sized for a person: their own question first, then five to eight questions
 * suggested from their situation (domain/suggestedQuestions.ts), the rest of the bank folded away
 * by topic, and the chosen ones in the order the person gives them.
 */
export function QuestionsStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Questions>) => void }) {
  const { t } = useTranslation(['flow', 'questions'])
  const announce = useAnnounce()
  const { selected, own } = dossier.questions
  const textOf = useQuestionText(dossier.questions)
  const [ownText, setOwnText] = useState('')
  const [ownPlace, setOwnPlace] = useState<'top' | 'bottom'>('top')
  const ownId = useId()
  const chosen = new Set(selected)
  const selectedItems = selected.map((id) => ({ id }))
  const suggested = suggestedQuestions(dossier)
  const optionOf = (id: string) => ({ value: id, label: t(bankQuestionKey(id), { ns: 'questions' }) })

  const toggle = (id: string, on: boolean) => change({ selected: on ? [...selected, id] : selected.filter((item) => item !== id) })

  const addOwn = (event: FormEvent) => {
    event.preventDefault()
    const text = ownText.trim()
    if (!text || own.length >= 200) return
    const id = newId('own')
    // Where the person puts it, it stays: at the top it is on the plan's first page.
    change({ own: [...own, { id, text }], selected: ownPlace === 'top' ? [id, ...selected] : [...selected, id] })
    setOwnText('')
    announce(t('questions.added', { rank: ownPlace === 'top' ? 1 : selected.length + 1 }))
  }

  const remove = (index: number) => {
    const id = selected[index]
    if (!id) return
    change({
      selected: selected.filter((_, at) => at !== index),
      own: own.filter((question) => question.id !== id),
    })
    announce(t('questions.removed'))
  }

  return (
    <>
      <p className="lead">{t('questions.intro')}</p>
      <p className="count">{t('questions.chosenCount', { count: selected.length })}</p>
      <form className="at-field add-own" onSubmit={addOwn}>
        <h2>{t('questions.ownHeading')}</h2>
        <label className="at-field__label" htmlFor={ownId}>
          {t('questions.own')}
        </label>
        <div className="input-with-button">
          <input id={ownId} className={inputClass()} type="text" maxLength={5000} value={ownText} onChange={(event) => setOwnText(event.target.value)} />
          <Button type="submit" variant="secondary">
            {t('questions.ownAdd')}
          </Button>
        </div>
        <Radios
          inline
          legend={t('questions.ownPlace')}
          options={[
            { value: 'top' as const, label: t('questions.ownTop') },
            { value: 'bottom' as const, label: t('questions.ownBottom') },
          ]}
          value={ownPlace}
          onChange={setOwnPlace}
        />
      </form>
      <Checkboxes
        className="question-topic"
        large
        legend={t('questions.suggestedHeading')}
        hint={t('questions.suggestedHint')}
        options={suggested.map(optionOf)}
        selected={chosen}
        onToggle={toggle}
      />
      <h2>{t('questions.moreHeading')}</h2>
      <p className="hint">{t('questions.moreHint')}</p>
      {questionTopics.map(({ topic, ids }) => {
        const rest = ids.filter((id) => !suggested.includes(id))
        if (rest.length === 0) return null
        const title = t(`topics.${topic}.title`, { ns: 'questions' })
        return (
          <Details
            key={topic}
            variant="section"
            summary={t('questions.topicSummary', { title, chosen: rest.filter((id) => chosen.has(id)).length, count: rest.length })}
          >
            <Checkboxes legend={title} hint={t(`topics.${topic}.intro`, { ns: 'questions' })} options={rest.map(optionOf)} selected={chosen} onToggle={toggle}>
              {(termsByTopic[topic] ?? []).map((term) => (
                <Explain key={term} term={term} />
              ))}
            </Checkboxes>
          </Details>
        )
      })}
      <h2>{t('questions.chosenHeading')}</h2>
      {selected.length === 0 ? (
        <p>{t('questions.noneChosen')}</p>
      ) : (
        <>
          <p className="hint">{t('questions.chosenHint')}</p>
          <p className="hint">{t('questions.summaryNote')}</p>
          <SortableList
            items={selectedItems}
            onChange={(items) => change({ selected: items.map((item) => item.id) })}
            onRemove={remove}
            onEmptied={() => document.getElementById(ownId)?.focus()}
            announce={announce}
            labels={sortableLabels(t, 'questions', selectedItems, (index) => textOf(selected[index] ?? ''))}
            renderItem={(item, index) => (
              <>
                <span className="rank">{index + 1}.</span>
                <span className="item-text">{textOf(item.id)}</span>
              </>
            )}
          />
        </>
      )}
    </>
  )
}
