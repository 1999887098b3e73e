import { useTranslation } from 'react-i18next'
import { dateInNetherlands } from '../../domain/deadlines/holidays'
import { timelineOf } from '../../domain/deadlines/timeline'
import type { Dossier } from '../../domain/dossier/schema'
import { objectionGrounds } from '../../domain/remedies/decision'
import { objectionIsLate } from '../../domain/remedies/letters'
import { text } from '../../domain/text'
import { formatCalendarDate } from '../app/format'
import { useWords } from '../app/words'
import { Explain } from '../fields/Explain'
import { Checkbox } from '../kit/Checkboxes'
import { Radios } from '../kit/Radios'
import { TextField } from '../kit/TextField'
import { Sourced } from '../fields/Sourced'
import { SaveLetter } from './SaveLetter'

type AfterTalk = Dossier['afterTalk']
type Objection = AfterTalk['objection']

/** The bezwaarschrift: its deadline (or, when late, Awb 6:11), what goes in, pro forma, how to send it. */
export function ObjectionPart({
  dossier,
  setAfter,
  saveFirst,
}: {
  dossier: Dossier
  setAfter: (fields: Partial<AfterTalk>) => void
  saveFirst: () => Promise<boolean>
}) {
  const { t, i18n } = useTranslation('after')
  const { read } = useWords()
  const { objection, decisionCheck } = dossier.afterTalk
  const setObjection = (fields: Partial<Objection>) => setAfter({ objection: { ...objection, ...fields } })
  const deadline = timelineOf(dossier).objection
  const late = objectionIsLate(dossier, dateInNetherlands(new Date()))
  const date = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })
  const grounds = objectionGrounds(dossier)
  const ownWords = decisionCheck.ownWords.trim() !== ''

  return (
    <>
      <Sourced source={t('objection.introSource')}>{t('objection.intro')}</Sourced>
      <Explain term="bezwaar" />
      <div className={late ? 'panel danger' : 'panel'}>
        {deadline === null ? (
          <Sourced source={t('objection.deadlineOpenSource')}>{t('objection.deadlineOpen')}</Sourced>
        ) : late ? (
          <Sourced source={t('objection.lateSource')}>{t('objection.late', { date: date(deadline.date) })}</Sourced>
        ) : (
          <Sourced source={t('objection.deadlineSource')}>{t('objection.deadline', { date: date(deadline.date) })}</Sourced>
        )}
      </div>
      {late && (
        <TextField
          label={t('objection.lateReason')}
          hint={t('objection.lateReasonHint')}
          value={objection.lateReason}
          multiline
          rows={2}
          maxLength={5000}
          onChange={(lateReason) => setObjection({ lateReason })}
        />
      )}

      <h2>{t('objection.contentsHeading')}</h2>
      <Sourced source={t('objection.mustContainSource')}>{t('objection.mustContain')}</Sourced>
      {grounds.length === 0 && !ownWords ? (
        <p className="not-answered">{t('objection.groundsNone')}</p>
      ) : (
        <>
          {grounds.length > 0 && (
            <>
              <p>{t('objection.grounds', { count: grounds.length })}</p>
              <ol className="ground-list">
                {grounds
                  .map(({ ground, source }) => read(text('pdf:withSource', { text: ground, source })))
                  .map((line) => (
                    <li key={line}>{line}</li>
                  ))}
              </ol>
            </>
          )}
          {ownWords && <p>{t('objection.ownWordsIncluded')}</p>}
        </>
      )}
      <Checkbox
        label={t('objection.proForma')}
        hint={`${t('objection.proFormaHint')} ${t('source', { ns: 'flow', source: t('objection.proFormaHintSource') })}.`}
        checked={objection.proForma}
        onChange={(proForma) => setObjection({ proForma })}
      />

      <Radios
        legend={t('objection.sendBy')}
        options={[
          { value: 'registered', label: t('objection.registered'), hint: t('objection.registeredHint') },
          { value: 'byHand', label: t('objection.byHand'), hint: t('objection.byHandHint') },
          { value: 'digital', label: t('objection.digital'), hint: t('objection.digitalHint') },
        ]}
        value={objection.sendBy}
        onChange={(sendBy) => setObjection({ sendBy })}
        onClear={() => setObjection({ sendBy: null })}
      />
      <p>{t('objection.keepCopy')}</p>
      <SaveLetter id={dossier.id} kind="objection" label={t('objection.make')} saveFirst={saveFirst} />
    </>
  )
}
