import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LetterRequest } from '../../electron/contract/calls'
import { afterSaving, call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { Button } from '../kit/Button'

/** The button that makes one of the letters as PDF, and what came of it (saved, cancelled, an error). */
export function SaveLetter({ id, kind, label, saveFirst }: { id: string; kind: LetterRequest['kind']; label: string; saveFirst: () => Promise<boolean> }) {
  const { t } = useTranslation('after')
  const [status, setStatus] = useState<'idle' | 'making' | 'cancelled' | { file: string }>('idle')
  const [error, setError] = useState<UiErrorCode | null>(null)

  const make = async () => {
    if (status === 'making') return
    setError(null)
    setStatus('making')
    try {
      await afterSaving(saveFirst)
      const result = await call('letter.save', { id, kind })
      setStatus(result.saved ? { file: result.fileName } : 'cancelled')
    } catch (failure) {
      setError(errorCodeOf(failure))
      setStatus('idle')
    }
  }

  return (
    <>
      <Button variant="primary" aria-disabled={status === 'making' || undefined} onClick={() => void make()}>
        {label}
      </Button>
      <div role="status" className="letter-status">
        {status === 'making' && <span>{t('letter.making')}</span>}
        {status === 'cancelled' && <p>{t('letter.cancelled')}</p>}
        {typeof status === 'object' && <p className="success">✓ {t('letter.saved', { file: status.file })}</p>}
      </div>
      {error && <ErrorMessage code={error} />}
    </>
  )
}
