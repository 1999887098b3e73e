import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { conversationDateConcerns, type DateConcern } from '../../../domain/deadlines/conversation'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import type { Dossier } from '../../../domain/dossier/schema'
import { ConversationDeadlines } from './ConversationDeadlines'
import { formatCalendarDate } from '../../app/format'
import { municipalities, municipalityName, municipalitySource } from '../../../domain/municipalities'
import { DateField, TimeField } from '../../kit/DateInput'
import { Explain } from '../../fields/Explain'
import { Radios } from '../../kit/Radios'
import { TextField } from '../../kit/TextField'
import { Field, inputClass } from '../../kit/Field'

type Conversation = Dossier['conversation']

const byName = new Map(municipalities.map((municipality) => [municipality.name.toLocaleLowerCase('nl'), municipality.code]))

export function ConversationStep({ dossier, change }: { dossier: Dossier; change: (fields: Partial<Conversation>) => void }) {
  const { t, i18n } = useTranslation('flow')
  const { conversation } = dossier
  const today = dateInNetherlands(new Date())
  const concerns = conversationDateConcerns(conversation, today)
  /** What is said under a date field: the first concern about it, in words. */
  const concernAbout = (field: DateConcern['field']) => {
    const concern = concerns.find((item) => item.field === field)
    if (!concern) return undefined
    if (concern.kind === 'beforeMelding') return t('conversation.concerns.beforeMelding', { melding: formatCalendarDate(concern.melding, i18n.language) })
    if (concern.kind === 'inFuture') return t('conversation.concerns.inFuture')
    return t(`conversation.concerns.${concern.kind}`, { count: Math.max(1, concern.years) })
  }
  const [municipalityText, setMunicipalityText] = useState(municipalityName(conversation.municipalityCode) ?? '')
  const listId = useId()
  const typed = municipalityText.trim().toLocaleLowerCase('nl')
  const unknown = typed !== '' && !byName.has(typed)

  return (
    <>
      <p className="lead">{t('conversation.intro')}</p>
      <Field
        label={t('conversation.municipality')}
        hint={t('conversation.municipalityHint')}
        error={unknown ? t('conversation.municipalityUnknown') : undefined}
      >
        {({ id, describedBy, invalid }) => (
          <>
            <input
              id={id}
              className={inputClass('medium')}
              type="text"
              list={listId}
              autoComplete="off"
              value={municipalityText}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => {
                const text = event.target.value
                setMunicipalityText(text)
                const key = text.trim().toLocaleLowerCase('nl')
                const code = key === '' ? '' : byName.get(key)
                if (code !== undefined) change({ municipalityCode: code })
              }}
            />
            <datalist id={listId}>
              {municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.name} />
              ))}
            </datalist>
            <p className="source">
              {t('conversation.municipalitySource', {
                count: municipalities.length,
                year: municipalitySource.year,
              })}
            </p>
          </>
        )}
      </Field>
      <DateField
        label={t('conversation.meldingDate')}
        hint={`${t('conversation.meldingDateHint')} ${t('conversation.dateHint')} ${t('source', { source: t('conversation.meldingDateHintSource') })}.`}
        value={conversation.meldingDate}
        warning={concernAbout('meldingDate')}
        onChange={(meldingDate) => change({ meldingDate })}
      />
      <Explain term="melding" />
      <Explain term="ontvangstbevestiging" />
      <DateField
        label={t('conversation.talkDate')}
        hint={t('conversation.dateHint')}
        value={conversation.talkDate}
        warning={concernAbout('talkDate')}
        onChange={(talkDate) => change({ talkDate })}
      />
      <ConversationDeadlines conversation={conversation} today={today} />
      <TimeField label={t('conversation.talkTime')} value={conversation.talkTime} onChange={(talkTime) => change({ talkTime })} />
      <TextField
        label={t('conversation.place')}
        hint={t('conversation.placeHint')}
        value={conversation.place}
        maxLength={2000}
        onChange={(place) => change({ place })}
      />
      <Explain term="keukentafelgesprek" />
      <TextField
        label={t('conversation.professional')}
        hint={t('conversation.professionalHint')}
        value={conversation.professional}
        maxLength={500}
        width="medium"
        onChange={(professional) => change({ professional })}
      />
      <TextField
        label={t('conversation.attendees')}
        hint={t('conversation.attendeesHint')}
        value={conversation.attendees}
        maxLength={2000}
        onChange={(attendees) => change({ attendees })}
      />
      <section className="panel" aria-labelledby="client-support-heading">
        <h2 id="client-support-heading">{t('conversation.clientSupportHeading')}</h2>
        <p>{t('conversation.clientSupportText1')}</p>
        <p>{t('conversation.clientSupportText2')}</p>
        <p className="source">{t('source', { source: t('conversation.clientSupportSource') })}</p>
        <Explain term="clientondersteuner" />
        <Radios
          legend={t('conversation.clientSupport')}
          options={[
            { value: 'yes', label: t('conversation.yes') },
            { value: 'notYet', label: t('conversation.notYet') },
            { value: 'no', label: t('conversation.no') },
          ]}
          value={conversation.clientSupport}
          onChange={(clientSupport) => change({ clientSupport })}
          onClear={() => change({ clientSupport: null })}
        />
      </section>
    </>
  )
}
