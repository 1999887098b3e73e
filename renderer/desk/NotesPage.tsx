import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../electron/contract'
import { dateInNetherlands } from '../../domain/deadlines/holidays'
import type { AdvocateContact, Dossier, SessionNote } from '../../domain/dossier/schema'
import { newId } from '../../domain/ids'
import { call } from '../app/api'
import { useAnnounce } from '../app/Announcer'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { Button } from '../kit/Button'
import { Checkbox } from '../kit/Checkboxes'
import { DateField } from '../kit/DateInput'
import { TextArea, TextField } from '../kit/TextField'
import type { Change } from '../steps/pages'
import { useDeskWords } from './deskWords'
import './desk.css'

const emptyProfile: AdvocateContact = { name: '', organisation: '', phone: '' }
const whoOf = (contact: AdvocateContact) =>
  [contact.name, contact.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ')
const sameContact = (a: AdvocateContact, b: AdvocateContact) => a.name === b.name && a.organisation === b.organisation && a.phone === b.phone

/**
 * Private notes of the sessions with this person, dated; one by one they can be put in the plan.
 * And, for an advocate, "opgesteld met ondersteuning van …" in the plan, with their details saved
 * once for every dossier.
 */
export function NotesPage({ dossier, change }: { dossier: Dossier; change: Change }) {
  const { t } = useTranslation(['dossiers', 'pdf'])
  const words = useDeskWords()
  const announce = useAnnounce()
  const heading = useHeadingFocus<HTMLHeadingElement>()
  const [date, setDate] = useState(() => dateInNetherlands(new Date()))
  const [text, setText] = useState('')
  const { notes } = dossier.desk
  const newestFirst = [...notes].sort((a, b) => b.date.localeCompare(a.date))
  const setNotes = (next: SessionNote[]) => change('desk', { notes: next })
  const edit = (id: string, fields: Partial<SessionNote>) => setNotes(notes.map((note) => (note.id === id ? { ...note, ...fields } : note)))

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '' || date === '' || notes.length >= 500) return
    setNotes([...notes, { id: newId('note'), date, text: text.trim(), inPlan: false }])
    setText('')
    announce(t('notes.added'))
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notes.heading')}
      </h1>
      <p className="lead">{t('notes.intro')}</p>
      <form className="panel" onSubmit={add} aria-labelledby="new-note-heading">
        <h2 id="new-note-heading">{t('notes.addHeading')}</h2>
        <DateField label={t('notes.date')} value={date} onChange={setDate} />
        <TextArea label={t('notes.text')} value={text} maxLength={20_000} onChange={setText} />
        <p>
          <Button type="submit" variant="primary">
            {t('notes.add')}
          </Button>
        </p>
      </form>
      <h2>{t('notes.listHeading')}</h2>
      {newestFirst.length === 0 && <p>{t('notes.none')}</p>}
      {newestFirst.map((note) => {
        const when = words.date(note.date)
        return (
          <section key={note.id} className="note-card" aria-label={t('notes.noteHeading', { date: when })}>
            <TextArea
              label={t('notes.noteHeading', { date: when })}
              value={note.text}
              maxLength={20_000}
              onChange={(value) => edit(note.id, { text: value })}
            />
            <Checkbox label={t('notes.inPlan')} hint={t('notes.inPlanHint')} checked={note.inPlan} onChange={(inPlan) => edit(note.id, { inPlan })} />
            <p>
              <Button
                variant="warning"
                size="small"
                aria-label={t('notes.deleteNamed', { date: when })}
                onClick={() => {
                  setNotes(notes.filter((item) => item.id !== note.id))
                  announce(t('notes.deleted'))
                  heading.current?.focus()
                }}
              >
                {t('notes.delete')}
              </Button>
            </p>
          </section>
        )
      })}
      <AdvocateInPlan dossier={dossier} change={change} />
    </>
  )
}

/** The advocate's details (saved once, in the settings) and, per dossier, whether the plan names them. */
function AdvocateInPlan({ dossier, change }: { dossier: Dossier; change: Change }) {
  const { t } = useTranslation(['dossiers', 'pdf'])
  const announce = useAnnounce()
  const [profile, setProfile] = useState<AdvocateContact | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inPlan = dossier.desk.supportedBy

  useEffect(() => {
    let live = true
    call('settings.get', undefined).then(
      (settings: Settings) => live && setProfile(settings.advocate),
      () => live && setProfile(emptyProfile),
    )
    return () => {
      live = false
      clearTimeout(timer.current)
    }
  }, [])

  if (!profile) return null
  const edit = (fields: Partial<AdvocateContact>) => {
    const next = { ...profile, ...fields }
    setProfile(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      call('settings.update', { advocate: next }).then(
        () => announce(t('advocate.saved')),
        () => undefined,
      )
    }, 600)
  }
  const who = whoOf(profile)
  const sentence = t('supportedBy', { ns: 'pdf', who: who || '…' })

  return (
    <section className="panel" aria-labelledby="advocate-heading">
      <h2 id="advocate-heading">{t('advocate.heading')}</h2>
      <p>{t('advocate.intro')}</p>
      <h3>{t('advocate.profile')}</h3>
      <p className="hint">{t('advocate.profileHint')}</p>
      <TextField label={t('advocate.name')} value={profile.name} width="medium" autoComplete="name" onChange={(name) => edit({ name })} />
      <TextField
        label={t('advocate.organisation')}
        value={profile.organisation}
        width="medium"
        autoComplete="organization"
        onChange={(organisation) => edit({ organisation })}
      />
      <TextField label={t('advocate.phone')} value={profile.phone} width="medium" inputMode="tel" autoComplete="tel" onChange={(phone) => edit({ phone })} />
      <Checkbox
        label={t('advocate.inPlan')}
        hint={who ? t('advocate.inPlanHint', { sentence }) : t('advocate.needProfile')}
        checked={inPlan !== null}
        onChange={(on) => {
          if (on && !who) return
          change('desk', { supportedBy: on ? profile : null })
        }}
      />
      {inPlan && !sameContact(inPlan, profile) && who && (
        <>
          <p>{t('advocate.outdated', { who: [whoOf(inPlan), inPlan.phone].filter(Boolean).join(', ') })}</p>
          <p>
            <Button variant="secondary" onClick={() => change('desk', { supportedBy: profile })}>
              {t('advocate.update')}
            </Button>
          </p>
        </>
      )}
    </section>
  )
}
