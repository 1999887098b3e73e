import fs from 'node:fs/promises'
import type { Protocol } from 'electron'
import { APP_SCHEME, SECURITY_HEADERS, mimeTypeOf, resolveAppFile } from './security'

/** Serves the built renderer from app://aan-tafel/, with the security headers on every answer. */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url)
    if (!file) return new Response(null, { status: 404, headers: SECURITY_HEADERS })
    try {
      const body = await fs.readFile(file)
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) } })
    } catch {
      return new Response(null, { status: 404, headers: SECURITY_HEADERS })
    }
  })
}
