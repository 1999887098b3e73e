import { Button } from '../kit/Button'
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useRef, type ReactNode } from 'react'
import './sortable.css'

export interface SortableLabels {
  /** Visible button texts. */
  moveUp: string
  moveDown: string
  remove: string
  /** Accessible names that say which item a button acts on. */
  moveUpNamed: (index: number) => string
  moveDownNamed: (index: number) => string
  removeNamed: (index: number) => string
  dragNamed: (index: number) => string
  /** What to announce after a move by button: the item that was at `from` is now at `to`. */
  moved: (from: number, to: number) => string
  announcements: Announcements
  instructions: string
}

/**
 * An ordered list a person can rearrange three ways: Up and Down buttons, dragging with a mouse or
 * finger, and dnd-kit's keyboard dragging (space, arrows, space). Every move is announced.
 */
export function SortableList<T extends { id: string }>({
  items,
  onChange,
  onRemove,
  renderItem,
  labels,
  announce,
  className,
  onEmptied,
}: {
  items: T[]
  onChange: (items: T[]) => void
  onRemove: (index: number) => void
  renderItem: (item: T, index: number) => ReactNode
  labels: SortableLabels
  announce: (message: string) => void
  className?: string | undefined
  /** Where focus goes when the last item was removed. */
  onEmptied?: (() => void) | undefined
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const listRef = useRef<HTMLOListElement>(null)
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return
    onChange(arrayMove(items, from, to))
    announce(labels.moved(from, to))
  }
  const remove = (index: number) => {
    onRemove(index)
    // Focus goes to the row that takes the removed one's place, or to what comes before the list.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-action="remove"]')
      const target = buttons?.[Math.min(index, buttons.length - 1)]
      if (target) target.focus()
      else onEmptied?.()
    })
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = items.findIndex((item) => item.id === active.id)
    const to = items.findIndex((item) => item.id === over.id)
    if (from >= 0 && to >= 0) onChange(arrayMove(items, from, to))
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: labels.announcements, screenReaderInstructions: { draggable: labels.instructions } }}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className={`sortable-list ${className ?? ''}`}>
          {items.map((item, index) => (
            <SortableRow
              key={item.id}
              id={item.id}
              dragLabel={labels.dragNamed(index)}
              actions={
                <>
                  {/* aria-disabled, not disabled: the button keeps focus when its row reaches the top. */}
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={labels.moveUpNamed(index)}
                    aria-disabled={index === 0 || undefined}
                    onClick={() => move(index, index - 1)}
                  >
                    <span aria-hidden="true">↑</span> {labels.moveUp}
                  </Button>
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={labels.moveDownNamed(index)}
                    aria-disabled={index === items.length - 1 || undefined}
                    onClick={() => move(index, index + 1)}
                  >
                    <span aria-hidden="true">↓</span> {labels.moveDown}
                  </Button>
                  <Button variant="secondary" size="small" data-action="remove" aria-label={labels.removeNamed(index)} onClick={() => remove(index)}>
                    {labels.remove}
                  </Button>
                </>
              }
            >
              {renderItem(item, index)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

function SortableRow({ id, dragLabel, actions, children }: { id: string; dragLabel: string; actions: ReactNode; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id })
  return (
    <li ref={setNodeRef} className={`sortable-row${isDragging ? ' dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }}>
      <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={dragLabel}>
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="sortable-content">{children}</div>
      <div className="sortable-actions">{actions}</div>
    </li>
  )
}
