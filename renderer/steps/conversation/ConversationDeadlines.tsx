import { useTranslation } from 'react-i18next'
import { conversationDeadlines, type FlowDeadline } from '../../../domain/deadlines/conversation'
import { addDays } from '../../../domain/deadlines/holidays'
import type { Dossier } from '../../../domain/dossier/schema'
import { formatCalendarDate } from '../../app/format'
import { Explain } from '../../fields/Explain'

/**
 * The terms that run from the melding, where the person enters its date: the window for a
 * persoonlijk plan and the investigation's last day, with what passed marked, and what it means
 * when the talk is planned after them (WMO-FACTS: the plan window is a minimum, not a cut-off).
 */
export function ConversationDeadlines({ conversation, today }: { conversation: Dossier['conversation']; today: string }) {
  const { t, i18n } = useTranslation('flow')
  const deadlines = conversationDeadlines(conversation, today)
  const date = (value: string) => formatCalendarDate(value, i18n.language, { weekday: true })

  const item = (deadline: FlowDeadline, text: string, extra: string | null, source: string) => (
    <li className={deadline.passed ? 'passed' : undefined}>
      <p>
        {text}
        {deadline.passed && <span className="passed-tag">{t('conversation.passed')}</span>}
      </p>
      {extra && <p>{extra}</p>}
      <p className="source">{t('source', { source })}</p>
    </li>
  )

  return (
    <section className="panel" aria-labelledby="conversation-deadlines-heading">
      <h2 id="conversation-deadlines-heading">{t('conversation.deadlinesHeading')}</h2>
      {!deadlines ? (
        <p>{t('conversation.deadlinesWaiting')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {item(
              deadlines.personalPlan,
              t('conversation.personalPlan', { date: date(deadlines.personalPlan.deadline.date) }),
              deadlines.personalPlan.passed
                ? t('conversation.personalPlanPassed')
                : deadlines.personalPlan.talkAfter
                  ? t('conversation.personalPlanBeforeTalk', { talk: date(conversation.talkDate), date: date(deadlines.personalPlan.deadline.date) })
                  : null,
              t('conversation.personalPlanSource'),
            )}
            {item(
              deadlines.investigation,
              t('conversation.investigation', { date: date(deadlines.investigation.deadline.date) }),
              deadlines.investigation.passed
                ? t('conversation.investigationPassed')
                : deadlines.investigation.talkAfter
                  ? t('conversation.investigationBeforeTalk', { applyFrom: date(addDays(deadlines.investigation.deadline.date, 1)) })
                  : null,
              t('conversation.investigationSource'),
            )}
          </ul>
          <Explain term="persoonlijkPlan" />
          <p className="source">{t('source', { source: t('conversation.deadlinesSource') })}</p>
          <p>{t('conversation.deadlinesMore')}</p>
        </>
      )}
    </section>
  )
}
