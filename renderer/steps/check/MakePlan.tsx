import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanRequest } from '../../../electron/contract'
import { languageCodes, languageOf, type LanguageCode } from '../../../locales/languages'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../../app/api'
import { ErrorMessage } from '../../app/ErrorMessage'
import { Radios } from '../../kit/Radios'
import { Button } from '../../kit/Button'
import { Checkbox } from '../../kit/Checkboxes'

type Status = { kind: 'idle' } | { kind: 'making' } | { kind: 'saved'; file: string; pages: number } | { kind: 'cancelled' } | { kind: 'opened' }

/** What to make: the whole plan, its summary, or one carer's own summary (by the carer's id). */
type Choice = 'full' | 'summary' | `carer:${string}`

function requestOf(choice: Choice): Pick<PlanRequest, 'variant' | 'carerId'> {
  return choice.startsWith('carer:') ? { variant: 'carer', carerId: choice.slice('carer:'.length) } : { variant: choice as 'full' | 'summary' }
}

/** Choose full plan, one-page summary or a carer's summary, normal or large print; then save it or open it to print. */
export function MakePlan({
  dossierId,
  carers = [],
  beforeMaking,
  unprintable = [],
}: {
  dossierId: string
  /** The carers who can have a summary of their own. */
  carers?: { id: string; name: string }[]
  beforeMaking: () => Promise<boolean>
  unprintable?: readonly string[]
}) {
  const { t, i18n } = useTranslation('flow')
  // The plan is in Dutch for the municipality; someone using the app in another language may also
  // make a copy with the headings and explanations in that language, to read what they hand over.
  const uiLanguage = (languageCodes as string[]).includes(i18n.language) ? (i18n.language as LanguageCode) : 'nl'
  const [planLanguage, setPlanLanguage] = useState<'nl' | 'own'>('nl')
  const language: LanguageCode = planLanguage === 'own' ? uiLanguage : 'nl'
  const [chosen, setVariant] = useState<Choice>('full')
  // A carer removed meanwhile is no longer a choice.
  const variant: Choice = chosen.startsWith('carer:') && !carers.some((carer) => `carer:${carer.id}` === chosen) ? 'full' : chosen
  const [largePrint, setLargePrint] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [error, setError] = useState<UiErrorCode | null>(null)

  const make = async (action: 'plan.save' | 'plan.openForPrinting') => {
    if (status.kind === 'making') return
    setError(null)
    setStatus({ kind: 'making' })
    try {
      // The plan is made from what is stored, so whatever was just typed is saved first.
      await afterSaving(beforeMaking)
      const request = { id: dossierId, ...requestOf(variant), largePrint, language }
      if (action === 'plan.save') {
        const result = await call('plan.save', request)
        setStatus(result.saved ? { kind: 'saved', file: result.fileName, pages: result.pages } : { kind: 'cancelled' })
      } else {
        await call('plan.openForPrinting', request)
        setStatus({ kind: 'opened' })
      }
    } catch (failure) {
      setError(errorCodeOf(failure))
      setStatus({ kind: 'idle' })
    }
  }

  return (
    <section className="panel make-plan" aria-labelledby="make-plan-heading">
      <h2 id="make-plan-heading">{t('plan.heading')}</h2>
      <p>{t('plan.intro')}</p>
      {unprintable.length > 0 && (
        <p className="warning-text" id="unprintable-warning">
          {t('plan.unprintable', { characters: unprintable.join(' ') })}
        </p>
      )}
      <Radios
        legend={t('plan.variant')}
        options={[
          { value: 'full', label: t('plan.full'), hint: t('plan.fullHint') },
          { value: 'summary', label: t('plan.summary'), hint: t('plan.summaryHint') },
          ...carers.map((carer) => ({
            value: `carer:${carer.id}` as const,
            label: t('plan.carerSummary', { name: carer.name }),
            hint: t('plan.carerSummaryHint'),
          })),
        ]}
        value={variant}
        onChange={setVariant}
      />
      {uiLanguage !== 'nl' && (
        <Radios
          legend={t('plan.language')}
          options={[
            { value: 'nl', label: t('plan.languageDutch'), hint: t('plan.languageDutchHint') },
            { value: 'own', label: t('plan.languageOwn', { language: languageOf(uiLanguage).name }), hint: t('plan.languageOwnHint') },
          ]}
          value={planLanguage}
          onChange={setPlanLanguage}
        />
      )}
      <Checkbox label={t('plan.largePrint')} hint={t('plan.largePrintHint')} checked={largePrint} onChange={setLargePrint} />
      <div className="at-button-row">
        <Button variant="primary" aria-disabled={status.kind === 'making' || undefined} onClick={() => void make('plan.save')}>
          {t('plan.save')}
        </Button>
        <Button
          variant="secondary"
          aria-disabled={status.kind === 'making' || undefined}
          aria-describedby="print-hint"
          onClick={() => void make('plan.openForPrinting')}
        >
          {t('plan.print')}
        </Button>
      </div>
      <p className="hint" id="print-hint">
        {t('plan.printHint')}
      </p>
      <div role="status" className="plan-status">
        {status.kind === 'making' && (
          <>
            <progress aria-label={t('plan.making')} />
            <span>{t('plan.making')}</span>
          </>
        )}
        {status.kind === 'saved' && <p className="success">✓ {t('plan.saved', { count: status.pages, file: status.file })}</p>}
        {status.kind === 'cancelled' && <p>{t('plan.cancelled')}</p>}
        {status.kind === 'opened' && <p className="success">✓ {t('plan.opened')}</p>}
      </div>
      {error && <ErrorMessage code={error} />}
    </section>
  )
}
