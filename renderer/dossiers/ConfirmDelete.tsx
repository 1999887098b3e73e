import { useTranslation } from 'react-i18next'
import { Modal } from '../app/Modal'

/** Asks before deleting; "keep it" has focus, so a hasty Enter deletes nothing. */
export function ConfirmDelete({ name, onConfirm, onCancel }: { name: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('dossiers')
  return (
    <Modal heading={t('confirmDelete.heading', { name })} onCancel={onCancel}>
      <p>{t('confirmDelete.body')}</p>
      <div className="button-row">
        <button type="button" className="button secondary" data-autofocus onClick={onCancel}>
          {t('confirmDelete.cancel')}
        </button>
        <button type="button" className="button warning" onClick={onConfirm}>
          {t('confirmDelete.confirm')}
        </button>
      </div>
    </Modal>
  )
}
