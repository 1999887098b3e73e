import path from 'node:path'

/** The custom scheme the app is served from (Electron's security checklist: not file://). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'aan-tafel'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * No remote origins, no inline script, no eval, nothing to connect to: the renderer talks to the
 * main process only through the preload, never over the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The same policy as a <meta> tag, for the page itself: a second line of defence in the packaged
 * app, and the only one under `npm run dev`, where Vite's dev server serves the page without our
 * headers. A meta tag cannot carry frame-ancestors (browsers ignore it there). In development Vite
 * needs inline scripts and styles (React's refresh preamble, injected CSS) and a socket for hot
 * reload, on this machine only; nothing else is loosened.
 */
export function metaContentSecurityPolicy(mode: 'production' | 'development'): string {
  const directives = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'))
  if (mode === 'production') return directives.join('; ')
  const loosen: Record<string, string> = {
    'script-src': "script-src 'self' 'unsafe-inline'",
    'style-src': "style-src 'self' 'unsafe-inline'",
    'connect-src': "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  }
  return directives.map((directive) => loosen[directive.split(' ')[0] ?? ''] ?? directive).join('; ')
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app:// URL to a file inside the renderer's folder, or null when the URL is not the app's
 * own or tries to leave that folder (`..`, encoded slashes, absolute paths).
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, relative)
  if (file !== root && !file.startsWith(root + path.sep)) return null
  return file
}

/**
 * Whether a request the renderer makes may go out. Only the app's own bundle may load; in
 * development also Vite's dev server on this machine (for hot reload). Everything else is refused,
 * so not one request can leave the computer.
 */
export function isAllowedRequest(requestUrl: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST
  if (devServerUrl) {
    if (url.protocol === 'devtools:') return true
    const dev = new URL(devServerUrl)
    const sameHostAndPort = url.hostname === dev.hostname && url.port === dev.port
    if (sameHostAndPort && ['http:', 'ws:'].includes(url.protocol)) return true
  }
  return false
}

/** Whether a page address is the app itself (for IPC sender checks and navigation). */
export function isAppUrl(pageUrl: string, devServerUrl?: string): boolean {
  try {
    const url = new URL(pageUrl)
    if (url.origin === APP_ORIGIN || (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST)) return true
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}
