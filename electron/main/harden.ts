import type { Session, WebContents } from 'electron'
import { isAllowedRequest, isAppUrl } from './security'

/** Refuses every permission and every request that is not the app's own bundle. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl)
    if (!allowed) console.warn(`[aan-tafel] blocked request to ${details.url.slice(0, 200)}`)
    callback({ cancel: !allowed })
  })
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenContents(contents: WebContents, devServerUrl?: string): void {
  // The app is one page: it never navigates, so any navigation is someone else's doing.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
