import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** A modal question; the browser's own <dialog> keeps focus inside and closes on Escape. */
export function ConfirmDelete({ name, onConfirm, onCancel }: { name: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('dossiers')
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const bodyId = useId()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={headingId}>{t('confirmDelete.heading', { name })}</h2>
      <p id={bodyId}>{t('confirmDelete.body')}</p>
      <div className="button-row">
        <button type="button" className="button secondary" autoFocus onClick={onCancel}>
          {t('confirmDelete.cancel')}
        </button>
        <button type="button" className="button warning" onClick={onConfirm}>
          {t('confirmDelete.confirm')}
        </button>
      </div>
    </dialog>
  )
}
