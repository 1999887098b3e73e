import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppUrl,
  resolveAppFile,
} from '../../electron/main/security'

const root = path.resolve('/opt/aan-tafel/renderer')

describe('serving the app from app://', () => {
  it('maps the app’s own addresses to files in the renderer folder', () => {
    expect(resolveAppFile(root, 'app://aan-tafel/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://aan-tafel/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://aan-tafel/assets/index-abc.js?x=1#y')).toBe(path.join(root, 'assets/index-abc.js'))
  })

  it.each(['app://aan-tafel/../main/index.js', 'app://aan-tafel/%2e%2e/%2e%2e/etc/passwd', 'app://aan-tafel/a/../../../../x'])(
    'keeps %s inside the renderer folder (the URL parser removes dot segments)',
    (url) => {
      const file = resolveAppFile(root, url)
      expect(file === null || file.startsWith(root + path.sep)).toBe(true)
    },
  )

  it.each([
    'app://aan-tafel/assets/..%2f..%2f..%2fetc/passwd',
    'app://aan-tafel/..%5c..%5cwindows',
    'app://aan-tafel/%00',
    'app://aan-tafel/%E0%A4%A',
    'app://other-host/index.html',
    'https://aan-tafel/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })
})

describe('requests', () => {
  it('allows only the app’s own bundle', () => {
    expect(isAllowedRequest('app://aan-tafel/assets/x.js')).toBe(true)
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'ws://localhost:5173/', 'app://evil/x', 'data:text/html,x', 'file:///etc/passwd', 'devtools://devtools/bundled/x']) {
      expect(isAllowedRequest(url), url).toBe(false)
    }
  })

  it('allows Vite’s dev server on this machine only in development', () => {
    const dev = 'http://localhost:5173'
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false)
  })

  it('recognises the app’s own pages', () => {
    expect(isAppUrl('app://aan-tafel/index.html')).toBe(true)
    expect(isAppUrl('https://example.org/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })
})

describe('the Content Security Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/)
      return [name, values]
    }),
  )

  it('allows no remote origin, no inline script and no eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})
