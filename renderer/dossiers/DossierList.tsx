import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DossierList as DossierListData, DossierSummary } from '../../electron/contract'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate, formatMoment } from '../app/format'
import { municipalityName } from '../../domain/municipalities'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { ConfirmDelete } from './ConfirmDelete'
import { StoreNotices } from './StoreNotices'
import { ImportButton } from '../privacy/ImportFlow'
import { UnlockDialog } from '../privacy/UnlockDialog'
import { Button } from '../kit/Button'
import './dossiers.css'

export function DossierList({ onCreate, onOpen }: { onCreate: () => void; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation(['dossiers', 'privacy'])
  const [data, setData] = useState<DossierListData | null>(null)
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [status, setStatus] = useState('')
  const [toDelete, setToDelete] = useState<DossierSummary | null>(null)
  const [toUnlock, setToUnlock] = useState<DossierSummary | null>(null)
  const [noticesSeen, setNoticesSeen] = useState(false)
  const heading = useHeadingFocus<HTMLHeadingElement>(data !== null)
  const startButton = useRef<HTMLButtonElement>(null)

  const load = useCallback(async () => {
    try {
      setData(await call('dossiers.list', undefined))
      setError(null)
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }, [])

  useEffect(() => {
    let live = true
    call('dossiers.list', undefined).then(
      (list) => live && setData(list),
      (failure) => live && setError(errorCodeOf(failure)),
    )
    return () => {
      live = false
    }
  }, [])

  const nameOf = (dossier: DossierSummary) => dossier.displayName || t('noName', { ns: 'dossiers' })

  const duplicate = async (dossier: DossierSummary) => {
    try {
      await call('dossiers.duplicate', { id: dossier.id })
      setStatus(t('duplicated', { name: nameOf(dossier) }))
      await load()
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }

  const remove = async (dossier: DossierSummary) => {
    setToDelete(null)
    try {
      await call('dossiers.delete', { id: dossier.id })
      setStatus(t('deleted', { name: nameOf(dossier) }))
      await load()
      heading.current?.focus()
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }

  if (!data) return error ? <ErrorMessage code={error} onRetry={() => void load()} /> : null

  const { dossiers, notices } = data
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      {error && <ErrorMessage code={error} />}
      {!noticesSeen && notices.length > 0 && (
        <StoreNotices
          notices={notices}
          onDismiss={() => {
            setNoticesSeen(true)
            void call('dossiers.dismissNotices', undefined)
            heading.current?.focus()
          }}
        />
      )}
      <p role="status" className="status-message">
        {status}
      </p>
      {dossiers.length === 0 ? (
        <div className="intro">
          <p>{t('emptyIntro1')}</p>
          <p>{t('emptyIntro2')}</p>
          <p>{t('empty')}</p>
        </div>
      ) : (
        <p>{t('count', { count: dossiers.length })}</p>
      )}
      <div className="list-actions">
        <p>
          <Button ref={startButton} variant="primary" onClick={onCreate}>
            {t('start')}
          </Button>
        </p>
        <div>
          <ImportButton
            onDone={(message) => {
              setStatus(message)
              void load()
            }}
          />
        </div>
      </div>
      {dossiers.length > 0 && (
        <ul className="dossier-list">
          {dossiers.map((dossier) => {
            const name = nameOf(dossier)
            const municipality = municipalityName(dossier.municipalityCode)
            if (dossier.protection === 'locked') {
              return (
                <li key={dossier.id} className="dossier-card locked">
                  <h2>
                    <bdi>{name}</bdi>
                  </h2>
                  <p className="lock-badge">{t('locked.badge', { ns: 'privacy' })}</p>
                  <div className="card-actions">
                    <Button variant="primary" aria-label={t('locked.unlockNamed', { ns: 'privacy', name })} onClick={() => setToUnlock(dossier)}>
                      {t('locked.unlock', { ns: 'privacy' })}
                    </Button>
                    <Button variant="warning" aria-label={t('deleteNamed', { name })} onClick={() => setToDelete(dossier)}>
                      {t('delete')}
                    </Button>
                  </div>
                </li>
              )
            }
            return (
              <li key={dossier.id} className="dossier-card">
                <h2>
                  <bdi>{name}</bdi>
                </h2>
                {dossier.protection === 'unlocked' && <p className="lock-badge open">{t('locked.badge', { ns: 'privacy' })}</p>}
                <dl className="facts">
                  <div>
                    <dt>{t('columns.municipality')}</dt>
                    <dd>{municipality ?? t('unknown')}</dd>
                  </div>
                  <div>
                    <dt>{t('columns.talkDate')}</dt>
                    <dd>{dossier.talkDate ? formatCalendarDate(dossier.talkDate, i18n.language) : t('unknown')}</dd>
                  </div>
                  <div>
                    <dt>{t('columns.progress')}</dt>
                    <dd>{t('progress', dossier.progress)}</dd>
                  </div>
                  <div>
                    <dt>{t('columns.updated')}</dt>
                    <dd>{formatMoment(dossier.updatedAt, i18n.language)}</dd>
                  </div>
                </dl>
                <div className="card-actions">
                  <Button variant="primary" aria-label={t('openNamed', { name })} onClick={() => onOpen(dossier.id)}>
                    {t('open')}
                  </Button>
                  <Button variant="secondary" aria-label={t('duplicateNamed', { name })} onClick={() => void duplicate(dossier)}>
                    {t('duplicate')}
                  </Button>
                  <Button variant="warning" aria-label={t('deleteNamed', { name })} onClick={() => setToDelete(dossier)}>
                    {t('delete')}
                  </Button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {toUnlock && (
        <UnlockDialog
          id={toUnlock.id}
          name={nameOf(toUnlock)}
          onCancel={() => setToUnlock(null)}
          onUnlocked={() => {
            const id = toUnlock.id
            setToUnlock(null)
            onOpen(id)
          }}
        />
      )}
      {toDelete && <ConfirmDelete name={nameOf(toDelete)} onConfirm={() => void remove(toDelete)} onCancel={() => setToDelete(null)} />}
    </>
  )
}
