import { useTranslation } from 'react-i18next'
import type { Deadline } from '../../domain/deadlines/timeline'
import type { DeskStatus } from '../../domain/dossier/schema'
import { formatCalendarDate } from '../app/format'

/** How the desk says a status and a deadline, in the app's language. */
export function useDeskWords() {
  const { t, i18n } = useTranslation(['dossiers', 'rights'])
  return {
    status: (status: DeskStatus) => t(`status.${status}`, { ns: 'dossiers' }),
    statusShown: (status: DeskStatus | null, suggested: boolean) =>
      status === null
        ? ''
        : suggested
          ? t('suggested', { ns: 'dossiers', status: t(`status.${status}`, { ns: 'dossiers' }) })
          : t(`status.${status}`, { ns: 'dossiers' }),
    deadlineTitle: (deadline: Deadline) => t(`timeline.items.${deadline.key}.title`, { ns: 'rights' }),
    date: (isoDate: string, weekday = false) => formatCalendarDate(isoDate, i18n.language, { weekday }),
  }
}
