import { useTranslation } from 'react-i18next'
import { Button } from '../kit/Button'
import { ErrorSummary } from '../kit/ErrorSummary'
import type { UiErrorCode } from './api'

/** A problem told in plain words, announced to screen readers as soon as it appears. */
export function ErrorMessage({ code, onRetry }: { code: UiErrorCode; onRetry?: () => void }) {
  const { t } = useTranslation('errors')
  return (
    <ErrorSummary heading={t('heading')}>
      <p>{t(code)}</p>
      {onRetry && <Button onClick={onRetry}>{t('tryAgain')}</Button>}
    </ErrorSummary>
  )
}
