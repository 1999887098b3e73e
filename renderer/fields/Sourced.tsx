import { useTranslation } from 'react-i18next'

/** A statement of law with its source under it ("Bron: …"), as every rule the app states. */
export function Sourced({ children, source }: { children: string; source: string }) {
  const { t } = useTranslation('flow')
  return (
    <>
      <p>{children}</p>
      <p className="source">{t('source', { source })}</p>
    </>
  )
}
