import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../electron/contract'
import { call } from './api'
import { SettingsBar } from './SettingsBar'
import { DossierList } from '../dossiers/DossierList'
import { CreateDossier } from '../dossiers/CreateDossier'
import { DossierView } from '../steps/DossierView'

export type View = { name: 'list' } | { name: 'create' } | { name: 'dossier'; id: string }

export function App() {
  const { t, i18n } = useTranslation('common')
  const [settings, setSettings] = useState<Settings | null>(null)
  const [view, setView] = useState<View>({ name: 'list' })
  const mainRef = useRef<HTMLElement>(null)

  const applySettings = useCallback(
    (next: Settings) => {
      setSettings(next)
      document.documentElement.dataset.textSize = next.textSize
      if (i18n.language !== next.language) void i18n.changeLanguage(next.language)
    },
    [i18n],
  )

  useEffect(() => {
    call('settings.get', undefined).then(applySettings, () => applySettings({ language: 'nl', textSize: 'normal' }))
  }, [applySettings])

  const changeSettings = async (patch: Partial<Settings>) => {
    applySettings(await call('settings.update', patch))
  }

  const go = (next: View) => {
    setView(next)
    window.scrollTo(0, 0)
  }

  if (!settings) return <p className="loading">{t('loading')}</p>

  return (
    <>
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
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <SettingsBar settings={settings} onChange={changeSettings} />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {view.name === 'list' && (
          <DossierList onCreate={() => go({ name: 'create' })} onOpen={(id) => go({ name: 'dossier', id })} />
        )}
        {view.name === 'create' && (
          <CreateDossier onCancel={() => go({ name: 'list' })} onCreated={(id) => go({ name: 'dossier', id })} />
        )}
        {view.name === 'dossier' && <DossierView id={view.id} onClose={() => go({ name: 'list' })} />}
      </main>
      <footer className="app-footer">
        <p>{t('localOnly')}</p>
      </footer>
    </>
  )
}
