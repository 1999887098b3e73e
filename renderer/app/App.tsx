import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../electron/contract'
import { call } from './api'
import { changeLanguage } from './i18n'
import { lockEverything, storePendingChanges } from './pendingSaves'
import { SettingsBar } from './SettingsBar'
import { DossierList, SEARCH_ID } from '../dossiers/DossierList'
import { ReadAloudProvider } from '../kit/ReadAloud'
import { languageOf } from '../../locales/languages'

// The first screen is the list: every other page loads when first opened (from the computer's own
// disk, in milliseconds), which keeps what the app loads at start small.
const WeekPage = lazy(() => import('../desk/WeekPage').then((module) => ({ default: module.WeekPage })))
const CreateDossier = lazy(() => import('../dossiers/CreateDossier').then((module) => ({ default: module.CreateDossier })))
const DossierView = lazy(() => import('../steps/DossierView').then((module) => ({ default: module.DossierView })))
const GlossaryPage = lazy(() => import('../rights/GlossaryPage').then((module) => ({ default: module.GlossaryPage })))
const RightsPage = lazy(() => import('../rights/RightsPage').then((module) => ({ default: module.RightsPage })))
const PrivacyPage = lazy(() => import('../privacy/PrivacyPage').then((module) => ({ default: module.PrivacyPage })))

export type View = { name: 'list' } | { name: 'create' } | { name: 'dossier'; id: string } | { name: 'week' }
type Page = View | { name: 'rights' } | { name: 'glossary' } | { name: 'privacy' }
const infoPages = ['rights', 'glossary', 'privacy']

export function App({ initialSettings }: { initialSettings: Settings }) {
  const { t, i18n } = useTranslation(['common', 'dossiers'])
  const [settings, setSettings] = useState<Settings>(initialSettings)
  const [view, setView] = useState<Page>({ name: 'list' })
  // Rights and the word list open over whatever the person was doing, and go back to it.
  const [returnTo, setReturnTo] = useState<View>({ name: 'list' })
  const mainRef = useRef<HTMLElement>(null)
  // The list has a search once there are more than a few preparations: only then a skip link to it.
  const [listHasSearch, setListHasSearch] = useState(false)

  const applySettings = useCallback(
    async (next: Settings) => {
      // The new language's texts load first, so the screen never shows half a language.
      if (i18n.language !== next.language) await changeLanguage(next.language)
      setSettings(next)
      document.documentElement.dataset.textSize = next.textSize
    },
    [i18n],
  )

  const [notice, setNotice] = useState('')
  const lastActivity = useRef(0)
  const viewRef = useRef(view)
  useEffect(() => {
    viewRef.current = view
  }, [view])

  /** Closes the open dossier if it is locked now; one without a passphrase stays open. */
  const closeIfLocked = useCallback(async () => {
    const current = viewRef.current
    if (current.name !== 'dossier') return
    const { dossiers } = await call('dossiers.list', undefined)
    if (dossiers.some((summary) => summary.id === current.id && summary.protection === 'locked')) setView({ name: 'list' })
  }, [])

  /** Locks (storing what was typed first) and closes the open dossier if it locked. */
  const lockAndClose = useCallback(async () => {
    const { locked, cleanupFailed } = await lockEverything()
    if (cleanupFailed) setNotice('lockCleanupFailed')
    else if (locked > 0) setNotice('privacy.autoLocked')
    // Also when the main process locked first (it does so when the page does not answer in time).
    await closeIfLocked()
  }, [closeIfLocked])

  // The computer is locking its screen or going to sleep: the main process asks us to lock, or
  // tells us it did.
  useEffect(() => window.aanTafelEvents?.on('lockRequested', () => void lockAndClose().catch(() => undefined)), [lockAndClose])
  useEffect(() => window.aanTafelEvents?.on('locked', () => void closeIfLocked().catch(() => undefined)), [closeIfLocked])

  // A hand-over file was double-clicked: the list asks its import questions (see ImportFlow), once
  // what was typed in an open dossier is stored; if that fails, the file waits until the list shows.
  const showListForOpenedFile = useCallback(async () => {
    const current = viewRef.current
    if (current.name === 'list') return
    if (current.name === 'dossier' && !(await storePendingChanges())) return
    setNotice('')
    setView({ name: 'list' })
  }, [])
  useEffect(() => window.aanTafelEvents?.on('fileOpened', () => void showListForOpenedFile().catch(() => undefined)), [showListForOpenedFile])

  // Locks dossiers with a passphrase after the chosen time without a key press, click or scroll.
  useEffect(() => {
    const minutes = settings?.autoLockMinutes ?? 0
    if (minutes === 0) return
    lastActivity.current = Date.now()
    const active = () => {
      lastActivity.current = Date.now()
    }
    const events = ['keydown', 'pointerdown', 'wheel', 'input'] as const
    for (const name of events) window.addEventListener(name, active, { capture: true, passive: true })
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current < minutes * 60_000) return
      lastActivity.current = Date.now()
      lockAndClose().catch(() => undefined)
    }, 15_000)
    return () => {
      clearInterval(timer)
      for (const name of events) window.removeEventListener(name, active, { capture: true })
    }
  }, [settings?.autoLockMinutes, lockAndClose])

  const changeSettings = async (patch: Partial<Settings>) => {
    try {
      await applySettings(await call('settings.update', patch))
    } catch {
      setNotice('settingsNotSaved')
    }
  }

  const go = (next: Page) => {
    if (infoPages.includes(next.name) && !infoPages.includes(view.name)) setReturnTo(view as View)
    setNotice('')
    setView(next)
    window.scrollTo(0, 0)
  }
  const back = () => go(returnTo)
  const backLabel = returnTo.name === 'dossier' ? t('actions.backToDossier') : t('actions.backToList')

  return (
    <ReadAloudProvider locale={languageOf(settings.language).locale} start={t('readAloud.start')} stop={t('readAloud.stop')}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          mainRef.current?.focus()
        }}
      >
        {t('skipToContent')}
      </a>
      {view.name === 'list' && listHasSearch && (
        <a
          className="skip-link"
          href={`#${SEARCH_ID}`}
          onClick={(event) => {
            event.preventDefault()
            document.getElementById(SEARCH_ID)?.focus()
          }}
        >
          {t('skipToSearch', { ns: 'dossiers' })}
        </a>
      )}
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <nav className="app-nav" aria-label={t('navLabel')}>
          <button type="button" className="nav-button" aria-current={view.name === 'rights' ? 'page' : undefined} onClick={() => go({ name: 'rights' })}>
            {t('nav.rights', { ns: 'rights' })}
          </button>
          <button type="button" className="nav-button" aria-current={view.name === 'glossary' ? 'page' : undefined} onClick={() => go({ name: 'glossary' })}>
            {t('nav.glossary', { ns: 'rights' })}
          </button>
          <button type="button" className="nav-button" aria-current={view.name === 'privacy' ? 'page' : undefined} onClick={() => go({ name: 'privacy' })}>
            {t('nav.privacy', { ns: 'privacy' })}
          </button>
        </nav>
        <SettingsBar settings={settings} onChange={changeSettings} />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {/* Always on the page, so that a message appearing in it is announced. */}
        <p className={notice ? 'notice' : 'visually-hidden'} role="status">
          {notice ? t(notice, { ns: 'privacy' }) : ''}
        </p>
        {view.name === 'list' && (
          <DossierList
            onCreate={() => go({ name: 'create' })}
            onOpen={(id) => go({ name: 'dossier', id })}
            onWeek={() => go({ name: 'week' })}
            onSearchShown={setListHasSearch}
          />
        )}
        <Suspense fallback={null}>
          {view.name === 'week' && <WeekPage onOpen={(id) => go({ name: 'dossier', id })} onBack={() => go({ name: 'list' })} />}
          {view.name === 'create' && <CreateDossier onCancel={() => go({ name: 'list' })} onCreated={(id) => go({ name: 'dossier', id })} />}
          {view.name === 'dossier' && (
            <DossierView
              id={view.id}
              onClose={() => go({ name: 'list' })}
              onLocked={({ cleanupFailed, unsaved }) => {
                go({ name: 'list' })
                if (cleanupFailed) setNotice('lockCleanupFailed')
                else if (unsaved) setNotice('lockedUnsaved')
              }}
            />
          )}
          {view.name === 'rights' && <RightsPage onBack={back} backLabel={backLabel} />}
          {view.name === 'glossary' && <GlossaryPage onBack={back} backLabel={backLabel} />}
          {view.name === 'privacy' && (
            <PrivacyPage
              settings={settings}
              onChange={(patch) => void changeSettings(patch)}
              onBack={back}
              backLabel={backLabel}
              onDeletedEverything={(cleanupFailed) => {
                setReturnTo({ name: 'list' })
                call('settings.get', undefined)
                  .then(applySettings, () => undefined)
                  .catch(() => undefined)
                setView({ name: 'list' })
                setNotice(cleanupFailed ? 'deletedButCopyLeft' : 'privacy.deleted')
              }}
            />
          )}
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('localOnly')}</p>
      </footer>
    </ReadAloudProvider>
  )
}
