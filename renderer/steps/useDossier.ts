import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dossier, DossierPatch, ErrorCode, SectionName } from '../../electron/contract'
import { call, errorCodeOf } from '../app/api'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

const SAVE_DELAY_MS = 300
const RETRY_DELAY_MS = 3_000

type SectionFields<S extends SectionName> = Partial<Dossier[S]>

function mergePatch(into: DossierPatch, patch: DossierPatch): DossierPatch {
  const merged: Record<string, unknown> = { ...into }
  for (const [section, fields] of Object.entries(patch)) {
    merged[section] = { ...(merged[section] as object | undefined), ...fields }
  }
  return merged as DossierPatch
}

/**
 * One open dossier with automatic saving. Every change shows at once and is sent to the main
 * process after a short pause; pending changes are sent immediately when the page is left or
 * hidden, so closing the window right after typing loses nothing.
 */
export function useDossier(id: string) {
  const [dossier, setDossier] = useState<Dossier | null>(null)
  const [loadError, setLoadError] = useState<ErrorCode | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [saveError, setSaveError] = useState<ErrorCode | null>(null)
  const pending = useRef<DossierPatch>({})
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const retry = useRef<() => void>(() => undefined)

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const patch = pending.current
    if (Object.keys(patch).length === 0) return
    pending.current = {}
    setSaveState('saving')
    try {
      await call('dossiers.update', { id, patch })
      if (Object.keys(pending.current).length === 0) setSaveState('saved')
      setSaveError(null)
    } catch (failure) {
      const code = errorCodeOf(failure)
      setSaveError(code)
      setSaveState('failed')
      // A refused change (invalid input) is not retried; a disk problem is, with what is still typed.
      if (code !== 'invalid-request' && code !== 'not-found') {
        pending.current = mergePatch(patch, pending.current)
        timer.current = setTimeout(() => retry.current(), RETRY_DELAY_MS)
      }
    }
  }, [id])

  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  useEffect(() => {
    let live = true
    call('dossiers.read', { id }).then(
      (loaded) => live && setDossier(loaded),
      (failure) => live && setLoadError(errorCodeOf(failure)),
    )
    const flushNow = () => void flush()
    const onHidden = () => document.visibilityState === 'hidden' && flushNow()
    window.addEventListener('pagehide', flushNow)
    window.addEventListener('beforeunload', flushNow)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      live = false
      window.removeEventListener('pagehide', flushNow)
      window.removeEventListener('beforeunload', flushNow)
      document.removeEventListener('visibilitychange', onHidden)
      flushNow()
    }
  }, [id, flush])

  const change = useCallback(
    <S extends SectionName>(section: S, fields: SectionFields<S>) => {
      setDossier((current) => (current ? { ...current, [section]: { ...current[section], ...fields } } : current))
      pending.current = mergePatch(pending.current, { [section]: fields } as DossierPatch)
      setSaveState('saving')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  return { dossier, loadError, saveState, saveError, change, flush }
}
