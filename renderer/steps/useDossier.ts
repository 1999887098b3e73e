import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dossier, DossierPatch, SectionName } from '../../domain/dossier/schema'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { registerPendingSave } from '../app/pendingSaves'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

const SAVE_DELAY_MS = 300
const RETRY_DELAY_MS = 3_000

type SectionFields<S extends SectionName> = Partial<Dossier[S]>

/** A stored dossier with changes not stored yet put on top, as the screen shows it. */
export function withPending(stored: Dossier, pending: DossierPatch): Dossier {
  const shown: Record<string, unknown> = { ...stored }
  for (const [section, fields] of Object.entries(pending)) {
    shown[section] = { ...(stored[section as SectionName] as object), ...fields }
  }
  return shown as Dossier
}

/** `later` wins field by field: what was typed last is what gets saved. */
export function mergePatch(earlier: DossierPatch, later: DossierPatch): DossierPatch {
  const merged: Record<string, unknown> = { ...earlier }
  for (const [section, fields] of Object.entries(later)) {
    merged[section] = { ...(merged[section] as object | undefined), ...fields }
  }
  return merged as DossierPatch
}

/**
 * One open dossier with automatic saving. Every change shows at once and is sent to the main
 * process after a short pause, one save at a time (so an older save can never land after a newer
 * one); pending changes are sent at once when the page is left or hidden.
 */
export function useDossier(id: string) {
  const [dossier, setDossier] = useState<Dossier | null>(null)
  const [loadError, setLoadError] = useState<UiErrorCode | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [saveError, setSaveError] = useState<UiErrorCode | null>(null)
  const pending = useRef<DossierPatch>({})
  const inFlight = useRef<Promise<boolean> | null>(null)
  /** The change on its way to the main process now, until its answer came. */
  const sending = useRef<DossierPatch | null>(null)
  const failing = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const again = useRef<() => Promise<boolean>>(async () => true)

  /** Sends what is pending; resolves true when everything typed so far is stored. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    if (inFlight.current) {
      await inFlight.current
      return again.current()
    }
    const patch = pending.current
    if (Object.keys(patch).length === 0) return !failing.current
    pending.current = {}
    if (!failing.current) setSaveState('saving')
    const save = (async () => {
      sending.current = patch
      try {
        await call('dossiers.update', { id, patch })
        failing.current = false
        setSaveError(null)
        setSaveState(Object.keys(pending.current).length === 0 ? 'saved' : 'saving')
        return true
      } catch (failure) {
        const code = errorCodeOf(failure)
        failing.current = true
        setSaveError(code)
        setSaveState('failed')
        if (code === 'locked') {
          // The dossier was locked (idle time, or the computer's screen locked): nothing to retry.
          pending.current = {}
        } else if (code === 'invalid-request') {
          // The main process refused this change: show what is really stored again, with what was
          // typed since still on top of it (it is saved with the next change).
          // (By the time the stored version arrives, what was typed since may already be on its way.)
          call('dossiers.read', { id }).then(
            (stored) => {
              const later = sending.current && sending.current !== patch ? sending.current : {}
              setDossier(withPending(stored, mergePatch(later, pending.current)))
              // What is on screen is what is stored (plus what waits): nothing is failing any more.
              failing.current = false
            },
            () => undefined,
          )
        } else if (code !== 'not-found') {
          pending.current = mergePatch(patch, pending.current)
          timer.current = setTimeout(() => void again.current(), RETRY_DELAY_MS)
        }
        return false
      } finally {
        if (sending.current === patch) sending.current = null
      }
    })()
    inFlight.current = save
    const saved = await save
    inFlight.current = null
    if (saved && Object.keys(pending.current).length > 0) return again.current()
    return saved
  }, [id])

  useEffect(() => {
    again.current = flush
  }, [flush])

  useEffect(() => registerPendingSave(flush), [flush])

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
      if (!failing.current) setSaveState('saving')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  return { dossier, loadError, saveState, saveError, change, flush }
}
