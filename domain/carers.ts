import { CarerPart as CarerPartSchema, PREPARER_CARER_ID, type Dossier } from './dossier/schema'
import { displayName } from './dossier/names'
import { isCarer } from './lifeAreas'
import { filled } from './steps/step'
import { own, text, type Text } from './text'

export type CarerPart = Dossier['carer']['carers'][number]
type Helper = Dossier['network']['helpers'][number]

/** The people in the network with a name: those the person says help them. */
export function namedHelpers(dossier: Dossier): Helper[] {
  return dossier.network.helpers.filter((helper) => filled(helper.name))
}

/**
 * Whether anyone gives the person care, and so whether carers get a part of their own: the
 * relative who prepares, or anyone named in the network. Help that follows from a social relation
 * and is not given as a profession is mantelzorg by the law's definition (Wmo 2015 art. 1.1.1), so
 * every named helper counts; the person chooses on the carer's page whose part to fill in.
 */
export function givesCare(dossier: Dossier): boolean {
  return isCarer(dossier) || namedHelpers(dossier).length > 0
}

/** An empty part for `who`. */
export function newCarerPart(id: string, who: CarerPart['who']): CarerPart {
  return CarerPartSchema.parse({ id, who })
}

/**
 * The carers whose parts are shown, in order: the relative who prepares first (their part is
 * there before anything is filled in, as the carer's page always was), then the helpers added as
 * carers. A part whose helper was removed from the network stays in the file but is not shown.
 */
export function carersOf(dossier: Dossier): CarerPart[] {
  if (!givesCare(dossier)) return []
  const stored = dossier.carer.carers
  const preparer = isCarer(dossier) ? [stored.find((carer) => carer.who.kind === 'preparer') ?? newCarerPart(PREPARER_CARER_ID, { kind: 'preparer' })] : []
  const helperIds = new Set(dossier.network.helpers.map((helper) => helper.id))
  const seen = new Set<string>()
  const helpers = stored.filter((carer) => {
    if (carer.who.kind !== 'helper' || !helperIds.has(carer.who.helperId) || seen.has(carer.who.helperId)) return false
    seen.add(carer.who.helperId)
    return true
  })
  return [...preparer, ...helpers]
}

export function carerById(dossier: Dossier, id: string): CarerPart | undefined {
  return carersOf(dossier).find((carer) => carer.id === id)
}

/**
 * The named helpers who have no part yet: the ones who can be added as carers. A relative who
 * prepares often names themselves in the network too ("Fatma, dochter" for "Fatma Yılmaz,
 * dochter"); they already have their own part, so they are not offered twice.
 */
export function carerCandidates(dossier: Dossier): Helper[] {
  const taken = new Set(carersOf(dossier).flatMap((carer) => (carer.who.kind === 'helper' ? [carer.who.helperId] : [])))
  return namedHelpers(dossier).filter((helper) => !taken.has(helper.id) && !isThePreparer(dossier, helper))
}

const normal = (value: string) => value.trim().toLocaleLowerCase('nl')

function isThePreparer(dossier: Dossier, helper: Helper): boolean {
  if (!isCarer(dossier)) return false
  const { preparerName, preparerRelation } = dossier.subject
  const name = normal(helper.name)
  const sameName = name === normal(preparerName) || name === normal(preparerName).split(/\s+/)[0]
  return sameName && normal(helper.relation) === normal(preparerRelation)
}

/** The list to store after a change to one carer's part (the preparer's part is stored on its first change). */
export function withCarerChanged(dossier: Dossier, id: string, fields: Partial<Omit<CarerPart, 'id' | 'who'>>): CarerPart[] {
  const stored = dossier.carer.carers
  // The preparer's part, shown first, is stored first too.
  const list = stored.some((carer) => carer.id === id) ? stored : [...carersOf(dossier).filter((carer) => carer.id === id), ...stored]
  return list.map((carer) => (carer.id === id ? { ...carer, ...fields } : carer))
}

export function withCarerAdded(dossier: Dossier, id: string, helperId: string): CarerPart[] {
  return [...dossier.carer.carers, newCarerPart(id, { kind: 'helper', helperId })]
}

export function withCarerRemoved(dossier: Dossier, id: string): CarerPart[] {
  return dossier.carer.carers.filter((carer) => carer.id !== id)
}

const helperOf = (dossier: Dossier, carer: CarerPart): Helper | undefined =>
  carer.who.kind === 'helper' ? dossier.network.helpers.find((helper) => helper.id === (carer.who as { helperId: string }).helperId) : undefined

/** The carer's name as typed ('' when none was given). */
export function carerName(dossier: Dossier, carer: CarerPart): string {
  return (carer.who.kind === 'preparer' ? dossier.subject.preparerName : (helperOf(dossier, carer)?.name ?? '')).trim()
}

/** What the carer is of the person ("zoon", "buurvrouw"), as typed. */
export function carerRelation(dossier: Dossier, carer: CarerPart): string {
  return (carer.who.kind === 'preparer' ? dossier.subject.preparerRelation : (helperOf(dossier, carer)?.relation ?? '')).trim()
}

/** "Karim (zoon)", "Karim", or "mantelzorger 2" when no name was given. */
export function carerLabel(dossier: Dossier, carer: CarerPart): Text {
  const name = carerName(dossier, carer)
  const relation = carerRelation(dossier, carer)
  if (!filled(name)) return text('pdf:carers.unnamed', { number: carersOf(dossier).findIndex((other) => other.id === carer.id) + 1 })
  return own(filled(relation) ? `${name} (${relation})` : name)
}

/** The person cared for, as a carer names them in a sentence: their first name, or "de persoon om wie het gaat". */
export function caredForName(dossier: Dossier): Text {
  const name = dossier.subject.firstName.trim() || displayName(dossier)
  return filled(name) ? own(name) : text('pdf:carers.thePerson')
}

/** Whether anything of the carer's part is filled in. */
export function carerAnswered(carer: CarerPart): boolean {
  return (
    carer.hoursPerWeek !== null ||
    carer.burden !== null ||
    carer.keepUp !== null ||
    carer.costs.length > 0 ||
    carer.relief.length > 0 ||
    [carer.tasks, carer.since, carer.costsText, carer.reliefText, carer.ifStopped, carer.stepIn, carer.atOnce, ...carer.topThree].some(filled)
  )
}

/** Whether "Als ik niet meer kan" holds anything. */
export function contingencyAnswered(carer: CarerPart): boolean {
  return [carer.ifStopped, carer.stepIn, carer.atOnce].some(filled)
}

/** The carer's own three, without empty lines. */
export function carerTopThree(carer: CarerPart): string[] {
  return carer.topThree.filter(filled).slice(0, 3)
}

/**
 * The heaviest load: "Ik houd het niet meer vol", or "I cannot keep it up even now". The carer's
 * page then shows at once where to get help.
 */
export function tooHeavy(carer: Pick<CarerPart, 'burden' | 'keepUp'>): boolean {
  return carer.burden === 5 || carer.keepUp === 'no'
}
