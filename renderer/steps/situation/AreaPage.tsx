import { useTranslation } from 'react-i18next'
import type { Dossier, LifeAreaKey } from '../../../domain/dossier/schema'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'
import { Explain } from '../../fields/Explain'

type AreaAnswer = NonNullable<Dossier['situation']['areas'][LifeAreaKey]>
const emptyAnswer: AreaAnswer = { rating: null, hard: '', self: '', help: '', wish: '' }
const ratings = [1, 2, 3, 4, 5] as const

/** One life area: how it goes (in words), what is hard, what still works, who helps, what I would like. */
export function AreaPage({
  dossier,
  area,
  change,
  changePriorities,
}: {
  dossier: Dossier
  area: LifeAreaKey
  change: (fields: Partial<Dossier['situation']>) => void
  changePriorities: (fields: Partial<Dossier['priorities']>) => void
}) {
  const { t } = useTranslation(['flow', 'lifeAreas'])
  const answer = dossier.situation.areas[area] ?? emptyAnswer
  const update = (fields: Partial<AreaAnswer>) => change({ areas: { ...dossier.situation.areas, [area]: { ...answer, ...fields } } })
  const prompt = (key: string) => t(`areas.${area}.${key}`, { ns: 'lifeAreas' })

  return (
    <>
      <p className="lead">{prompt('intro')}</p>
      {/* Only an area that states a rule (the carer's: lid 4 onder d) has a source. */}
      {t(`areas.${area}.introSource`, { ns: 'lifeAreas', defaultValue: '' }) !== '' && (
        <p className="source">{t('source', { source: prompt('introSource') })}</p>
      )}
      <p>{t('situation.examples', { examples: prompt('examples') })}</p>
      <Radios
        legend={t('situation.rating')}
        options={ratings.map((rating) => ({
          value: rating,
          label: t(`scale.${rating}`, { ns: 'lifeAreas' }),
          hint: t(`scaleHint.${rating}`, { ns: 'lifeAreas' }),
        }))}
        value={answer.rating}
        onChange={(rating) => update({ rating })}
        onClear={() => update({ rating: null })}
      />
      <TextField label={t('situation.hard')} hint={prompt('hardPrompt')} value={answer.hard} multiline onChange={(hard) => update({ hard })} />
      <TextField label={t('situation.self')} hint={prompt('selfPrompt')} value={answer.self} multiline onChange={(self) => update({ self })} />
      {area !== 'caring' && <Explain term="eigenKracht" />}
      <TextField label={t('situation.help')} hint={prompt('helpPrompt')} value={answer.help} multiline onChange={(help) => update({ help })} />
      <TextField
        label={t('situation.wish')}
        hint={`${prompt('wishPrompt')} ${t('situation.wishHint')}`}
        value={answer.wish}
        multiline
        onChange={(wish) => {
          update({ wish })
          // A wish already on the priority list stays the same words there as here.
          const ranked = dossier.priorities.ranked
          if (wish.trim() !== '' && ranked.some((item) => item.id === `wish-${area}`)) {
            changePriorities({ ranked: ranked.map((item) => (item.id === `wish-${area}` ? { ...item, text: wish.trim() } : item)) })
          }
        }}
      />
    </>
  )
}
