import { carerById, carerName, type CarerPart } from './carers'
import type { DocBlock } from './document'
import { displayName } from './dossier/names'
import type { Dossier } from './dossier/schema'
import { municipalityName } from './municipalities'
import { filled } from './steps/step'
import { calendarDate, count, join, own, text, type Text } from './text'

/**
 * A carer asks the municipality for a conversation of their own. The law makes the carer's need
 * for support part of the investigation (Wmo 2015 art. 2.3.2 lid 4 onder d) and gives the carer
 * free client support (lid 3); a separate conversation is asked for, not claimed: it is
 * municipal practice, not a right in the law. The letter and the e-mail say the same.
 */
export interface CarerRequest {
  subject: Text
  /** Salutation, the request, and the closing with the carer's name: one paragraph each. */
  paragraphs: Text[]
}

const found = (dossier: Dossier, carerId: string): CarerPart => {
  const carer = carerById(dossier, carerId)
  if (!carer) throw new Error(`no carer ${carerId} in this dossier`)
  return carer
}

/** The signature: the carer's name, or an empty line to sign on. */
const signatureOf = (dossier: Dossier, carer: CarerPart): Text => own(carerName(dossier, carer))

export function carerRequest(dossier: Dossier, carerId: string, medium: 'letter' | 'email'): CarerRequest {
  const carer = found(dossier, carerId)
  const person = own(displayName(dossier))
  const named = filled(displayName(dossier))
  const meldingDate = dossier.conversation.meldingDate
  return {
    subject: text('after:carerLetter.subject'),
    paragraphs: [
      text('after:carerLetter.salutation'),
      join(
        [
          named ? text('after:carerLetter.whoFor', { person }) : text('after:carerLetter.whoForUnnamed'),
          carer.hoursPerWeek !== null && text('after:carerLetter.hours', { hours: count(carer.hoursPerWeek) }),
          filled(meldingDate) && text('after:carerLetter.melding', { date: calendarDate(meldingDate) }),
        ],
        ' ',
      ),
      text('after:carerLetter.law'),
      text('after:carerLetter.request'),
      text('after:carerLetter.clientSupport'),
      filled(carer.contact)
        ? text('after:carerLetter.reach', { contact: own(carer.contact) })
        : text(medium === 'email' ? 'after:carerLetter.reachByReply' : 'after:carerLetter.reachOn'),
      join([text('after:carerLetter.closing'), signatureOf(dossier, carer)], '\n\n'),
    ],
  }
}

/** The request as a letter on paper (PDF), written on `today` (yyyy-mm-dd). */
export function carerLetterContent(dossier: Dossier, carerId: string, today: string): DocBlock[] {
  const carer = found(dossier, carerId)
  const request = carerRequest(dossier, carerId, 'letter')
  const municipality = municipalityName(dossier.conversation.municipalityCode)
  const professional = dossier.conversation.professional.trim()
  const [salutation, ...body] = request.paragraphs
  const closing = body.pop()
  const person = displayName(dossier)
  const role = filled(person) ? text('after:carerLetter.fromRole', { person: own(person) }) : text('after:carerLetter.fromRoleUnnamed')
  const from = join([signatureOf(dossier, carer), role, own(carer.contact)])
  const blocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text: join([
        municipality ? text('after:pdf.to', { municipality: own(municipality) }) : text('after:pdf.toUnknown'),
        professional !== '' && text('after:pdf.attention', { name: own(professional) }),
      ]),
    },
    {
      kind: 'facts',
      empty: own(''),
      rows: [
        { label: text('after:pdf.from'), value: from },
        { label: text('after:pdf.date'), value: calendarDate(today) },
        { label: text('after:pdf.concerning'), value: request.subject },
      ],
    },
  ]
  if (salutation) blocks.push({ kind: 'paragraph', text: salutation })
  blocks.push(...body.map((paragraph): DocBlock => ({ kind: 'paragraph', text: paragraph })))
  if (!filled(carer.contact)) blocks.push({ kind: 'ruled', lines: 2 })
  if (closing) blocks.push({ kind: 'paragraph', text: closing })
  return blocks
}
