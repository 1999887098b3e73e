import type { TFunction } from 'i18next'

/** What the person reads when the data folder is beyond repair: where it is, and that nothing was deleted. */
export function startupFailureText(t: TFunction, dataDir: string, error: unknown): { title: string; message: string } {
  const detail = error instanceof Error ? error.message : String(error)
  return {
    title: t('startFailed.title', { ns: 'errors' }),
    message: t('startFailed.message', { ns: 'errors', folder: dataDir, detail: detail.slice(0, 300) }),
  }
}
