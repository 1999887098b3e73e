import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { Explain } from '../../fields/Explain'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'

const levels = [1, 2, 3, 4, 5] as const

/** Reads typed hours per week; undefined while it is not a number from 0 to 168. */
export function parseHours(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return undefined
  const hours = Number(trimmed)
  return hours <= 168 ? hours : undefined
}

export function CarerStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Dossier['carer']>) => void }) {
  const { t, i18n } = useTranslation('flow')
  const { carer } = dossier
  const [hoursText, setHoursText] = useState(carer.hoursPerWeek === null ? '' : carer.hoursPerWeek.toLocaleString(i18n.language))
  const hours = parseHours(hoursText)
  return (
    <>
      <p className="lead">{t('carer.intro')}</p>
      <p className="source">{t('source', { source: t('carer.source') })}</p>
      <Explain term="mantelzorger" />
      <TextField
        label={t('carer.hours')}
        hint={t('carer.hoursHint')}
        error={hours === undefined ? t('carer.hoursInvalid') : undefined}
        value={hoursText}
        inputMode="numeric"
        maxLength={6}
        width="short"
        onChange={(text) => {
          setHoursText(text)
          const parsed = parseHours(text)
          if (parsed !== undefined) change({ hoursPerWeek: parsed })
        }}
      />
      <Radios
        legend={t('carer.burden')}
        options={levels.map((level) => ({ value: level, label: t(`carer.burdenScale.${level}`) }))}
        value={carer.burden}
        onChange={(burden) => change({ burden })}
        onClear={() => change({ burden: null })}
      />
      <TextField label={t('carer.relief')} hint={t('carer.reliefHint')} value={carer.relief} multiline onChange={(relief) => change({ relief })} />
    </>
  )
}
