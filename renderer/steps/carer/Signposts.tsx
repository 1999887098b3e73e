import { useId } from 'react'
import { useTranslation } from 'react-i18next'

const places = ['doctor', 'municipality', 'helpline', 'listen', 'crisis'] as const

/**
 * Where a carer can get help now, shown at once when caring is too heavy: on the same page, so
 * nothing typed is left behind. Every place names its source; numbers only where a source gave them.
 */
export function Signposts() {
  const { t } = useTranslation('flow')
  const headingId = useId()
  return (
    <section className="carer-signposts" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('carer.signposts.heading')}</h3>
      <p>{t('carer.signposts.intro')}</p>
      <ul>
        {places.map((place) => (
          <li key={place}>
            <strong>{t(`carer.signposts.items.${place}.name`)}</strong>
            <br />
            {t(`carer.signposts.items.${place}.text`)}
            <span className="source carer-signposts__source">{t('source', { source: t(`carer.signposts.items.${place}.source`) })}</span>
          </li>
        ))}
      </ul>
      <p className="source">{t('carer.signposts.numbersChange')}</p>
    </section>
  )
}
