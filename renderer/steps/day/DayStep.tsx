import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { TextField } from '../../kit/TextField'

const parts = ['morning', 'afternoon', 'evening', 'night'] as const

export function DayStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['day']>) => void }) {
  const { t } = useTranslation('flow')
  return (
    <>
      <p className="lead">{t('day.intro')}</p>
      {parts.map((part) => (
        <TextField
          key={part}
          label={t(`day.${part}`)}
          hint={t(`day.${part}Hint`)}
          value={dossier.day[part]}
          multiline
          onChange={(text) => change({ [part]: text })}
        />
      ))}
    </>
  )
}
