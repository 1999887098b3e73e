import { useTranslation } from 'react-i18next'
import { InfoPage } from './InfoPage'
import './rights.css'

/** Every term of jargon the app uses, explained; the same texts as the explanations where terms appear. */
export function GlossaryPage({ onBack, backLabel }: { onBack: () => void; backLabel: string }) {
  const { t } = useTranslation(['glossary', 'rights'])
  // Every language has the same terms (the locales test sees to it): the loaded language lists them.
  const terms = Object.keys(t('terms', { returnObjects: true }) as Record<string, unknown>)
  return (
    <InfoPage heading={t('glossary.heading', { ns: 'rights' })} intro={t('glossary.intro', { ns: 'rights' })} onBack={onBack} backLabel={backLabel}>
      <dl className="glossary">
        {terms.map((term) => {
          const source = t(`terms.${term}.source`)
          return (
            <div key={term} id={`term-${term}`} className="glossary-entry">
              <dt>{t(`terms.${term}.term`)}</dt>
              <dd>
                <p>{t(`terms.${term}.short`)}</p>
                <p>{t(`terms.${term}.long`)}</p>
                <p className="source">{t('glossary.source', { ns: 'rights', source })}</p>
              </dd>
            </div>
          )
        })}
      </dl>
    </InfoPage>
  )
}
