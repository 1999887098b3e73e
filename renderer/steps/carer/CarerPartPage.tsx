import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { caredForName, carerLabel, tooHeavy, withCarerChanged, type CarerPart } from '../../../domain/carers'
import { carerCostKeys, carerKeepUpKeys, carerReliefKeys } from '../../../domain/dossier/choice-keys'
import type { Dossier } from '../../../domain/dossier/schema'
import { useAnnounce } from '../../app/Announcer'
import { useWords } from '../../app/words'
import { Checkboxes } from '../../kit/Checkboxes'
import { Fieldset } from '../../kit/Field'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'
import type { CarerChange } from './CarerStep'
import { Signposts } from './Signposts'

const levels = [1, 2, 3, 4, 5] as const

/** Reads typed hours per week; undefined while it is not a number from 0 to 168. */
export function parseHours(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return undefined
  const hours = Number(trimmed)
  return hours <= 168 ? hours : undefined
}

/** One carer's own part: the questions speak to the carer, whoever types the answers. */
export function CarerPartPage({ dossier, carer, change }: { dossier: Dossier; carer: CarerPart; change: CarerChange }) {
  const { t, i18n } = useTranslation('flow')
  const { read } = useWords()
  const announce = useAnnounce()
  const person = read(caredForName(dossier))
  const name = read(carerLabel(dossier, carer))
  const own = carer.who.kind === 'preparer'
  const [hoursText, setHoursText] = useState(carer.hoursPerWeek === null ? '' : carer.hoursPerWeek.toLocaleString(i18n.language))
  const hours = parseHours(hoursText)
  const set = (fields: Partial<Omit<CarerPart, 'id' | 'who'>>) => change({ carers: withCarerChanged(dossier, carer.id, fields) })
  const toggle = <K extends string>(list: readonly K[], value: K, on: boolean): K[] =>
    on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value)
  // Help is shown where the heaviest answer was given, and said aloud once when it appears.
  const warnIfTooHeavy = (next: Pick<CarerPart, 'burden' | 'keepUp'>) => {
    if (tooHeavy(next) && !tooHeavy(carer)) announce(t('carer.signposts.announce'))
  }
  const signpostsAfter = carer.burden === 5 ? 'burden' : carer.keepUp === 'no' ? 'keepUp' : null

  return (
    <>
      <p className="lead">{own ? t('carer.ownIntro', { person }) : t('carer.partIntro', { name })}</p>

      <h2>{t('carer.doHeading')}</h2>
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
          if (parsed !== undefined) set({ hoursPerWeek: parsed })
        }}
      />
      <TextField label={t('carer.tasks')} hint={t('carer.tasksHint')} value={carer.tasks} multiline rows={3} onChange={(tasks) => set({ tasks })} />
      <TextField label={t('carer.since')} hint={t('carer.sinceHint')} value={carer.since} width="medium" onChange={(since) => set({ since })} />

      <h2>{t('carer.costHeading')}</h2>
      <Radios
        legend={t('carer.burden')}
        options={levels.map((level) => ({ value: level, label: t(`carer.burdenScale.${level}`) }))}
        value={carer.burden}
        onChange={(burden) => {
          warnIfTooHeavy({ burden, keepUp: carer.keepUp })
          set({ burden })
        }}
        onClear={() => set({ burden: null })}
      />
      {signpostsAfter === 'burden' && <Signposts />}
      <Checkboxes
        legend={t('carer.costs')}
        hint={t('carer.costsHint')}
        options={carerCostKeys.map((cost) => ({ value: cost, label: t(`carer.costOptions.${cost}`) }))}
        selected={new Set(carer.costs)}
        onToggle={(cost, on) => set({ costs: toggle(carer.costs, cost as CarerPart['costs'][number], on) })}
      />
      <TextField
        label={t('carer.costsText')}
        hint={t('carer.costsTextHint')}
        value={carer.costsText}
        multiline
        rows={3}
        onChange={(costsText) => set({ costsText })}
      />
      <Radios
        legend={t('carer.keepUp')}
        options={carerKeepUpKeys.map((keepUp) => ({ value: keepUp, label: t(`carer.keepUpOptions.${keepUp}`) }))}
        value={carer.keepUp}
        onChange={(keepUp) => {
          warnIfTooHeavy({ burden: carer.burden, keepUp })
          set({ keepUp })
        }}
        onClear={() => set({ keepUp: null })}
      />
      {signpostsAfter === 'keepUp' && <Signposts />}

      <h2>{t('carer.helpHeading')}</h2>
      <Checkboxes
        legend={t('carer.relief')}
        hint={t('carer.reliefHint')}
        variant="cards"
        options={carerReliefKeys.map((relief) => ({
          value: relief,
          label: t(`carer.reliefOptions.${relief}.label`),
          hint: t(`carer.reliefOptions.${relief}.hint`, { person }),
        }))}
        selected={new Set(carer.relief)}
        onToggle={(relief, on) => set({ relief: toggle(carer.relief, relief as CarerPart['relief'][number], on) })}
      />
      <p className="source">{t('source', { source: t('carer.reliefSources') })}</p>
      <TextField
        label={t('carer.reliefText')}
        hint={t('carer.reliefTextHint')}
        value={carer.reliefText}
        multiline
        rows={3}
        onChange={(reliefText) => set({ reliefText })}
      />

      <Fieldset legend={<h2 className="carer-legend">{t('carer.topThree')}</h2>} hint={t('carer.topThreeHint', { person })}>
        {[0, 1, 2].map((index) => (
          <TextField
            key={index}
            label={t('carer.topThreeItem', { rank: index + 1 })}
            value={carer.topThree[index] ?? ''}
            maxLength={2000}
            onChange={(value) => set({ topThree: [0, 1, 2].map((at) => (at === index ? value : (carer.topThree[at] ?? ''))) })}
          />
        ))}
      </Fieldset>

      <h2>{t('carer.stopsHeading')}</h2>
      <p>{t('carer.stopsIntro')}</p>
      <TextField
        label={t('carer.ifStopped', { person })}
        hint={t('carer.ifStoppedHint')}
        value={carer.ifStopped}
        multiline
        rows={3}
        onChange={(ifStopped) => set({ ifStopped })}
      />
      <TextField label={t('carer.stepIn')} hint={t('carer.stepInHint')} value={carer.stepIn} multiline rows={2} onChange={(stepIn) => set({ stepIn })} />
      <TextField label={t('carer.atOnce')} hint={t('carer.atOnceHint')} value={carer.atOnce} multiline rows={3} onChange={(atOnce) => set({ atOnce })} />
      <p>{t('carer.urgent')}</p>
      <p className="source">{t('source', { source: t('carer.urgentSource') })}</p>
    </>
  )
}
