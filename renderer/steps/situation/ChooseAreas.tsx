import { useTranslation } from 'react-i18next'
import type { Dossier, LifeAreaKey } from '../../../domain/dossier/schema'
import { areaOrder, areasOffered } from '../../../domain/lifeAreas'

export function ChooseAreas({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['situation']>) => void }) {
  const { t } = useTranslation(['flow', 'lifeAreas'])
  const selected = new Set(dossier.situation.selectedAreas)
  const toggle = (area: LifeAreaKey, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(area)
    else next.delete(area)
    change({ selectedAreas: areaOrder.filter((key) => next.has(key)) })
  }
  return (
    <fieldset className="field">
      <legend className="legend-large">{t('situation.chooseHeading')}</legend>
      <p className="hint">{t('situation.chooseHint')}</p>
      <div className="checkboxes">
        {areasOffered(dossier).map((area) => (
          <label key={area} className="checkbox-card">
            <input type="checkbox" checked={selected.has(area)} onChange={(event) => toggle(area, event.target.checked)} />
            <span>
              <strong>{t(`areas.${area}.title`, { ns: 'lifeAreas' })}</strong>
              <span className="hint">{t(`areas.${area}.intro`, { ns: 'lifeAreas' })}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
