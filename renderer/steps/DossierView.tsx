import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnnouncerProvider } from '../app/Announcer'
import { call } from '../app/api'
import { ProtectPage } from '../privacy/ProtectPage'
import { ErrorMessage } from '../app/ErrorMessage'
import { AfterTalkPage, afterParts } from '../after/AfterTalkPage'
import { TimelinePage } from '../timeline/TimelinePage'
import { SaveStatus } from './SaveStatus'
import { StepPage } from './StepPage'
import { stepKeys, validPosition, type Position, type StepKey } from '../../domain/steps'
import type { Dossier } from '../../domain/dossier/schema'
import { NotesPage } from '../desk/NotesPage'
import { OverviewPage } from './overview/OverviewPage'
import { useDossier } from './useDossier'
import { Button } from '../kit/Button'

type Mode = 'overview' | 'prepare' | 'timeline' | 'after' | 'notes' | 'protect'
const modes: Mode[] = ['overview', 'prepare', 'timeline', 'after', 'notes', 'protect']

/** Where the dossier was left last time (kept in the dossier itself), checked against what exists now. */
function placeOf(dossier: Dossier): { mode: Mode; position: Position; afterPart: number } {
  const { view, step, part, afterPart } = dossier.flow.last
  const mode = modes.includes(view as Mode) ? (view as Mode) : 'prepare'
  const position = stepKeys.includes(step as StepKey) ? validPosition({ step: step as StepKey, part }, dossier) : { step: 'who' as const, part: 0 }
  return { mode, position, afterPart }
}

/** Where each dossier was left this session, so that a visit to the word list or rights returns there. */
const lastPlaces = new Map<string, { mode: Mode; position: Position; afterPart: number }>()

export type { Change } from './pages'
import type { Change } from './pages'

/** An open preparation: preparing page by page, its deadlines, and what comes after the conversation. */
export function DossierView({
  id,
  onClose,
  onLocked,
}: {
  id: string
  onClose: () => void
  onLocked: (outcome: { cleanupFailed: boolean; unsaved: boolean }) => void
}) {
  const { t } = useTranslation(['flow', 'common', 'rights', 'privacy'])
  const { dossier, loadError, saveState, saveError, change, flush } = useDossier(id)
  const remembered = lastPlaces.get(id)
  const [mode, setModeState] = useState<Mode>(remembered?.mode ?? 'prepare')
  const [position, setPosition] = useState<Position>(remembered?.position ?? { step: 'who', part: 0 })
  const [afterPart, setAfterPart] = useState(remembered?.afterPart ?? 0)
  const [fromCheck, setFromCheck] = useState(false)
  const leaveTried = useRef(false)
  const [isProtected, setIsProtected] = useState(false)
  // Reopened (also after a restart): back to the page it was left on, as kept in the dossier.
  const [placed, setPlaced] = useState(remembered !== undefined)
  if (dossier && !placed) {
    const last = placeOf(dossier)
    setPlaced(true)
    setModeState(last.mode)
    setPosition(last.position)
    setAfterPart(last.afterPart)
  }
  lastPlaces.set(id, { mode, position, afterPart })

  // Every page turn is kept in the dossier (a place, not a change: it does not count as "last changed").
  const saved = useRef('')
  useEffect(() => {
    if (!placed || !dossier) return
    const last = { view: mode, step: position.step, part: position.part, afterPart }
    const key = JSON.stringify(last)
    if (saved.current === '') saved.current = JSON.stringify(dossier.flow.last)
    if (key === saved.current) return
    saved.current = key
    change('flow', { last })
    // `dossier` and `change` are left out on purpose: only a page turn is saved, not every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placed, mode, position, afterPart])

  const protectionOf = useCallback(
    async () => (await call('dossiers.list', undefined)).dossiers.some((summary) => summary.id === id && summary.protection !== 'none'),
    [id],
  )
  const refreshProtection = () => protectionOf().then(setIsProtected, () => undefined)
  useEffect(() => {
    let live = true
    protectionOf().then(
      (value) => live && setIsProtected(value),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [protectionOf])

  // Locked while open (idle time, the computer's screen): back to the list, where it shows locked.
  useEffect(() => {
    if (saveError === 'locked' || loadError === 'locked') onClose()
  }, [saveError, loadError, onClose])

  // Leave only when everything is stored; otherwise the page stays with the error showing, and a
  // second try leaves anyway (the retries go on in the background).
  const leave = async () => {
    if ((await flush()) || leaveTried.current) onClose()
    leaveTried.current = true
  }
  const setMode = (next: Mode) => {
    setModeState(next)
    window.scrollTo(0, 0)
  }

  if (loadError) {
    return (
      <>
        <ErrorMessage code={loadError} />
        <Button variant="secondary" onClick={onClose}>
          {t('actions.backToList', { ns: 'common' })}
        </Button>
      </>
    )
  }
  if (!dossier) return <p className="loading">{t('loading', { ns: 'common' })}</p>
  const typedChange = change as Change

  return (
    <AnnouncerProvider>
      {/* Outside the page itself, so that a save error is announced once, not again on every page. */}
      <div className="page-top">
        <Button variant="link" onClick={() => void leave()}>
          {t('actions.backToList', { ns: 'common' })}
        </Button>
        <SaveStatus state={saveState} error={saveError} />
      </div>
      <nav className="section-nav" aria-label={t('nav.sectionsLabel', { ns: 'rights' })}>
        <ul>
          {modes.map((item) => (
            <li key={item}>
              <button type="button" className="section-tab" aria-current={mode === item ? 'page' : undefined} onClick={() => setMode(item)}>
                {item === 'protect' ? t('nav.protect', { ns: 'privacy' }) : t(`nav.${item}`, { ns: 'rights' })}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {mode === 'overview' && (
        <OverviewPage
          dossier={dossier}
          change={typedChange}
          openStep={(step) => {
            setPosition({ step, part: 0 })
            setFromCheck(false)
            setMode('prepare')
          }}
        />
      )}
      {mode === 'notes' && <NotesPage dossier={dossier} change={typedChange} />}
      {mode === 'prepare' && (
        <StepPage
          key={`${position.step}-${position.part}`}
          dossier={dossier}
          position={position}
          fromCheck={fromCheck}
          change={typedChange}
          goTo={(next, viaCheck = false) => {
            setPosition(next)
            setFromCheck(viaCheck)
            window.scrollTo(0, 0)
          }}
          onClose={() => void leave()}
          saveFirst={flush}
        />
      )}
      {mode === 'protect' && (
        <ProtectPage
          dossier={dossier}
          isProtected={isProtected}
          saveFirst={flush}
          onProtectionChanged={() => void refreshProtection()}
          onLockedAll={onLocked}
        />
      )}
      {mode === 'timeline' && (
        <TimelinePage
          dossier={dossier}
          change={typedChange}
          saveFirst={flush}
          openAfter={(part) => {
            setAfterPart(afterParts.indexOf(part))
            setMode('after')
          }}
        />
      )}
      {mode === 'after' && (
        <AfterTalkPage
          key={afterPart}
          dossier={dossier}
          part={afterPart}
          change={typedChange}
          saveFirst={flush}
          goTo={(part) => {
            setAfterPart(part)
            window.scrollTo(0, 0)
          }}
          openTimeline={() => setMode('timeline')}
        />
      )}
    </AnnouncerProvider>
  )
}
