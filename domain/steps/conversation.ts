import { municipalityName } from '../municipalities'
import { calendarDate, join, own, text } from '../text'
import { hasText, type StepDescriptor } from './step'

export const conversation: StepDescriptor = {
  key: 'conversation',
  section: 'conversation',
  applies: () => true,
  answered: ({ conversation: talk }) => talk.municipalityCode !== '' || hasText(talk.meldingDate, talk.talkDate, talk.place) || talk.clientSupport !== null,
  check: ({ conversation: talk }) => [
    {
      key: 'conversation',
      heading: text('flow:steps.conversation'),
      changeTo: { step: 'conversation', part: 0 },
      rows: [
        { key: 'municipality', label: text('flow:check.municipality'), value: own(municipalityName(talk.municipalityCode) ?? '') },
        { key: 'melding', label: text('flow:check.meldingDate'), value: talk.meldingDate ? calendarDate(talk.meldingDate) : null },
        { key: 'talk', label: text('flow:check.talk'), value: join([talk.talkDate ? calendarDate(talk.talkDate) : null, own(talk.talkTime)], ', ') },
        { key: 'place', label: text('flow:check.place'), value: own(talk.place) },
        { key: 'professional', label: text('flow:check.professional'), value: own(talk.professional) },
        { key: 'attendees', label: text('flow:check.attendees'), value: own(talk.attendees) },
        { key: 'clientSupport', label: text('flow:check.clientSupport'), value: talk.clientSupport ? text(`flow:conversation.${talk.clientSupport}`) : null },
      ],
    },
  ],
}
