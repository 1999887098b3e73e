import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { TextField } from '../../kit/TextField'

const questions = ['keepDoing', 'energy', 'doNotWant'] as const

export function MattersStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['matters']>) => void }) {
  const { t } = useTranslation('flow')
  return (
    <>
      <p className="lead">{t('matters.intro')}</p>
      {questions.map((question) => (
        <TextField
          key={question}
          label={t(`matters.${question}`)}
          hint={t(`matters.${question}Hint`)}
          value={dossier.matters[question]}
          multiline
          onChange={(text) => change({ [question]: text })}
        />
      ))}
    </>
  )
}
