import { useTranslation } from 'react-i18next'
import type glossary from '../../locales/nl/glossary.json'
import { Details } from '../kit/Details'

export type GlossaryKey = keyof (typeof glossary)['terms']

/** A term of jargon explained where it appears: a short sentence, more on request, and its source. */
export function Explain({ term }: { term: GlossaryKey }) {
  const { t } = useTranslation(['glossary', 'flow'])
  const name = t(`terms.${term}.term`)
  const source = t(`terms.${term}.source`)
  return (
    <Details summary={t('explain', { ns: 'flow', term: name })}>
      <p>{t(`terms.${term}.short`)}</p>
      <p>{t(`terms.${term}.long`)}</p>
      <p className="source">{t('source', { ns: 'flow', source })}</p>
    </Details>
  )
}
