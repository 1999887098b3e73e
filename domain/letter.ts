import type { DocBlock } from './document'
import type { Dossier } from './dossier/schema'
import { displayName } from './dossier/names'
import { municipalityName } from './municipalities'
import { reportItems } from './steps'
import { calendarDate, join, own, text, type Text } from './text'

export interface ReportPoint {
  id: string
  label: Text
  status: 'partly' | 'no'
  note: string
}

/**
 * What the person marked as partly or not in the report, with their notes: only points that are
 * still part of their preparation (a priority removed, or the carer's load after "for whom"
 * changed, is no longer a point), in the same order and words as on the screen.
 */
export function reportPoints(dossier: Dossier): ReportPoint[] {
  return reportItems(dossier).flatMap((item) => {
    const check = dossier.afterTalk.reportChecks[item.id]
    if (check?.status !== 'partly' && check?.status !== 'no') return []
    return [{ id: item.id, label: item.label, status: check.status, note: check.note }]
  })
}

/** Who signs: the person, or the one who prepared it on their behalf. */
export function signatureOf(dossier: Dossier): Text {
  const name = displayName(dossier)
  const preparer = dossier.subject.preparerName.trim()
  return dossier.subject.forWhom !== 'self' && preparer !== '' ? text('after:pdf.onBehalf', { preparer: own(preparer), name: own(name) }) : own(name)
}

/** The letter with the person's remarks on the report, written on `today` (yyyy-mm-dd). */
export function letterContent(dossier: Dossier, today: string): DocBlock[] {
  const { subject, conversation, afterTalk } = dossier
  const municipality = municipalityName(conversation.municipalityCode)
  const signature = signatureOf(dossier)
  const received = afterTalk.reportReceivedDate
    ? afterTalk.reportDate
      ? text('after:pdf.receivedDated', { date: calendarDate(afterTalk.reportReceivedDate), reportDate: calendarDate(afterTalk.reportDate) })
      : text('after:pdf.received', { date: calendarDate(afterTalk.reportReceivedDate) })
    : null
  const points = reportPoints(dossier)
  const professional = conversation.professional.trim()
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
        { label: text('after:pdf.from'), value: join([signature, own(subject.address), own(subject.phone)]) },
        { label: text('after:pdf.date'), value: calendarDate(today) },
        { label: text('after:pdf.concerning'), value: text('after:pdf.concerningText') },
      ],
    },
    { kind: 'paragraph', text: text('after:pdf.salutation') },
    {
      kind: 'paragraph',
      text: join(
        [
          conversation.talkDate ? text('after:pdf.opening', { talkDate: calendarDate(conversation.talkDate) }) : text('after:pdf.openingNoDate'),
          received,
          // Signing the report often counts as the aanvraag: the letter says how it was signed.
          afterTalk.reportSigned === 'seenNotAgreed' && text('after:pdf.seenNotAgreed'),
          afterTalk.reportSigned === 'agreed' && text('after:pdf.signedAgreed'),
          text('after:pdf.read'),
        ],
        ' ',
      ),
    },
    { kind: 'heading', level: 2, text: text('after:pdf.pointsHeading') },
  ]
  if (points.length > 0) {
    blocks.push({
      kind: 'list',
      numbered: true,
      items: points.map((point) => join([point.label, text(point.status === 'no' ? 'after:pdf.statusNo' : 'after:pdf.statusPartly'), own(point.note.trim())])),
    })
  }
  if (afterTalk.missingOrWrong.trim() !== '')
    blocks.push({ kind: 'field', label: text('after:pdf.more'), value: own(afterTalk.missingOrWrong), empty: own('') })
  blocks.push({ kind: 'paragraph', text: text('after:pdf.request') }, { kind: 'paragraph', text: join([text('after:pdf.closing'), signature], '\n\n\n') })
  return blocks
}
