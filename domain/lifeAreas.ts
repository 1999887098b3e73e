import type { Dossier, LifeAreaKey } from './dossier/schema'
import { lifeAreaKeys } from './dossier/life-area-keys'

/** The life areas in the order the law's investigation and the plan use: the schema's own list. */
export const areaOrder: readonly LifeAreaKey[] = lifeAreaKeys

/**
 * Whether the one who fills in cares for the person (a relative preparing): the life area
 * "caring" asks them about their own load. Whether anyone gives care at all (and so gets a part
 * of their own) is `givesCare` in domain/carers.ts.
 */
export function isCarer(dossier: Dossier): boolean {
  return dossier.subject.forWhom === 'relative'
}

export function areasOffered(dossier: Dossier): LifeAreaKey[] {
  return areaOrder.filter((area) => area !== 'caring' || isCarer(dossier))
}

/** The chosen areas, in the standard order, that are still offered. */
export function chosenAreas(dossier: Dossier): LifeAreaKey[] {
  const offered = areasOffered(dossier)
  return offered.filter((area) => dossier.situation.selectedAreas.includes(area))
}
