import type { TFunction } from 'i18next'
import type { Dossier } from '../../electron/contract'
import { chosenAreas, isCarer } from '../steps/steps'

export interface ReportItem {
  /** Also read by the main process for the letter (electron/main/pdf/letter.ts): keep the forms in step. */
  id: string
  label: string
}

/**
 * The points of the person's own preparation to look for in the municipality's report: their
 * priorities, each life area they described, the carer's load, the limits of their network and
 * what they do not want.
 */
export function reportItems(dossier: Dossier, t: TFunction): ReportItem[] {
  const items: ReportItem[] = dossier.priorities.ranked
    .filter((priority) => priority.text.trim() !== '')
    .map((priority) => ({ id: `priority:${priority.id}`, label: t('report.itemPriority', { text: priority.text }) }))
  for (const area of chosenAreas(dossier)) {
    const rating = dossier.situation.areas[area]?.rating
    const name = t(`areas.${area}.title`, { ns: 'lifeAreas' })
    items.push({
      id: `area:${area}`,
      label: rating ? t('report.itemArea', { area: name, rating: t(`scale.${rating}`, { ns: 'lifeAreas' }) }) : t('report.itemAreaNoRating', { area: name }),
    })
  }
  if (isCarer(dossier)) {
    const { hoursPerWeek, burden } = dossier.carer
    items.push({
      id: 'carer',
      label:
        hoursPerWeek !== null && burden !== null
          ? t('report.itemCarer', { hours: hoursPerWeek, burden: t(`carer.burdenScale.${burden}`, { ns: 'flow' }).toLowerCase() })
          : t('report.itemCarerPlain'),
    })
  }
  if (dossier.network.whyNotEnough.trim() !== '') items.push({ id: 'network', label: t('report.itemNetwork') })
  if (dossier.matters.doNotWant.trim() !== '') items.push({ id: 'doNotWant', label: t('report.itemDoNotWant', { text: dossier.matters.doNotWant }) })
  return items
}
