import type { DocBlock } from '../document'
import type { Dossier } from '../dossier/schema'
import { timelineOf } from '../deadlines/timeline'
import { signatureOf } from '../letter'
import { municipalityName } from '../municipalities'
import { filled } from '../steps/step'
import { calendarDate, join, own, text, type Text } from '../text'
import { objectionGrounds } from './decision'

/**
 * The two letters of the remedy path, as DocBlocks in the plan's typography: a bezwaarschrift
 * (Awb 6:5: name and address, date, a description of the decision, the grounds, a signature) and an
 * ingebrekestelling (Awb 4:17, 6:12). They are always in Dutch, for the municipality; the person's
 * own words stand in them as typed.
 */

/** A sentence of law with its source behind it, as a letter cites: "… (artikel 6:11 Awb)." */
const cited = (key: string): Text => text('pdf:withSource', { text: text(key), source: text(`${key}Source`) })

/** Addressee, sender, date and subject: the head every letter of Aan Tafel shares. */
function letterHead(dossier: Dossier, today: string, concerning: Text, extraFacts: { label: Text; value: Text }[] = []): DocBlock[] {
  const municipality = municipalityName(dossier.conversation.municipalityCode)
  return [
    {
      kind: 'paragraph',
      text: municipality ? text('after:objectionPdf.to', { municipality: own(municipality) }) : text('after:objectionPdf.toUnknown'),
    },
    {
      kind: 'facts',
      empty: own(''),
      rows: [
        { label: text('after:pdf.from'), value: join([signatureOf(dossier), own(dossier.subject.address), own(dossier.subject.phone)]) },
        { label: text('after:pdf.date'), value: calendarDate(today) },
        { label: text('after:pdf.concerning'), value: concerning },
        ...extraFacts,
      ],
    },
    { kind: 'paragraph', text: text('after:pdf.salutation') },
  ]
}

/** "Met vriendelijke groet," and room to sign by hand, above the name. */
function signOff(dossier: Dossier): DocBlock[] {
  return [
    { kind: 'paragraph', text: text('after:objectionPdf.closing') },
    { kind: 'ruled', label: text('after:objectionPdf.signature'), lines: 1 },
    { kind: 'paragraph', text: signatureOf(dossier) },
  ]
}

/** Whether the bezwaar comes after its term (Awb 6:7, 6:8, extended by the Atw): then Awb 6:11 applies. */
export function objectionIsLate(dossier: Dossier, today: string): boolean {
  const deadline = timelineOf(dossier).objection
  return deadline !== null && today > deadline.date
}

/** The bezwaarschrift, written on `today` (yyyy-mm-dd). */
export function objectionLetterContent(dossier: Dossier, today: string): DocBlock[] {
  const { decisionCheck: check, decisionDate, objection } = dossier.afterTalk
  const described = join(
    [
      decisionDate ? text('after:objectionPdf.decisionDated', { date: calendarDate(decisionDate) }) : text('after:objectionPdf.decisionUndated'),
      filled(check.reference) && text('after:objectionPdf.reference', { reference: own(check.reference.trim()) }),
      filled(check.provision) && text('after:objectionPdf.provision', { provision: own(check.provision.trim()) }),
    ],
    ', ',
  )
  const blocks: DocBlock[] = [
    ...letterHead(dossier, today, text('after:objectionPdf.concerningText'), [{ label: text('after:objectionPdf.decision'), value: described }]),
    {
      kind: 'paragraph',
      text: decisionDate ? text('after:objectionPdf.opening', { date: calendarDate(decisionDate) }) : text('after:objectionPdf.openingUndated'),
    },
  ]

  if (objectionIsLate(dossier, today)) {
    blocks.push({ kind: 'heading', level: 2, text: text('after:objectionPdf.lateHeading') }, { kind: 'paragraph', text: cited('after:objectionPdf.late') })
    if (filled(objection.lateReason)) blocks.push({ kind: 'paragraph', text: own(objection.lateReason.trim()) })
  }

  if (objection.proForma) {
    // Awb 6:6: the grounds may follow; the municipality must give a term to send them.
    blocks.push({ kind: 'paragraph', text: cited('after:objectionPdf.proForma') })
  } else {
    const grounds = objectionGrounds(dossier)
    const ownWords = check.ownWords.trim()
    if (grounds.length > 0 || ownWords !== '') blocks.push({ kind: 'heading', level: 2, text: text('after:objectionPdf.groundsHeading') })
    if (grounds.length > 0) {
      blocks.push({
        kind: 'list',
        numbered: true,
        items: grounds.map(({ ground, source }) => text('pdf:withSource', { text: ground, source })),
      })
    }
    if (ownWords !== '') blocks.push({ kind: 'field', label: text('after:objectionPdf.ownWords'), value: own(ownWords), empty: own('') })
  }

  blocks.push({ kind: 'paragraph', text: text('after:objectionPdf.request') }, ...signOff(dossier), {
    kind: 'note',
    text: text('after:objectionPdf.enclosure'),
  })
  return blocks
}

/**
 * The ingebrekestelling, written on `today`. Only to be made once the decision's term (extended
 * by the Atw and any postponement) has passed: before that it counts for nothing.
 */
export function noticeOfDefaultContent(dossier: Dossier, today: string): DocBlock[] {
  const { applicationDate, decisionPostponedTo } = dossier.afterTalk
  const deadline = timelineOf(dossier).decision
  const postponed = deadline !== null && decisionPostponedTo !== '' && deadline.sources.includes('Awb art. 4:14')
  const blocks: DocBlock[] = [...letterHead(dossier, today, text('after:noticePdf.concerningText'))]
  blocks.push({
    kind: 'paragraph',
    text: join(
      [
        applicationDate ? text('after:noticePdf.received', { date: calendarDate(applicationDate) }) : null,
        deadline &&
          text('pdf:withSource', {
            text: text(postponed ? 'after:noticePdf.termPostponed' : 'after:noticePdf.term', { deadline: calendarDate(deadline.date) }),
            source: text(postponed ? 'after:noticePdf.termPostponedSource' : 'after:noticePdf.termSource'),
          }),
        text('after:noticePdf.noDecision'),
      ],
      ' ',
    ),
  })
  blocks.push({ kind: 'paragraph', text: cited('after:noticePdf.notice') }, { kind: 'paragraph', text: cited('after:noticePdf.dwangsom') }, ...signOff(dossier))
  return blocks
}
