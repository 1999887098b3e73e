import path from 'node:path'
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl, metaContentSecurityPolicy, resolveAppFile } from '../../electron/main/security'

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
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'app://evil/x',
      'data:text/html,x',
      'file:///etc/passwd',
      'devtools://devtools/bundled/x',
    ]) {
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

  it('is in the page too, for `npm run dev` (loosened only for the dev server on this machine)', () => {
    if (!fs.existsSync('out/renderer/index.html')) execSync('npx electron-vite build', { stdio: 'ignore' })
    const html = fs.readFileSync('out/renderer/index.html', 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'")
    expect(meta).toBe(metaContentSecurityPolicy('production'))
    expect(meta).not.toMatch(/unsafe|https?:|ws:/)
    const dev = metaContentSecurityPolicy('development')
    expect(dev).toContain("connect-src 'self' ws://localhost:*")
    expect(dev).not.toMatch(/https?:|\*\.|default-src (?!'none')/)
  }, 120_000)
})

describe('the packaged app', () => {
  it('keeps every Electron fuse that lets code in from outside switched off', () => {
    const config = fs.readFileSync('electron-builder.yml', 'utf8')
    for (const fuse of ['runAsNode', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'grantFileProtocolExtraPrivileges']) {
      expect(config).toMatch(new RegExp(`^  ${fuse}: false$`, 'm'))
    }
    for (const fuse of ['enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'enableCookieEncryption']) {
      expect(config).toMatch(new RegExp(`^  ${fuse}: true$`, 'm'))
    }
  })

  it('has no dependency that registers IPC of its own (electron-store did)', () => {
    const dependencies = Object.keys((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: object }).dependencies)
    expect(dependencies).not.toContain('electron-store')
  })
})
