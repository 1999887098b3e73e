import { useTranslation } from 'react-i18next'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { nextDeadline } from '../../../domain/desk/deadlines'
import { deskDatesOf } from '../../../domain/desk/facts'
import { deskStatuses, suggestedStatus } from '../../../domain/desk/status'
import type { Dossier } from '../../../domain/dossier/schema'
import type { StepKey } from '../../../domain/steps'
import { taskList } from '../../../domain/steps/state'
import { useHeadingFocus } from '../../app/useHeadingFocus'
import { useDeskWords } from '../../desk/deskWords'
import { Radios } from '../../kit/Radios'
import { TaskList } from '../../kit/TaskList'
import type { Change } from '../pages'

/**
 * Where this request stands and every step of the preparation with its state, GOV.UK's task list:
 * "niet begonnen" (nothing filled in), "bezig" (something filled in) and "klaar" (the person ticked
 * "Ik ben klaar met deze stap" at the bottom of the step: nothing is required, so only they know).
 */
export function OverviewPage({ dossier, change, openStep }: { dossier: Dossier; change: Change; openStep: (step: StepKey) => void }) {
  const { t } = useTranslation(['flow', 'dossiers'])
  const words = useDeskWords()
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const today = dateInNetherlands(new Date())
  const dates = deskDatesOf(dossier)
  const suggested = suggestedStatus(dates, today)
  const next = nextDeadline(dates, dossier.desk.status, today)
  const tasks = taskList(dossier)

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('overview.heading')}
      </h1>
      <p className="lead">{t('overview.intro')}</p>
      <Radios
        legend={t('overview.status')}
        hint={t('overview.statusHint', { status: words.status(suggested) })}
        options={deskStatuses.map((status) => ({ value: status, label: words.status(status), hint: t(`statusHint.${status}`, { ns: 'dossiers' }) }))}
        value={dossier.desk.status}
        onChange={(status) => change('desk', { status })}
        onClear={() => change('desk', { status: null })}
      />
      <p className="desk-status">
        {next ? t('overview.nextDeadline', { what: words.deadlineTitle(next), date: words.date(next.date, true) }) : t('overview.noDeadline')}
      </p>
      <h2>{t('overview.tasksHeading')}</h2>
      <p>{t('overview.tasksIntro')}</p>
      <p className="count">{t('overview.tasksDone', { done: tasks.filter((task) => task.state === 'done').length, total: tasks.length })}</p>
      <TaskList
        label={t('overview.tasksHeading')}
        tasks={tasks.map((task) => ({ key: task.key, label: t(`steps.${task.key}`), state: task.state, stateLabel: t(`tasks.${task.state}`) }))}
        onOpen={(key) => openStep(key as StepKey)}
      />
    </>
  )
}
