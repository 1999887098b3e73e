import { useTranslation } from 'react-i18next'
import { InfoPage } from './InfoPage'

/** The person's rights in plain words, each with the article it comes from. */
export function RightsPage({ onBack, backLabel }: { onBack: () => void; backLabel: string }) {
  const { t } = useTranslation('rights')
  // In the order of locales/nl (every language keeps it): the route from melding to bezwaar.
  const sections = Object.keys(t('rights.sections', { returnObjects: true }) as Record<string, unknown>)
  return (
    <InfoPage heading={t('rights.heading')} intro={t('rights.intro')} onBack={onBack} backLabel={backLabel}>
      {sections.map((section) => {
        const source = t(`rights.sections.${section}.source`)
        return (
          <section key={section} aria-labelledby={`right-${section}`} className="right">
            <h2 id={`right-${section}`}>{t(`rights.sections.${section}.title`)}</h2>
            <p>{t(`rights.sections.${section}.text`)}</p>
            <p className="source">{t('glossary.source', { source })}</p>
          </section>
        )
      })}
    </InfoPage>
  )
}
