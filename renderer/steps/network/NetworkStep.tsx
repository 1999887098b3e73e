import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { useAnnounce } from '../../app/Announcer'
import { Explain } from '../../fields/Explain'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'
import { newId } from '../../../domain/ids'
import { Button } from '../../kit/Button'
import { Fieldset } from '../../kit/Field'

type Network = Dossier['network']
type Helper = Network['helpers'][number]

export function NetworkStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Network>) => void }) {
  const { t } = useTranslation('flow')
  const announce = useAnnounce()
  const { helpers } = dossier.network
  const setHelper = (index: number, fields: Partial<Helper>) =>
    change({ helpers: helpers.map((helper, at) => (at === index ? { ...helper, ...fields } : helper)) })
  const nameOf = (helper: Helper, index: number) => helper.name.trim() || t('network.unnamed', { number: index + 1 })

  const add = () => {
    change({ helpers: [...helpers, { id: newId('helper'), name: '', relation: '', helpsWith: '', frequency: '', canContinue: null }] })
    // Focus the new person's name once it is on the page.
    requestAnimationFrame(() => {
      const cards = document.querySelectorAll<HTMLElement>('.helper-card')
      cards[cards.length - 1]?.querySelector<HTMLInputElement>('input[type="text"]')?.focus()
    })
  }

  const remove = (index: number) => {
    const helper = helpers[index]
    if (!helper) return
    change({ helpers: helpers.filter((_, at) => at !== index) })
    announce(t('network.removed', { name: nameOf(helper, index) }))
    document.getElementById('add-helper')?.focus()
  }

  return (
    <>
      <p className="lead">{t('network.intro')}</p>
      <Explain term="eigenKracht" />
      <Explain term="gebruikelijkeHulp" />
      <Explain term="mantelzorg" />
      <h2>{t('network.helpersHeading')}</h2>
      {helpers.length === 0 && <p>{t('network.noHelpers')}</p>}
      {helpers.map((helper, index) => (
        <Fieldset key={helper.id} className="at-fieldset--group helper-card" legend={t('network.helper', { number: index + 1 })}>
          <TextField label={t('network.name')} value={helper.name} maxLength={500} width="medium" onChange={(name) => setHelper(index, { name })} />
          <TextField
            label={t('network.relation')}
            hint={t('network.relationHint')}
            value={helper.relation}
            maxLength={500}
            width="medium"
            onChange={(relation) => setHelper(index, { relation })}
          />
          <TextField
            label={t('network.helpsWith')}
            value={helper.helpsWith}
            multiline
            rows={2}
            maxLength={5000}
            onChange={(helpsWith) => setHelper(index, { helpsWith })}
          />
          <TextField
            label={t('network.frequency')}
            hint={t('network.frequencyHint')}
            value={helper.frequency}
            maxLength={500}
            width="medium"
            onChange={(frequency) => setHelper(index, { frequency })}
          />
          <Radios
            legend={t('network.canContinue')}
            options={[
              { value: 'yes', label: t('network.canContinueYes') },
              { value: 'forNow', label: t('network.canContinueForNow') },
              { value: 'no', label: t('network.canContinueNo') },
            ]}
            value={helper.canContinue}
            onChange={(canContinue) => setHelper(index, { canContinue })}
            onClear={() => setHelper(index, { canContinue: null })}
          />
          <Button variant="secondary" aria-label={t('network.removeHelperNamed', { name: nameOf(helper, index) })} onClick={() => remove(index)}>
            {t('network.removeHelper')}
          </Button>
        </Fieldset>
      ))}
      <p>
        <Button id="add-helper" variant="secondary" onClick={add} disabled={helpers.length >= 100}>
          + {t('network.addHelper')}
        </Button>
      </p>
      <TextField
        label={t('network.generalServices')}
        hint={t('network.generalServicesHint')}
        value={dossier.network.generalServices}
        multiline
        onChange={(generalServices) => change({ generalServices })}
      />
      <Explain term="algemeneVoorziening" />
      <TextField
        label={t('network.whyNotEnough')}
        hint={t('network.whyNotEnoughHint')}
        value={dossier.network.whyNotEnough}
        multiline
        onChange={(whyNotEnough) => change({ whyNotEnough })}
      />
    </>
  )
}
