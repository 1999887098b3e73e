import { useTranslation } from 'react-i18next'
import { useHeadingFocus } from '../app/useHeadingFocus'

const sections = ['clientSupport', 'plan', 'investigation', 'report', 'application', 'pgb', 'contribution', 'objection', 'deadlines', 'help'] as const

/** The person's rights in plain words, each with the article it comes from. */
export function RightsPage({ onBack, backLabel }: { onBack: () => void; backLabel: string }) {
  const { t } = useTranslation('rights')
  const heading = useHeadingFocus<HTMLHeadingElement>()
  return (
    <>
      <button type="button" className="link-button" onClick={onBack}>
        {backLabel}
      </button>
      <h1 ref={heading} tabIndex={-1}>
        {t('rights.heading')}
      </h1>
      <p className="lead">{t('rights.intro')}</p>
      {sections.map((section) => {
        const source = t(`rights.sections.${section}.source`)
        return (
          <section key={section} aria-labelledby={`right-${section}`} className="right">
            <h2 id={`right-${section}`}>{t(`rights.sections.${section}.title`)}</h2>
            <p>{t(`rights.sections.${section}.text`)}</p>
            {source && <p className="source">{t('glossary.source', { source })}</p>}
          </section>
        )
      })}
    </>
  )
}
