import { StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import type { Settings } from '../electron/contract'
import { call } from './app/api'
import { App } from './app/App'
import { initI18n, loadTheRest } from './app/i18n'
import './kit/tokens.css'
import './app/styles.css'

const fallback: Settings = { language: 'nl', textSize: 'normal', autoLockMinutes: 15, advocate: { name: '', organisation: '', phone: '' } }

/** The person's settings first, then their language's texts only, then the app. */
async function start(): Promise<void> {
  const settings = await call('settings.get', undefined).catch(() => fallback)
  document.documentElement.dataset.textSize = settings.textSize
  await initI18n(settings.language)
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <App initialSettings={settings} />
      </Suspense>
    </StrictMode>,
  )
  // Idle time after the first screen: the rest of the texts, before anyone clicks on.
  void loadTheRest()
}

void start()
