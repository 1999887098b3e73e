import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { carerRequest } from '../../../domain/carerLetter'
import { caredForName, carerLabel, carersOf, withCarerChanged } from '../../../domain/carers'
import type { Dossier } from '../../../domain/dossier/schema'
import { say, wordsOf } from '../../../domain/text'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../../app/api'
import { ErrorMessage } from '../../app/ErrorMessage'
import { useWords } from '../../app/words'
import { Button } from '../../kit/Button'
import { Details } from '../../kit/Details'
import { Field, inputClass } from '../../kit/Field'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'
import type { CarerChange } from './CarerStep'

type Status = 'idle' | 'making' | 'cancelled' | { file: string }

const lawPoints = ['need', 'involved', 'support'] as const

/**
 * A conversation of the carer's own: what the law gives (and what is only practice), and a letter
 * or e-mail that asks for it, plus the carer's one-page summary to take along.
 */
export function OwnConversation({ dossier, change, saveFirst }: { dossier: Dossier; change: CarerChange; saveFirst: () => Promise<boolean> }) {
  const { t, i18n } = useTranslation('flow')
  const { read } = useWords()
  const person = read(caredForName(dossier))
  const carers = carersOf(dossier)
  const [chosen, setChosen] = useState(carers[0]?.id ?? '')
  const carer = carers.find((one) => one.id === chosen) ?? carers[0]
  const [letter, setLetter] = useState<Status>('idle')
  const [summary, setSummary] = useState<Status>('idle')
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const [error, setError] = useState<UiErrorCode | null>(null)
  // The e-mail goes to the municipality: it is in Dutch, whatever language the app speaks.
  const dutch = useMemo(() => {
    const fixed = i18n.getFixedT('nl')
    return wordsOf((key, values) => String(fixed(key, values as never)), 'nl-NL')
  }, [i18n])
  if (!carer) return null
  const name = read(carerLabel(dossier, carer))
  const request = carerRequest(dossier, carer.id, 'email')
  const subject = say(dutch, request.subject)
  const body = request.paragraphs.map((paragraph) => say(dutch, paragraph)).join('\n\n')

  const make = async (what: 'letter' | 'summary') => {
    const setStatus = what === 'letter' ? setLetter : setSummary
    if (letter === 'making' || summary === 'making') return
    setError(null)
    setStatus('making')
    try {
      await afterSaving(saveFirst)
      const result =
        what === 'letter'
          ? await call('letter.carerConversation', { id: dossier.id, carerId: carer.id })
          : await call('plan.save', { id: dossier.id, variant: 'carer', carerId: carer.id, largePrint: false })
      setStatus(result.saved ? { file: result.fileName } : 'cancelled')
    } catch (failure) {
      setError(errorCodeOf(failure))
      setStatus('idle')
    }
  }

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(body)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }

  return (
    <>
      <p className="lead">{t('carer.conversation.intro')}</p>
      <h2>{t('carer.conversation.lawHeading')}</h2>
      <ul className="carer-law">
        {lawPoints.map((point) => (
          <li key={point}>
            {t(`carer.conversation.law.${point}.text`)} <span className="source">({t(`carer.conversation.law.${point}.source`)})</span>
          </li>
        ))}
      </ul>
      <h2>{t('carer.conversation.practiceHeading')}</h2>
      <p>{t('carer.conversation.practice', { person })}</p>
      <p className="source">{t('source', { source: t('carer.conversation.practiceSource') })}</p>
      <section className="notice" aria-labelledby="carer-conversation-voluntary">
        <h2 id="carer-conversation-voluntary">{t('carer.voluntaryHeading')}</h2>
        <p>{t('carer.voluntary')}</p>
        <p className="source">{t('source', { source: t('carer.voluntarySource') })}</p>
      </section>

      <h2>{t('carer.conversation.askHeading')}</h2>
      {carers.length > 1 && (
        <Radios
          legend={t('carer.conversation.whichCarer')}
          options={carers.map((one) => ({ value: one.id, label: read(carerLabel(dossier, one)) }))}
          value={carer.id}
          onChange={(id) => {
            setChosen(id)
            setLetter('idle')
            setSummary('idle')
            setCopy('idle')
          }}
        />
      )}
      <TextField
        key={carer.id}
        label={carer.who.kind === 'preparer' ? t('carer.conversation.contactOwn') : t('carer.conversation.contact', { name })}
        hint={t('carer.conversation.contactHint')}
        value={carer.contact}
        width="medium"
        onChange={(contact) => change({ carers: withCarerChanged(dossier, carer.id, { contact }) })}
      />
      <Button variant="primary" aria-disabled={letter === 'making' || undefined} onClick={() => void make('letter')}>
        {t('carer.conversation.makeLetter')}
      </Button>
      <div role="status" className="plan-status">
        {letter === 'making' && <span>{t('carer.conversation.making')}</span>}
        {letter === 'cancelled' && <p>{t('carer.conversation.cancelled')}</p>}
        {typeof letter === 'object' && <p className="success">✓ {t('carer.conversation.saved', { file: letter.file })}</p>}
      </div>
      <Details summary={t('carer.conversation.emailSummary')}>
        <div className="carer-email">
          <p className="hint">{t('carer.conversation.emailHint')}</p>
          <Field label={t('carer.conversation.emailSubject')}>
            {({ id }) => <input id={id} className={inputClass('full')} lang="nl" readOnly value={subject} />}
          </Field>
          <Field label={t('carer.conversation.emailBody')}>
            {({ id }) => <textarea id={id} className={inputClass('full')} lang="nl" readOnly rows={12} value={body} />}
          </Field>
          <Button variant="secondary" onClick={() => void copyText()}>
            {t('carer.conversation.copy')}
          </Button>
          <p role="status" className="plan-status">
            {copy === 'copied' && t('carer.conversation.copied')}
            {copy === 'failed' && t('carer.conversation.copyFailed')}
          </p>
        </div>
      </Details>

      <h2>{t('carer.conversation.summaryHeading')}</h2>
      <p>{t('carer.conversation.summaryText', { name })}</p>
      <Button variant="secondary" aria-disabled={summary === 'making' || undefined} onClick={() => void make('summary')}>
        {t('carer.conversation.makeSummary')}
      </Button>
      <div role="status" className="plan-status">
        {summary === 'making' && <span>{t('plan.making')}</span>}
        {summary === 'cancelled' && <p>{t('carer.conversation.summaryCancelled')}</p>}
        {typeof summary === 'object' && <p className="success">✓ {t('carer.conversation.summarySaved', { file: summary.file })}</p>}
      </div>
      {error && <ErrorMessage code={error} />}
    </>
  )
}
