import { useTranslation } from 'react-i18next'
import { Modal } from '../kit/Modal'
import { Button } from '../kit/Button'

/** Asks before deleting; "keep it" has focus, so a hasty Enter deletes nothing. */
export function ConfirmDelete({ name, onConfirm, onCancel }: { name: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('dossiers')
  return (
    <Modal heading={t('confirmDelete.heading', { name })} onCancel={onCancel}>
      <p>{t('confirmDelete.body')}</p>
      <div className="at-button-row">
        <Button variant="secondary" data-autofocus onClick={onCancel}>
          {t('confirmDelete.cancel')}
        </Button>
        <Button variant="warning" onClick={onConfirm}>
          {t('confirmDelete.confirm')}
        </Button>
      </div>
    </Modal>
  )
}
