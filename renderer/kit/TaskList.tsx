import type { ReactNode } from 'react'
import './task-list.css'

const stateClass = { notStarted: 'not-started', inProgress: 'in-progress', done: 'done' } as const

export interface Task {
  key: string
  /** What the task is called; also the name of the link to it. */
  label: string
  state: 'notStarted' | 'inProgress' | 'done'
  /** The words for the state, in the app's language. */
  stateLabel: string
  hint?: ReactNode | undefined
}

/**
 * GOV.UK's task list: every task with a link to it and its state beside it, so a person sees at a
 * glance what is done and where to go on. The state is part of the link's description for screen
 * readers ("Het gesprek, Bezig").
 */
export function TaskList({ tasks, onOpen, label }: { tasks: Task[]; onOpen: (key: string) => void; label?: string | undefined }) {
  return (
    <ul className="at-task-list" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.key} className="at-task-list__item">
          <span className="at-task-list__name">
            <button type="button" className="at-task-list__link" aria-describedby={`task-${task.key}-state`} onClick={() => onOpen(task.key)}>
              {task.label}
            </button>
            {task.hint && <span className="at-hint at-task-list__hint">{task.hint}</span>}
          </span>
          <strong id={`task-${task.key}-state`} className={`at-task-list__state at-task-list__state--${stateClass[task.state]}`}>
            {task.stateLabel}
          </strong>
        </li>
      ))}
    </ul>
  )
}
