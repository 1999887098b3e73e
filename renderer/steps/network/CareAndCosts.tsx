import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../domain/dossier/schema'
import { Explain } from '../../fields/Explain'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'

type Network = Dossier['network']

/**
 * The second page of "Wie je helpt": the care the person already gets, which the municipality must
 * coordinate with (Wmo 2015 art. 2.3.2 lid 4 onder f), and the costs (onder g).
 */
export function CareAndCosts({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Network>) => void }) {
  const { t } = useTranslation('flow')
  const answers = dossier.network
  return (
    <>
      <p className="lead">{t('network.careIntro')}</p>
      <p className="source">{t('source', { source: t('network.careIntroSource') })}</p>
      <h2>{t('network.careQuestionsHeading')}</h2>
      <TextField label={t('network.insurer')} value={answers.insurer} width="medium" onChange={(insurer) => change({ insurer })} />
      <TextField label={t('network.gp')} hint={t('network.gpHint')} value={answers.gp} width="medium" onChange={(gp) => change({ gp })} />
      <TextField
        label={t('network.homeNursing')}
        hint={t('network.homeNursingHint')}
        value={answers.homeNursing}
        multiline
        rows={3}
        onChange={(homeNursing) => change({ homeNursing })}
      />
      <TextField
        label={t('network.otherCare')}
        hint={t('network.otherCareHint')}
        value={answers.otherCare}
        multiline
        rows={3}
        onChange={(otherCare) => change({ otherCare })}
      />
      <TextField
        label={t('network.coordination')}
        hint={t('network.coordinationHint')}
        value={answers.coordination}
        multiline
        rows={3}
        onChange={(coordination) => change({ coordination })}
      />
      <h2>{t('network.costsHeading')}</h2>
      <p>{t('network.costsInfo')}</p>
      <p className="source">{t('source', { source: t('network.costsInfoSource') })}</p>
      <Explain term="eigenBijdrage" />
      <Radios
        legend={t('network.contributionNow')}
        hint={t('network.contributionNowHint')}
        options={[
          { value: 'yes', label: t('network.contributionYes') },
          { value: 'no', label: t('network.contributionNo') },
          { value: 'unsure', label: t('network.contributionUnsure') },
        ]}
        value={answers.contributionNow}
        onChange={(contributionNow) => change({ contributionNow })}
        onClear={() => change({ contributionNow: null })}
      />
      <TextField
        label={t('network.costWorries')}
        hint={t('network.costWorriesHint')}
        value={answers.costWorries}
        multiline
        rows={3}
        onChange={(costWorries) => change({ costWorries })}
      />
    </>
  )
}
