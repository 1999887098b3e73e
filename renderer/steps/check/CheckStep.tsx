import { useTranslation } from 'react-i18next'
import type { Dossier } from '../../../electron/contract'
import { formatCalendarDate } from '../../app/format'
import { municipalityName } from '../../app/municipalities'
import { useQuestionText } from '../questions/QuestionsStep'
import { chosenAreas, isCarer, type Position, type StepKey } from '../steps'
import { MakePlan } from './MakePlan'
import { SummarySection, type SummaryRow } from './SummaryList'

const joinLines = (...parts: string[]) => parts.map((part) => part.trim()).filter(Boolean).join('\n')

export function CheckStep({
  dossier,
  goTo,
  saveFirst,
}: {
  dossier: Dossier
  goTo: (position: Position) => void
  saveFirst: () => Promise<boolean>
}) {
  const { t, i18n } = useTranslation(['flow', 'lifeAreas'])
  const questionText = useQuestionText(dossier.questions)
  const { subject, conversation, situation, day, matters, network, carer, priorities, questions } = dossier
  const date = (value: string) => (value ? formatCalendarDate(value, i18n.language) : '')
  const step = (key: StepKey) => t(`steps.${key}`)
  const to = (key: StepKey, part = 0) => () => goTo({ step: key, part })
  const ordered = (items: string[]) =>
    items.length === 0 ? '' : (
      <ol className="summary-ol">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ol>
    )

  const who: SummaryRow[] = [
    { key: 'forWhom', label: t('check.forWhom'), value: subject.forWhom ? t(`who.${subject.forWhom}`) : '' },
    { key: 'name', label: t('check.name'), value: joinLines(`${subject.firstName} ${subject.surname}`) },
    { key: 'birthYear', label: t('check.birthYear'), value: subject.birthYear === null ? '' : String(subject.birthYear) },
    { key: 'contact', label: t('check.contact'), value: joinLines(subject.phone, subject.address) },
  ]
  if (subject.forWhom === 'relative' || subject.forWhom === 'client') {
    who.push({ key: 'preparer', label: t('check.preparer'), value: joinLines(subject.preparerName, subject.preparerRelation) })
  }

  const talk = [date(conversation.talkDate), conversation.talkTime].filter(Boolean).join(', ')
  const conversationRows: SummaryRow[] = [
    { key: 'municipality', label: t('check.municipality'), value: municipalityName(conversation.municipalityCode) ?? '' },
    { key: 'melding', label: t('check.meldingDate'), value: date(conversation.meldingDate) },
    { key: 'talk', label: t('check.talk'), value: talk },
    { key: 'place', label: t('check.place'), value: conversation.place },
    { key: 'professional', label: t('check.professional'), value: conversation.professional },
    { key: 'attendees', label: t('check.attendees'), value: conversation.attendees },
    {
      key: 'clientSupport',
      label: t('check.clientSupport'),
      value: conversation.clientSupport ? t(`conversation.${conversation.clientSupport}`) : '',
    },
  ]

  const areas = chosenAreas(dossier)
  const situationRows: SummaryRow[] = [
    {
      key: 'areas',
      label: t('check.areasChosen'),
      value: areas.map((area) => t(`areas.${area}.title`, { ns: 'lifeAreas' })).join(', '),
    },
  ]

  return (
    <>
      <p className="lead">{t('check.intro')}</p>
      <SummarySection heading={step('who')} rows={who} onChange={to('who')} />
      <SummarySection heading={step('conversation')} rows={conversationRows} onChange={to('conversation')} />
      <SummarySection heading={step('situation')} rows={situationRows} onChange={to('situation')} />
      {areas.map((area, index) => {
        const answer = situation.areas[area]
        return (
          <SummarySection
            key={area}
            heading={t(`areas.${area}.title`, { ns: 'lifeAreas' })}
            onChange={to('situation', index + 1)}
            rows={[
              { key: 'rating', label: t('situation.rating'), value: answer?.rating ? t(`scale.${answer.rating}`, { ns: 'lifeAreas' }) : '' },
              { key: 'hard', label: t('situation.hard'), value: answer?.hard ?? '' },
              { key: 'self', label: t('situation.self'), value: answer?.self ?? '' },
              { key: 'help', label: t('situation.help'), value: answer?.help ?? '' },
              { key: 'wish', label: t('situation.wish'), value: answer?.wish ?? '' },
            ]}
          />
        )
      })}
      <SummarySection
        heading={step('day')}
        onChange={to('day')}
        rows={(['morning', 'afternoon', 'evening', 'night'] as const).map((part) => ({ key: part, label: t(`day.${part}`), value: day[part] }))}
      />
      <SummarySection
        heading={step('matters')}
        onChange={to('matters')}
        rows={(['keepDoing', 'energy', 'doNotWant'] as const).map((question) => ({
          key: question,
          label: t(`matters.${question}`),
          value: matters[question],
        }))}
      />
      <SummarySection
        heading={step('network')}
        onChange={to('network')}
        rows={[
          {
            key: 'helpers',
            label: t('check.helpers'),
            value: ordered(
              network.helpers.map((helper) =>
                [helper.name, helper.relation && `(${helper.relation})`, helper.helpsWith, helper.frequency, helper.canContinue && `– ${t(`network.canContinue${helper.canContinue === 'yes' ? 'Yes' : helper.canContinue === 'no' ? 'No' : 'ForNow'}`)}`]
                  .filter(Boolean)
                  .join(' '),
              ),
            ),
          },
          { key: 'generalServices', label: t('network.generalServices'), value: network.generalServices },
          { key: 'whyNotEnough', label: t('network.whyNotEnough'), value: network.whyNotEnough },
        ]}
      />
      {isCarer(dossier) && (
        <SummarySection
          heading={step('carer')}
          onChange={to('carer')}
          rows={[
            { key: 'hours', label: t('check.hours'), value: carer.hoursPerWeek === null ? '' : carer.hoursPerWeek.toLocaleString(i18n.language) },
            { key: 'burden', label: t('check.burden'), value: carer.burden ? t(`carer.burdenScale.${carer.burden}`) : '' },
            { key: 'relief', label: t('carer.relief'), value: carer.relief },
          ]}
        />
      )}
      <SummarySection
        heading={step('priorities')}
        onChange={to('priorities')}
        rows={[{ key: 'ranked', label: t('check.top'), value: ordered(priorities.ranked.map((item) => item.text)) }]}
      />
      <SummarySection
        heading={step('questions')}
        onChange={to('questions')}
        rows={[{ key: 'selected', label: t('check.questions'), value: ordered(questions.selected.map(questionText)) }]}
      />
      <h2>{t('check.done')}</h2>
      <p>{t('check.doneText')}</p>
      <MakePlan dossierId={dossier.id} beforeMaking={saveFirst} />
    </>
  )
}
