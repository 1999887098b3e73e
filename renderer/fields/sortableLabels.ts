import type { Announcements } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import type { SortableLabels } from './SortableList'

/** The words of an ordered list, from one section of locales/flow.json (priorities, questions). */
export function sortableLabels(
  t: TFunction,
  section: 'priorities' | 'questions',
  items: readonly { id: string }[],
  describe: (index: number) => string,
): SortableLabels {
  const rankOf = (id: string | number) => items.findIndex((item) => item.id === id) + 1
  const textOf = (id: string | number) => describe(rankOf(id) - 1)
  const named = (key: string) => (index: number) => t(`${section}.${key}`, { text: describe(index), rank: index + 1 })
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('priorities.dragStart', { text: textOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('priorities.dragOver', { text: textOf(active.id), rank: rankOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('priorities.dragEnd', { text: textOf(active.id), rank: rankOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('priorities.dragCancel', { text: textOf(active.id) }),
  }
  return {
    moveUp: t('priorities.moveUp'),
    moveDown: t('priorities.moveDown'),
    remove: t('priorities.remove'),
    moveUpNamed: named('moveUpNamed'),
    moveDownNamed: named('moveDownNamed'),
    removeNamed: named('removeNamed'),
    dragNamed: (index) => t('priorities.dragNamed', { text: describe(index) }),
    moved: (from, to) => t(`${section}.moved`, { text: describe(from), rank: to + 1, total: items.length }),
    announcements,
    instructions: t('priorities.listHint'),
  }
}
