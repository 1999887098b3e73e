import { carerById, carerLabel, carerTopThree } from '../carers'
import type { DocBlock } from '../document'
import { displayName } from '../dossier/names'
import type { Dossier } from '../dossier/schema'
import { municipalityName } from '../municipalities'
import { carerContingencyRows, carerStoryRows, carerVoice, contingencyHeading } from '../steps/carer'
import { filled } from '../steps/step'
import { calendarDate, join, own, text, type Text } from '../text'

/**
 * One carer's own summary, on one page, to hand over in a conversation about them as a carer:
 * who they are and for whom they care, their own three most important things, their load, and
 * what must happen if they stop. All in their voice; nothing of the person's own answers.
 */
export function carerSummaryContent(dossier: Dossier, carerId: string): DocBlock[] {
  const carer = carerById(dossier, carerId)
  if (!carer) throw new Error(`no carer ${carerId} in this dossier`)
  const { conversation } = dossier
  const fact = (label: string, value: Text) => ({ label: text(`pdf:carerSummary.labels.${label}`), value })
  const rows = [
    fact('carer', carerLabel(dossier, carer)),
    filled(carer.contact) && fact('contact', own(carer.contact)),
    fact('caresFor', own(displayName(dossier))),
    fact('municipality', own(municipalityName(conversation.municipalityCode) ?? '')),
    fact('talk', join([conversation.talkDate ? calendarDate(conversation.talkDate) : null, own(conversation.talkTime)], ', ')),
  ].filter((row): row is { label: Text; value: Text } => row !== false)

  const top = carerTopThree(carer)
  // Label and answer side by side: the whole of it fits on one page to hand over.
  const story = carerStoryRows(dossier, carer, 'short')
  const contingency = carerContingencyRows(dossier, carer, 'short')
  return [
    { kind: 'title', text: text('pdf:carerSummary.title') },
    { kind: 'paragraph', text: join([carerVoice(dossier, carer), text('pdf:carerSummary.intro')], ' ') },
    { kind: 'note', text: join([text('pdf:carerSummary.law'), text('pdf:carers.voluntary')], ' ') },
    { kind: 'facts', rows, empty: text('pdf:notAnswered') },
    { kind: 'heading', level: 2, text: text('pdf:carerSummary.topThree') },
    top.length > 0 ? { kind: 'list', items: top.map(own), numbered: true, emphasis: true } : { kind: 'paragraph', text: text('pdf:noPriorities') },
    { kind: 'heading', level: 2, text: text('pdf:carerSummary.situation') },
    story.length > 0 ? { kind: 'facts', rows: story, empty: text('pdf:notAnswered') } : { kind: 'paragraph', text: text('pdf:notAnswered') },
    ...(contingency.length > 0
      ? [
          { kind: 'heading' as const, level: 2 as const, text: contingencyHeading(dossier, carer) },
          { kind: 'facts' as const, rows: contingency, empty: text('pdf:notAnswered') },
          { kind: 'note' as const, text: text('pdf:carers.urgent') },
        ]
      : []),
  ]
}
