import { useTranslation } from 'react-i18next'
import type { ForWhom } from '../../../domain/dossier/schema'
import { Radios } from '../../kit/Radios'

const choices: ForWhom[] = ['self', 'relative', 'client']

export function ForWhomChoice({ legend, hint, value, onChange }: { legend: string; hint?: string; value: ForWhom | null; onChange: (value: ForWhom) => void }) {
  const { t } = useTranslation('flow')
  return (
    <Radios legend={legend} hint={hint} options={choices.map((choice) => ({ value: choice, label: t(`who.${choice}`) }))} value={value} onChange={onChange} />
  )
}
