import { useTranslation } from 'react-i18next'
import { caredForName, carerCandidates, carerLabel, carerName, carersOf, withCarerAdded, withCarerRemoved } from '../../../domain/carers'
import type { Dossier } from '../../../domain/dossier/schema'
import { newId } from '../../../domain/ids'
import { useAnnounce } from '../../app/Announcer'
import { useWords } from '../../app/words'
import { Explain } from '../../fields/Explain'
import { Button } from '../../kit/Button'
import type { CarerChange } from './CarerStep'

/** Who cares for the person: the relative who prepares, and the helpers the person chooses to add. */
export function CarersOverview({ dossier, change }: { dossier: Dossier; change: CarerChange }) {
  const { t } = useTranslation('flow')
  const { read } = useWords()
  const announce = useAnnounce()
  const person = read(caredForName(dossier))
  const carers = carersOf(dossier)
  const candidates = carerCandidates(dossier)
  const helperLabel = (name: string, relation: string) => (relation.trim() ? `${name.trim()} (${relation.trim()})` : name.trim())

  const add = (helperId: string, name: string) => {
    change({ carers: withCarerAdded(dossier, newId('carer'), helperId) })
    announce(t('carer.added', { name }))
    // The button is gone once the carer is added: keep the keyboard where the list of additions is.
    requestAnimationFrame(() => document.getElementById('carer-add-heading')?.focus())
  }

  const remove = (id: string, name: string) => {
    change({ carers: withCarerRemoved(dossier, id) })
    announce(t('carer.removed', { name }))
    requestAnimationFrame(() => document.getElementById('carer-who-heading')?.focus())
  }

  return (
    <>
      <p className="lead">{t('carer.intro')}</p>
      <p className="source">{t('source', { source: t('carer.source') })}</p>
      <Explain term="mantelzorger" />
      <section className="notice" aria-labelledby="carer-voluntary">
        <h2 id="carer-voluntary">{t('carer.voluntaryHeading')}</h2>
        <p>{t('carer.voluntary')}</p>
        <p className="source">{t('source', { source: t('carer.voluntarySource') })}</p>
      </section>

      <h2 id="carer-who-heading" tabIndex={-1}>
        {t('carer.whoHeading', { person })}
      </h2>
      <p>{t('carer.whoIntro', { person })}</p>
      {carers.length === 0 ? (
        <p>{t('carer.noCarers')}</p>
      ) : (
        <ul className="carer-list">
          {carers.map((carer) => {
            const label = read(carerLabel(dossier, carer))
            const isPreparer = carer.who.kind === 'preparer'
            const name = carerName(dossier, carer)
            return (
              <li key={carer.id}>
                <span>{isPreparer ? (name ? t('carer.you', { name: label }) : t('carer.youUnnamed')) : label}</span>
                {!isPreparer && (
                  <Button variant="secondary" size="small" aria-label={t('carer.removeNamed', { name: label })} onClick={() => remove(carer.id, label)}>
                    {t('carer.remove')}
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      )}

      <h2 id="carer-add-heading" tabIndex={-1}>
        {t('carer.addHeading')}
      </h2>
      {candidates.length > 0 ? (
        <>
          <p className="hint">{t('carer.addHint')}</p>
          <div className="at-button-row">
            {candidates.map((helper) => {
              const label = helperLabel(helper.name, helper.relation)
              return (
                <Button key={helper.id} variant="secondary" onClick={() => add(helper.id, label)}>
                  + {t('carer.add', { name: label })}
                </Button>
              )
            })}
          </div>
        </>
      ) : (
        <p>{t('carer.noCandidates')}</p>
      )}
    </>
  )
}
