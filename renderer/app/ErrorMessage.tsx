import { useTranslation } from 'react-i18next'
import type { UiErrorCode } from './api'

/** A problem told in plain words, announced to screen readers as soon as it appears. */
export function ErrorMessage({ code, onRetry }: { code: UiErrorCode; onRetry?: () => void }) {
  const { t } = useTranslation('errors')
  return (
    <div className="error-summary" role="alert">
      <h2>{t('heading')}</h2>
      <p>{t(code)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  )
}
