import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DossierList as DossierListData, DossierSummary } from '../../electron/contract'
import { dateInNetherlands } from '../../domain/deadlines/holidays'
import { agendaBetween, weekFrom } from '../../domain/desk/deadlines'
import { deskRows, deskSorts, filterRows, sortRows, type DeskRow, type DeskSort } from '../../domain/desk/list'
import { deskStatuses } from '../../domain/dossier/choice-keys'
import type { DeskStatus } from '../../domain/dossier/schema'
import { municipalityName } from '../../domain/municipalities'
import { call, errorCodeOf, type UiErrorCode } from '../app/api'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate, formatMoment } from '../app/format'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { useDeskWords } from '../desk/deskWords'
import { ConfirmDelete } from './ConfirmDelete'
import { StoreNotices } from './StoreNotices'
import { ImportButton } from '../privacy/ImportFlow'
import { UnlockDialog } from '../privacy/UnlockDialog'
import { Button } from '../kit/Button'
import { Checkbox } from '../kit/Checkboxes'
import { inputClass } from '../kit/Field'
import { Select } from '../kit/Select'
import './dossiers.css'

/** How many cards the list shows before "Meer tonen": rendering thousands would make every key press slow. */
const PAGE = 50

/** The list's search, sort and filters stay as they were when a dossier is opened and closed again. */
const remembered = { query: '', sort: 'changed' as DeskSort, status: 'all' as DeskStatus | 'all', archived: false, compact: false, shown: PAGE }

/** The id the skip link ("Naar zoeken") goes to. */
export const SEARCH_ID = 'dossier-search'

export function DossierList({
  onCreate,
  onOpen,
  onWeek,
  onSearchShown,
}: {
  onCreate: () => void
  onOpen: (id: string) => void
  onWeek: () => void
  /** Whether the search is on the page now (for the skip link to it). */
  onSearchShown?: ((shown: boolean) => void) | undefined
}) {
  const { t, i18n } = useTranslation(['dossiers', 'privacy'])
  const words = useDeskWords()
  const [data, setData] = useState<DossierListData | null>(null)
  const [error, setError] = useState<UiErrorCode | null>(null)
  const [status, setStatus] = useState('')
  const [toDelete, setToDelete] = useState<DossierSummary | null>(null)
  const [toUnlock, setToUnlock] = useState<DossierSummary | null>(null)
  const [noticesSeen, setNoticesSeen] = useState(false)
  const [query, setQuery] = useState(remembered.query)
  const [sort, setSort] = useState(remembered.sort)
  const [statusFilter, setStatusFilter] = useState(remembered.status)
  const [showArchived, setShowArchived] = useState(remembered.archived)
  const [compact, setCompact] = useState(remembered.compact)
  const [shown, setShown] = useState(remembered.shown)
  const heading = useHeadingFocus<HTMLHeadingElement>(data !== null)
  const startButton = useRef<HTMLButtonElement>(null)
  Object.assign(remembered, { query, sort, status: statusFilter, archived: showArchived, compact, shown })

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

  const today = dateInNetherlands(new Date())
  // Worked out once per load and sort (status, next deadline, what a search looks in), not per key press.
  const rows = useMemo(() => sortRows(deskRows(data?.dossiers ?? [], today, municipalityName), sort), [data, today, sort])
  const searched = useDeferredValue(query)
  const found = useMemo(() => filterRows(rows, { query: searched, status: statusFilter, archived: showArchived }), [rows, searched, statusFilter, showArchived])
  const archivedCount = useMemo(() => rows.filter((row) => row.item.archived).length, [rows])
  const weekCount = useMemo(() => {
    const { from, through } = weekFrom(today)
    return rows.reduce(
      (sum, row) => sum + (row.item.desk && !row.item.archived ? agendaBetween(row.item.desk.dates, row.item.desk.status, from, through).length : 0),
      0,
    )
  }, [rows, today])

  // Told to a screen reader once typing pauses, not on every key.
  const resultsText = showArchived ? t('archivedResults', { count: found.length }) : t('results', { count: found.length })
  const [announced, setAnnounced] = useState('')
  const filtered = searched !== '' || statusFilter !== 'all' || showArchived
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(filtered ? resultsText : ''), 700)
    return () => clearTimeout(timer)
  }, [resultsText, filtered])

  const dossierCount = data?.dossiers.length ?? 0
  const showTools = dossierCount > 5 || archivedCount > 0
  useEffect(() => {
    onSearchShown?.(showTools)
    return () => onSearchShown?.(false)
  }, [showTools, onSearchShown])

  const nameOf = (dossier: DossierSummary) => dossier.displayName || t('noName', { ns: 'dossiers' })

  const act = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action()
      setStatus(message)
      await load()
    } catch (failure) {
      setError(errorCodeOf(failure))
    }
  }

  const remove = async (dossier: DossierSummary) => {
    setToDelete(null)
    await act(() => call('dossiers.delete', { id: dossier.id }), t('deleted', { name: nameOf(dossier) }))
    heading.current?.focus()
  }

  const setArchived = (dossier: DossierSummary, archived: boolean) =>
    act(() => call('dossiers.update', { id: dossier.id, patch: { desk: { archived } } }), t(archived ? 'archived' : 'unarchived', { name: nameOf(dossier) }))

  if (!data) return error ? <ErrorMessage code={error} onRetry={() => void load()} /> : null

  const { dossiers, notices } = data
  const visible = found.slice(0, shown)

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
        <p>{t('count', { count: dossiers.length - archivedCount })}</p>
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
      {(showTools || weekCount > 0) && (
        <p>
          <Button variant="link" onClick={onWeek}>
            {weekCount > 0 ? t('week.link', { count: weekCount }) : t('week.linkNone')}
          </Button>
        </p>
      )}
      {showTools && (
        <section className="list-tools" aria-labelledby="list-tools-heading">
          <h2 id="list-tools-heading">{t('search.heading')}</h2>
          <div className="at-field">
            <label className="at-field__label" htmlFor={SEARCH_ID}>
              {t('search.label')}
            </label>
            <p className="at-hint" id={`${SEARCH_ID}-hint`}>
              {t('search.hint')}
            </p>
            <input
              id={SEARCH_ID}
              className={inputClass('full')}
              type="search"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${SEARCH_ID}-hint`}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value)
                setShown(PAGE)
              }}
            />
          </div>
          <div className="list-tools__choices">
            <Select<DeskSort>
              label={t('sort.label')}
              value={sort}
              options={deskSorts.map((value) => ({ value, label: t(`sort.${value}`) }))}
              onChange={setSort}
            />
            <Select<DeskStatus | 'all'>
              label={t('filter.label')}
              value={statusFilter}
              options={[{ value: 'all' as const, label: t('filter.all') }, ...deskStatuses.map((value) => ({ value, label: words.status(value) }))]}
              onChange={(value) => {
                setStatusFilter(value)
                setShown(PAGE)
              }}
            />
          </div>
          <Checkbox label={t('filter.compact')} hint={t('filter.compactHint')} checked={compact} onChange={setCompact} />
          {archivedCount > 0 && (
            <Checkbox
              label={`${t('filter.archived')} (${archivedCount})`}
              hint={t('filter.archivedHint')}
              checked={showArchived}
              onChange={(on) => {
                setShowArchived(on)
                setShown(PAGE)
              }}
            />
          )}
        </section>
      )}
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      {dossiers.length > 0 && (
        <>
          {showTools && <h2 className="results-heading">{resultsText}</h2>}
          {found.length === 0 && showTools && <p>{t('noResults')}</p>}
          <ul className={compact ? 'dossier-list compact' : 'dossier-list'}>
            {visible.map((row) => (
              <DossierCard
                key={row.item.id}
                row={row}
                compact={compact}
                headingLevel={showTools ? 3 : 2}
                name={nameOf(row.item)}
                onOpen={() => onOpen(row.item.id)}
                onUnlock={() => setToUnlock(row.item)}
                onDuplicate={() => void act(() => call('dossiers.duplicate', { id: row.item.id }), t('duplicated', { name: nameOf(row.item) }))}
                onArchive={(archived) => void setArchived(row.item, archived)}
                onDelete={() => setToDelete(row.item)}
                language={i18n.language}
              />
            ))}
          </ul>
          {found.length > shown && (
            <p>
              <Button variant="secondary" onClick={() => setShown((before) => before + PAGE)}>
                {t('showMore', { shown: Math.min(shown, found.length), total: found.length })}
              </Button>
            </p>
          )}
        </>
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

function DossierCard({
  row,
  compact,
  headingLevel,
  name,
  language,
  onOpen,
  onUnlock,
  onDuplicate,
  onArchive,
  onDelete,
}: {
  row: DeskRow<DossierSummary>
  compact: boolean
  headingLevel: 2 | 3
  name: string
  language: string
  onOpen: () => void
  onUnlock: () => void
  onDuplicate: () => void
  onArchive: (archived: boolean) => void
  onDelete: () => void
}) {
  const { t } = useTranslation(['dossiers', 'privacy'])
  const words = useDeskWords()
  const dossier = row.item
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (dossier.protection === 'locked') {
    return (
      <li className="dossier-card locked">
        <Heading>
          <bdi>{name}</bdi>
        </Heading>
        <p className="lock-badge">{t('locked.badge', { ns: 'privacy' })}</p>
        <div className="card-actions">
          <Button variant="primary" aria-label={t('locked.unlockNamed', { ns: 'privacy', name })} onClick={onUnlock}>
            {t('locked.unlock', { ns: 'privacy' })}
          </Button>
          {!compact && (
            <Button variant="warning" aria-label={t('deleteNamed', { name })} onClick={onDelete}>
              {t('delete')}
            </Button>
          )}
        </div>
      </li>
    )
  }
  const municipality = municipalityName(dossier.municipalityCode)
  const next = row.next ? t('nextDeadline', { what: words.deadlineTitle(row.next), date: words.date(row.next.date, true) }) : t('noDeadline')
  return (
    <li className="dossier-card">
      <Heading>
        <bdi>{name}</bdi>
      </Heading>
      {dossier.protection === 'unlocked' && <p className="lock-badge open">{t('locked.badge', { ns: 'privacy' })}</p>}
      <dl className="facts">
        <div>
          <dt>{t('columns.status')}</dt>
          <dd>{words.statusShown(row.status, row.suggested)}</dd>
        </div>
        <div>
          <dt>{t('columns.nextDeadline')}</dt>
          <dd>{next}</dd>
        </div>
        {!compact && (
          <>
            <div>
              <dt>{t('columns.municipality')}</dt>
              <dd>{municipality ?? t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('columns.talkDate')}</dt>
              <dd>{dossier.talkDate ? formatCalendarDate(dossier.talkDate, language) : t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('columns.progress')}</dt>
              <dd>{t('progress', dossier.progress)}</dd>
            </div>
            <div>
              <dt>{t('columns.updated')}</dt>
              <dd>{formatMoment(dossier.updatedAt, language)}</dd>
            </div>
          </>
        )}
      </dl>
      <div className="card-actions">
        <Button variant="primary" aria-label={t('openNamed', { name })} onClick={onOpen}>
          {t('open')}
        </Button>
        {!compact && (
          <>
            <Button variant="secondary" aria-label={t('duplicateNamed', { name })} onClick={onDuplicate}>
              {t('duplicate')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t(dossier.archived ? 'unarchiveNamed' : 'archiveNamed', { name })}
              onClick={() => onArchive(!dossier.archived)}
            >
              {t(dossier.archived ? 'unarchive' : 'archive')}
            </Button>
            <Button variant="warning" aria-label={t('deleteNamed', { name })} onClick={onDelete}>
              {t('delete')}
            </Button>
          </>
        )}
      </div>
    </li>
  )
}
