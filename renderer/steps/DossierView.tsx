import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../app/ErrorMessage'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { SaveStatus } from './SaveStatus'
import { useDossier } from './useDossier'
import { WhoStep } from './who/WhoStep'

/** An open preparation: its page, the save state, and the way back to the overview. */
export function DossierView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation(['flow', 'common'])
  const { dossier, loadError, saveState, saveError, change, flush } = useDossier(id)
  const heading = useHeadingFocus<HTMLHeadingElement>(dossier !== null)

  if (loadError) {
    return (
      <>
        <ErrorMessage code={loadError} />
        <button type="button" className="button secondary" onClick={onClose}>
          {t('actions.backToList', { ns: 'common' })}
        </button>
      </>
    )
  }
  if (!dossier) return <p className="loading">{t('loading', { ns: 'common' })}</p>

  return (
    <>
      <div className="page-top">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            void flush()
            onClose()
          }}
        >
          {t('actions.backToList', { ns: 'common' })}
        </button>
        <SaveStatus state={saveState} error={saveError} />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        {t('who.heading')}
      </h1>
      <WhoStep dossier={dossier} change={(fields) => change('subject', fields)} />
    </>
  )
}
