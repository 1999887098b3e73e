import { useTranslation } from 'react-i18next'
import type { Dossier, LifeAreaKey } from '../../../domain/dossier/schema'
import { areaOrder, areasOffered } from '../../../domain/lifeAreas'
import { Checkboxes } from '../../kit/Checkboxes'

export function ChooseAreas({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['situation']>) => void }) {
  const { t } = useTranslation(['flow', 'lifeAreas'])
  const selected = new Set<string>(dossier.situation.selectedAreas)
  const toggle = (area: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(area)
    else next.delete(area)
    change({ selectedAreas: areaOrder.filter((key: LifeAreaKey) => next.has(key)) })
  }
  return (
    <Checkboxes
      large
      variant="cards"
      legend={t('situation.chooseHeading')}
      hint={t('situation.chooseHint')}
      options={areasOffered(dossier).map((area) => ({
        value: area,
        label: t(`areas.${area}.title`, { ns: 'lifeAreas' }),
        hint: t(`areas.${area}.intro`, { ns: 'lifeAreas' }),
      }))}
      selected={selected}
      onToggle={toggle}
    />
  )
}
