import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { preparedByAnother } from '../../../domain/dossier/names'
import type { Dossier } from '../../../domain/dossier/schema'
import { TextField } from '../../kit/TextField'
import { ForWhomChoice } from './ForWhomChoice'
import { Fieldset } from '../../kit/Field'
import { Radios } from '../../kit/Radios'

const MIN_YEAR = 1900

/** Reads a typed year; undefined while it is not (yet) a plausible year of birth. */
export function parseBirthYear(text: string, maxYear: number): number | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d{4}$/.test(trimmed)) return undefined
  const year = Number(trimmed)
  return year >= MIN_YEAR && year <= maxYear ? year : undefined
}

export function WhoStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['subject']>) => void }) {
  const { t } = useTranslation('flow')
  const { subject } = dossier
  const maxYear = new Date().getFullYear()
  const [yearText, setYearText] = useState(subject.birthYear === null ? '' : String(subject.birthYear))
  const yearValue = parseBirthYear(yearText, maxYear)
  const own = subject.forWhom === 'self' || subject.forWhom === null ? 'Self' : 'Other'

  return (
    <>
      <p className="lead">{t('who.intro')}</p>
      <ForWhomChoice legend={t('who.forWhom')} value={subject.forWhom} onChange={(forWhom) => change({ forWhom })} />
      <TextField label={t(`who.firstName${own}`)} value={subject.firstName} maxLength={500} width="medium" onChange={(firstName) => change({ firstName })} />
      <TextField label={t(`who.surname${own}`)} value={subject.surname} maxLength={500} width="medium" onChange={(surname) => change({ surname })} />
      <TextField
        label={t('who.birthYear')}
        hint={t('who.birthYearHint')}
        error={yearValue === undefined ? t('who.birthYearInvalid', { max: maxYear }) : undefined}
        value={yearText}
        inputMode="numeric"
        maxLength={4}
        width="short"
        onChange={(text) => {
          setYearText(text)
          const year = parseBirthYear(text, maxYear)
          if (year !== undefined) change({ birthYear: year })
        }}
      />
      <TextField label={t('who.phone')} value={subject.phone} inputMode="tel" maxLength={500} width="medium" onChange={(phone) => change({ phone })} />
      <TextField
        label={t('who.address')}
        hint={t('who.addressHint')}
        value={subject.address}
        multiline
        rows={3}
        maxLength={2000}
        onChange={(address) => change({ address })}
      />
      <TextField
        label={t(`who.language${own}`)}
        hint={t('who.languageHint')}
        value={subject.language}
        maxLength={500}
        width="medium"
        onChange={(language) => change({ language })}
      />
      <Radios
        legend={t(`who.interpreter${own}`)}
        hint={t('who.interpreterHint')}
        options={[
          { value: 'yes', label: t('who.interpreterYes') },
          { value: 'no', label: t('who.interpreterNo') },
          { value: 'unsure', label: t('who.interpreterUnsure') },
        ]}
        value={subject.interpreter}
        onChange={(interpreter) => change({ interpreter })}
        onClear={() => change({ interpreter: null })}
      />
      {preparedByAnother(dossier) && (
        <Fieldset className="at-fieldset--group" legend={t('who.preparer')} hint={t('who.preparerHint')}>
          <TextField
            label={t('who.preparerName')}
            value={subject.preparerName}
            maxLength={500}
            width="medium"
            onChange={(preparerName) => change({ preparerName })}
          />
          <TextField
            label={subject.forWhom === 'relative' ? t('who.preparerRelationRelative') : t('who.preparerRelationClient')}
            hint={subject.forWhom === 'relative' ? t('who.preparerRelationRelativeHint') : t('who.preparerRelationClientHint')}
            value={subject.preparerRelation}
            maxLength={500}
            width="medium"
            onChange={(preparerRelation) => change({ preparerRelation })}
          />
        </Fieldset>
      )}
    </>
  )
}
