import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dossier, SectionName } from '../../electron/contract'
import { AnnouncerProvider } from '../app/Announcer'
import { ErrorMessage } from '../app/ErrorMessage'
import { SaveStatus } from './SaveStatus'
import { StepPage } from './StepPage'
import type { Position } from './steps'
import { useDossier } from './useDossier'

/** An open preparation: one page at a time, saved as the person types. */
export function DossierView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation(['flow', 'common'])
  const { dossier, loadError, saveState, saveError, change, flush } = useDossier(id)
  const [position, setPosition] = useState<Position>({ step: 'who', part: 0 })
  const [fromCheck, setFromCheck] = useState(false)
  const leaveTried = useRef(false)

  // Leave only when everything is stored; otherwise the page stays with the error showing, and a
  // second try leaves anyway (the retries go on in the background).
  const leave = async () => {
    if ((await flush()) || leaveTried.current) onClose()
    leaveTried.current = true
  }

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
    <AnnouncerProvider>
      {/* Outside the page itself, so that a save error is announced once, not again on every page. */}
      <div className="page-top">
        <button type="button" className="link-button" onClick={() => void leave()}>
          {t('actions.backToList', { ns: 'common' })}
        </button>
        <SaveStatus state={saveState} error={saveError} />
      </div>
      <StepPage
        key={`${position.step}-${position.part}`}
        dossier={dossier}
        position={position}
        fromCheck={fromCheck}
        change={change as <S extends SectionName>(section: S, fields: Partial<Dossier[S]>) => void}
        goTo={(next, viaCheck = false) => {
          setPosition(next)
          setFromCheck(viaCheck)
          window.scrollTo(0, 0)
        }}
        onClose={() => void leave()}
        saveFirst={flush}
      />
    </AnnouncerProvider>
  )
}
