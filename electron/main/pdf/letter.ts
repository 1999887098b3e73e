import type { TFunction } from 'i18next'
import type { Dossier } from '../../contract/dossier'
import { dateInNetherlands } from '../deadlines/holidays'
import { createMainI18n } from '../i18n'
import type { Block } from './blocks'
import { displayName } from './content'
import { formatDate, municipalityNames, renderDocument } from './plan'

export interface ReportPoint {
  label: string
  status: 'partly' | 'no'
  note: string
}

/** The label of a report check, by its id (see renderer/after/reportItems.ts for how ids are made). */
export function reportItemLabel(dossier: Dossier, id: string, t: TFunction): string | undefined {
  const [kind, key = ''] = id.split(':')
  switch (kind) {
    case 'priority': {
      const priority = dossier.priorities.ranked.find((item) => item.id === key)
      return priority && t('after:report.itemPriority', { text: priority.text })
    }
    case 'area': {
      if (!dossier.situation.selectedAreas.includes(key as never)) return undefined
      const answer = dossier.situation.areas[key as keyof Dossier['situation']['areas']]
      const area = t(`lifeAreas:areas.${key}.title`)
      return answer?.rating ? t('after:report.itemArea', { area, rating: t(`lifeAreas:scale.${answer.rating}`) }) : t('after:report.itemAreaNoRating', { area })
    }
    case 'carer': {
      const { hoursPerWeek, burden } = dossier.carer
      return hoursPerWeek !== null && burden !== null
        ? t('after:report.itemCarer', { hours: hoursPerWeek.toLocaleString('nl-NL'), burden: t(`flow:carer.burdenScale.${burden}`).toLowerCase() })
        : t('after:report.itemCarerPlain')
    }
    case 'network':
      return t('after:report.itemNetwork')
    case 'doNotWant':
      return t('after:report.itemDoNotWant', { text: dossier.matters.doNotWant })
    default:
      return undefined
  }
}

/** What the person marked as partly or not in the report, with their notes, in Dutch. */
export function reportPoints(dossier: Dossier, t: TFunction): ReportPoint[] {
  return Object.entries(dossier.afterTalk.reportChecks).flatMap(([id, check]) => {
    if (check.status !== 'partly' && check.status !== 'no') return []
    const label = reportItemLabel(dossier, id, t)
    return label ? [{ label, status: check.status, note: check.note }] : []
  })
}

function letterBlocks(dossier: Dossier, t: TFunction, now: Date): Block[] {
  const { subject, conversation, afterTalk } = dossier
  const name = displayName(dossier)
  const municipality = municipalityNames.get(conversation.municipalityCode)
  const onBehalf = subject.forWhom !== 'self' && subject.preparerName.trim() !== ''
  const signature = onBehalf ? t('after:pdf.onBehalf', { preparer: subject.preparerName.trim(), name }) : name
  const received = afterTalk.reportReceivedDate
    ? afterTalk.reportDate
      ? t('after:pdf.receivedDated', { date: formatDate(afterTalk.reportReceivedDate), reportDate: formatDate(afterTalk.reportDate) })
      : t('after:pdf.received', { date: formatDate(afterTalk.reportReceivedDate) })
    : ''
  const points = reportPoints(dossier, t)
  const blocks: Block[] = [
    { kind: 'paragraph', text: [municipality ? t('after:pdf.to', { municipality }) : t('after:pdf.toUnknown'), conversation.professional.trim() && t('after:pdf.attention', { name: conversation.professional.trim() })].filter(Boolean).join('\n') },
    {
      kind: 'facts',
      empty: '',
      rows: [
        { label: t('after:pdf.from'), value: [signature, subject.address, subject.phone].filter((part) => part.trim() !== '').join('\n') },
        { label: t('after:pdf.date'), value: formatDate(dateInNetherlands(now)) },
        { label: t('after:pdf.concerning'), value: t('after:pdf.concerningText') },
      ],
    },
    { kind: 'paragraph', text: t('after:pdf.salutation') },
    {
      kind: 'paragraph',
      text: [conversation.talkDate ? t('after:pdf.opening', { talkDate: formatDate(conversation.talkDate) }) : t('after:pdf.openingNoDate'), received, t('after:pdf.read')]
        .filter(Boolean)
        .join(' '),
    },
    { kind: 'heading', level: 2, text: t('after:pdf.pointsHeading') },
  ]
  if (points.length > 0) {
    blocks.push({
      kind: 'list',
      numbered: true,
      items: points.map((point) =>
        [point.label, t(point.status === 'no' ? 'after:pdf.statusNo' : 'after:pdf.statusPartly'), point.note.trim()].filter(Boolean).join('\n'),
      ),
    })
  }
  if (afterTalk.missingOrWrong.trim() !== '') blocks.push({ kind: 'field', label: t('after:pdf.more'), value: afterTalk.missingOrWrong, empty: '' })
  blocks.push(
    { kind: 'paragraph', text: t('after:pdf.request') },
    { kind: 'paragraph', text: `${t('after:pdf.closing')}\n\n\n${signature}` },
  )
  return blocks
}

/** The letter with the person's remarks on the report: same typography as the plan, always in Dutch. */
export async function renderLetter(dossier: Dossier, options: { fontsDir: string; now?: Date }): Promise<{ pdf: Uint8Array; pages: number }> {
  const t = createMainI18n('nl').getFixedT('nl')
  const now = options.now ?? new Date()
  const name = displayName(dossier)
  return renderDocument({
    blocks: letterBlocks(dossier, t, now),
    title: t('after:pdf.title'),
    metadataTitle: name ? `${t('after:pdf.title')} – ${name}` : t('after:pdf.title'),
    subject: t('after:pdf.subject'),
    author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'verslag', 'keukentafelgesprek'],
    name,
    dateLine: formatDate(dateInNetherlands(now)),
    largePrint: false,
    fontsDir: options.fontsDir,
    now,
  })
}
