import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dossier, LifeAreaKey } from '../../../domain/dossier/schema'
import { useAnnounce } from '../../app/Announcer'
import { SortableList } from '../../fields/SortableList'
import { sortableLabels } from '../../fields/sortableLabels'
import { newId } from '../../../domain/ids'
import { chosenAreas } from '../../../domain/lifeAreas'
import { Button } from '../../kit/Button'
import { inputClass } from '../../kit/Field'
import './priorities.css'

type Priority = Dossier['priorities']['ranked'][number]

export const TOP = 3
/** The schema's limit on the list. */
const MAX_PRIORITIES = 50

/** The wishes written per life area, as candidates for the list. */
function wishesOf(dossier: Dossier): { id: string; area: LifeAreaKey; text: string }[] {
  return chosenAreas(dossier)
    .map((area) => ({ id: `wish-${area}`, area, text: dossier.situation.areas[area]?.wish.trim() ?? '' }))
    .filter((wish) => wish.text !== '')
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

export function PrioritiesStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['priorities']>) => void }) {
  const { t } = useTranslation(['flow', 'lifeAreas'])
  const announce = useAnnounce()
  const ranked = dossier.priorities.ranked
  const [own, setOwn] = useState('')
  const ownId = useId()
  const wishes = wishesOf(dossier)
  const onList = new Set(ranked.map((item) => item.id))

  const setRanked = (next: Priority[]) => change({ ranked: next })
  const full = ranked.length >= MAX_PRIORITIES
  const add = (item: Priority) => {
    if (full || onList.has(item.id)) return
    setRanked([...ranked, item])
    announce(t('priorities.added', { text: short(item.text), rank: ranked.length + 1 }))
  }
  const remove = (index: number) => {
    const item = ranked[index]
    if (!item) return
    setRanked(ranked.filter((_, at) => at !== index))
    announce(t('priorities.removed', { text: short(item.text) }))
  }
  const addOwn = (event: FormEvent) => {
    event.preventDefault()
    const text = own.trim()
    if (!text) return
    add({ id: newId('own'), text })
    setOwn('')
  }

  return (
    <>
      <p className="lead">{t('priorities.intro')}</p>
      <h2>{t('priorities.fromWishesHeading')}</h2>
      {wishes.length === 0 ? (
        <p>{t('priorities.noWishes')}</p>
      ) : (
        <>
          <p className="hint">{t('priorities.fromWishesHint')}</p>
          <ul className="plain-list">
            {wishes.map((wish) => (
              <li key={wish.id} className="candidate">
                <span className="candidate-area">{t(`areas.${wish.area}.title`, { ns: 'lifeAreas' })}</span>
                <bdi className="candidate-text">{wish.text}</bdi>
                {/* One button that changes its words, so focus stays where it was after adding. */}
                <Button
                  variant="secondary"
                  size="small"
                  aria-disabled={onList.has(wish.id) || full || undefined}
                  aria-label={onList.has(wish.id) ? undefined : t('priorities.addNamed', { text: short(wish.text) })}
                  onClick={() => add({ id: wish.id, text: wish.text })}
                >
                  {onList.has(wish.id) ? `✓ ${t('priorities.onList')}` : t('priorities.add')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="at-field add-own" onSubmit={addOwn}>
        <label className="at-field__label" htmlFor={ownId}>
          {t('priorities.own')}
        </label>
        <p className="at-hint" id={`${ownId}-hint`}>
          {t('priorities.ownHint')}
        </p>
        <div className="input-with-button">
          <input
            id={ownId}
            className={inputClass()}
            type="text"
            maxLength={5000}
            value={own}
            aria-describedby={`${ownId}-hint`}
            onChange={(event) => setOwn(event.target.value)}
          />
          <Button type="submit" variant="secondary" aria-disabled={full || undefined}>
            {t('priorities.ownAdd')}
          </Button>
        </div>
      </form>
      <h2>{t('priorities.listHeading')}</h2>
      {ranked.length === 0 ? (
        <p>{t('priorities.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('priorities.listHint')}</p>
          <SortableList
            items={ranked}
            onChange={setRanked}
            onRemove={remove}
            announce={announce}
            className="priorities"
            onEmptied={() => document.getElementById(ownId)?.focus()}
            labels={sortableLabels(t, 'priorities', ranked, (index) => short(ranked[index]?.text ?? ''))}
            renderItem={(item, index) => (
              <>
                <span className={index < TOP ? 'rank top' : 'rank'}>{index < TOP ? t('priorities.rank', { rank: index + 1 }) : t('priorities.also')}</span>
                <bdi className="item-text">{item.text}</bdi>
              </>
            )}
          />
        </>
      )}
    </>
  )
}
