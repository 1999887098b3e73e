import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../domain/dossier/schema'
import { Radios } from '../kit/Radios'
import { Sourced } from '../fields/Sourced'

type AfterTalk = Dossier['afterTalk']

/**
 * Before the person signs the report: signing it often counts as the aanvraag (and sometimes as
 * "akkoord"), the report is no besluit, and the words to write next to a signature when they do
 * not agree.
 */
export function ReportSigning({ afterTalk, setAfter }: { afterTalk: AfterTalk; setAfter: (fields: Partial<AfterTalk>) => void }) {
  const { t } = useTranslation('after')
  return (
    <section className="panel danger signing" aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('report.sign.heading')}</h2>
      <Sourced source={t('report.sign.warningSource')}>{t('report.sign.warning')}</Sourced>
      <Sourced source={t('report.sign.notDecisionSource')}>{t('report.sign.notDecision')}</Sourced>
      <p>{t('report.sign.replyIntro')}</p>
      <p className="ready-reply" lang="nl">
        {t('report.sign.reply')}
      </p>
      <p className="hint">{t('report.sign.replyHint')}</p>
      <Radios
        legend={t('report.sign.signed')}
        options={[
          { value: 'notYet', label: t('report.sign.notYet') },
          { value: 'seenNotAgreed', label: t('report.sign.seenNotAgreed') },
          { value: 'agreed', label: t('report.sign.agreed') },
        ]}
        value={afterTalk.reportSigned}
        onChange={(reportSigned) => setAfter({ reportSigned })}
        onClear={() => setAfter({ reportSigned: null })}
      />
      {afterTalk.reportSigned === 'agreed' && <p className="warning-text">{t('report.sign.agreedAdvice')}</p>}
    </section>
  )
}
