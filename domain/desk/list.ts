import type { Deadline } from '../deadlines/timeline'
import type { DeskStatus } from '../dossier/schema'
import { nextDeadline } from './deadlines'
import type { DeskFacts } from './facts'
import { statusOf } from './status'

/** A dossier as the list knows it (the contract's DossierSummary is one). */
export interface DeskListItem {
  id: string
  displayName: string
  municipalityCode: string
  updatedAt: string
  /** 'locked': only the name is known, and whether it is archived. */
  protection: 'none' | 'unlocked' | 'locked'
  archived: boolean
  /** Null while locked. */
  desk: DeskFacts | null
}

export type DeskSort = 'deadline' | 'changed' | 'name'
export const deskSorts: readonly DeskSort[] = ['deadline', 'changed', 'name']

/** One row of the list, with what searching and sorting need worked out once per load, not per key. */
export interface DeskRow<T extends DeskListItem = DeskListItem> {
  item: T
  /** The status shown (the person's, or suggested from the dates); null while locked. */
  status: DeskStatus | null
  suggested: boolean
  next: Deadline | null
  /** Name, municipality and notes, folded for searching. */
  haystack: string
}

export interface DeskFilter {
  /** As typed: every word must be found, in any order, in the name, the municipality or the notes. */
  query: string
  status: DeskStatus | 'all'
  /** Show the archived dossiers instead of the others. */
  archived: boolean
}

/**
 * Lower case, without accents, so that "yilmaz" finds "Yılmaz" and "oztürk" finds "Öztürk": a
 * person types names as their keyboard allows.
 */
export function foldForSearch(value: string): string {
  return value
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
}

export function deskRows<T extends DeskListItem>(items: readonly T[], today: string, municipalityName: (code: string) => string | undefined): DeskRow<T>[] {
  return items.map((item) => {
    const shown = item.desk ? statusOf(item.desk.status, item.desk.dates, today) : null
    const next = item.desk ? nextDeadline(item.desk.dates, item.desk.status, today) : null
    const haystack = foldForSearch([item.displayName, municipalityName(item.municipalityCode) ?? '', item.desk?.notes ?? ''].join('\n'))
    return { item, status: shown?.status ?? null, suggested: shown?.suggested ?? false, next, haystack }
  })
}

/** The rows that match, in the order given. Meant to run on every key press: no allocation per row. */
export function filterRows<T extends DeskListItem>(rows: readonly DeskRow<T>[], filter: DeskFilter): DeskRow<T>[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean)
  return rows.filter(
    (row) =>
      row.item.archived === filter.archived && (filter.status === 'all' || row.status === filter.status) && words.every((word) => row.haystack.includes(word)),
  )
}

const names = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/**
 * Next deadline: the soonest first, then those without one (by name). Last changed: newest first.
 * Name: A to Z, dossiers without a name last. Locked dossiers (nothing known) go after the others
 * when sorting by deadline.
 */
export function sortRows<T extends DeskListItem>(rows: readonly DeskRow<T>[], by: DeskSort): DeskRow<T>[] {
  const byName = (a: DeskRow<T>, b: DeskRow<T>) =>
    Number(a.item.displayName === '') - Number(b.item.displayName === '') || names.compare(a.item.displayName, b.item.displayName)
  const compare: Record<DeskSort, (a: DeskRow<T>, b: DeskRow<T>) => number> = {
    deadline: (a, b) =>
      Number(a.item.protection === 'locked') - Number(b.item.protection === 'locked') ||
      Number(a.next === null) - Number(b.next === null) ||
      (a.next && b.next ? a.next.date.localeCompare(b.next.date) : 0) ||
      byName(a, b),
    changed: (a, b) => b.item.updatedAt.localeCompare(a.item.updatedAt) || byName(a, b),
    name: byName,
  }
  return [...rows].sort(compare[by])
}
