import { z } from 'zod'
import { carerCostKeys, carerKeepUpKeys, carerReliefKeys, deskStatuses } from './choice-keys'
import { lifeAreaKeys } from './life-area-keys'

/** The version of the dossier shape this build writes. Older files are migrated on read. */
export const DOSSIER_SCHEMA_VERSION = 3

// Generous limits: a person may write thousands of words, but a file can never grow without bound.
const LONG_TEXT = 100_000
const SHORT_TEXT = 500

const longText = () => z.string().max(LONG_TEXT).default('')
const shortText = () => z.string().max(SHORT_TEXT).default('')
/** A calendar date as yyyy-mm-dd, or '' while the person has not filled it in. */
const calendarDate = () => z.union([z.iso.date(), z.literal('')]).default('')
const rating = () => z.number().int().min(1).max(5).nullable().default(null)

export { carerCostKeys, carerKeepUpKeys, carerReliefKeys, deskStatuses, lifeAreaKeys }
export const LifeAreaKey = z.enum(lifeAreaKeys)
export type LifeAreaKey = z.infer<typeof LifeAreaKey>

export const ForWhom = z.enum(['self', 'relative', 'client'])
export type ForWhom = z.infer<typeof ForWhom>

const id = () =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)

/** Names Windows keeps for devices: a file called `con.json` cannot be made there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * A dossier's id names its files, so it is lower-case (the same on the case-insensitive disks of
 * Windows and macOS, where `ABC.json` and `abc.json` are one file) and never a device name.
 */
export const DossierId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/)
  .refine((value) => !WINDOWS_DEVICE.test(value), 'a device name cannot name a file')

/** The canonical form of an id written by an older version (or in a hand-over file). */
export function canonicalDossierId(value: string): string {
  const lower = value.toLowerCase()
  return WINDOWS_DEVICE.test(lower) ? `${lower}-dossier` : lower
}

export const Subject = z.object({
  forWhom: ForWhom.nullable().default(null),
  firstName: shortText(),
  surname: shortText(),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  phone: shortText(),
  address: z.string().max(2_000).default(''),
  /** For a carer or an advocate: who prepared this, and their relation to the person. */
  preparerName: shortText(),
  preparerRelation: shortText(),
  /** "Welke taal spreek je het best?", in the person's own words (a language, a dialect, two). */
  language: shortText(),
  /** Whether an interpreter is needed at the conversation. */
  interpreter: z.enum(['yes', 'no', 'unsure']).nullable().default(null),
})

export const Conversation = z.object({
  municipalityCode: z.union([z.string().regex(/^GM\d{4}$/), z.literal('')]).default(''),
  meldingDate: calendarDate(),
  talkDate: calendarDate(),
  talkTime: z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), z.literal('')]).default(''),
  place: z.string().max(2_000).default(''),
  professional: shortText(),
  attendees: z.string().max(2_000).default(''),
  clientSupport: z.enum(['yes', 'no', 'notYet']).nullable().default(null),
})

export const AreaAnswer = z.object({
  rating: rating(),
  hard: longText(),
  self: longText(),
  help: longText(),
  wish: longText(),
})

export const Situation = z.object({
  selectedAreas: z.array(LifeAreaKey).max(lifeAreaKeys.length).default([]),
  areas: z.partialRecord(LifeAreaKey, AreaAnswer).default({}),
})

export const Day = z.object({
  morning: longText(),
  afternoon: longText(),
  evening: longText(),
  night: longText(),
})

export const Matters = z.object({
  keepDoing: longText(),
  energy: longText(),
  doNotWant: longText(),
})

export const Helper = z.object({
  id: id(),
  name: shortText(),
  relation: shortText(),
  helpsWith: z.string().max(5_000).default(''),
  frequency: shortText(),
  canContinue: z.enum(['yes', 'forNow', 'no']).nullable().default(null),
})

export const Network = z.object({
  helpers: z.array(Helper).max(100).default([]),
  generalServices: longText(),
  whyNotEnough: longText(),
  // (f) The care the person already gets, which the municipality must work together with
  // (Wmo 2015 art. 2.3.2 lid 4 onder f).
  insurer: shortText(),
  gp: shortText(),
  homeNursing: longText(),
  otherCare: longText(),
  coordination: longText(),
  // (g) The contribution the person will owe (lid 4 onder g): what they pay now, and their worries.
  contributionNow: z.enum(['yes', 'no', 'unsure']).nullable().default(null),
  costWorries: longText(),
})

/** The id of the part of the relative who prepares: there is one, and version 2's carer became it. */
export const PREPARER_CARER_ID = 'carer-preparer'

/** Who gives this care: the relative who prepares, or a helper named in the network (by id). */
export const CarerWho = z.discriminatedUnion('kind', [z.object({ kind: z.literal('preparer') }), z.object({ kind: z.literal('helper'), helperId: id() })])

/**
 * One carer's own part, in their own voice: their load, what would help, their own three most
 * important things (apart from the person's priorities), and what is needed if they stop.
 */
export const CarerPart = z.object({
  id: id(),
  who: CarerWho,
  hoursPerWeek: z.number().min(0).max(168).nullable().default(null),
  tasks: longText(),
  since: shortText(),
  burden: rating(),
  costs: z.array(z.enum(carerCostKeys)).max(carerCostKeys.length).default([]),
  costsText: longText(),
  keepUp: z.enum(carerKeepUpKeys).nullable().default(null),
  relief: z.array(z.enum(carerReliefKeys)).max(carerReliefKeys.length).default([]),
  reliefText: longText(),
  topThree: z.array(z.string().max(LONG_TEXT)).max(3).default([]),
  /** "Als ik niet meer kan": what the person then needs, who could step in, what must be arranged at once. */
  ifStopped: longText(),
  stepIn: longText(),
  atOnce: longText(),
  /** How the municipality can reach this carer, for the letter that asks for their own conversation. */
  contact: shortText(),
})

export const Carer = z.object({
  carers: z.array(CarerPart).max(20).default([]),
})

export const Priority = z.object({
  id: id(),
  // As long as the wish it may be copied from.
  text: z.string().max(LONG_TEXT),
})

export const Priorities = z.object({
  /** In the person's order, most important first; the first three are "the top three". */
  ranked: z.array(Priority).max(50).default([]),
})

export const OwnQuestion = z.object({
  id: id(),
  text: z.string().max(5_000),
})

export const Questions = z.object({
  /** Ids of chosen questions, bank ids and own ids alike, in the person's order. */
  selected: z.array(id()).max(500).default([]),
  own: z.array(OwnQuestion).max(200).default([]),
})

export const ReportCheck = z.object({
  /** "Staat dit in het verslag?" */
  status: z.enum(['yes', 'partly', 'no']).nullable().default(null),
  note: z.string().max(5_000).default(''),
})

const yesNo = () => z.enum(['yes', 'no']).nullable().default(null)

/**
 * What the beschikking says, as the person reads it, to hold against their own plan
 * (domain/remedies/decision.ts).
 */
export const DecisionCheck = z.object({
  /** The decision's reference ("kenmerk"), to name it in a bezwaarschrift (Awb 6:5). */
  reference: shortText(),
  outcome: z.enum(['granted', 'partly', 'refused']).nullable().default(null),
  /** Which provision, in the decision's words ("huishoudelijke ondersteuning"). */
  provision: shortText(),
  namesHours: yesNo(),
  hours: shortText(),
  namesTasks: yesNo(),
  tasks: z.string().max(5_000).default(''),
  /** A result instead of hours and tasks, such as "een schoon en leefbaar huis". */
  result: shortText(),
  start: calendarDate(),
  form: z.enum(['inKind', 'pgb']).nullable().default(null),
  /** What the decision says about the eigen bijdrage. */
  contribution: shortText(),
  /** Per priority id: does the decision answer it? */
  priorities: z
    .record(
      z
        .string()
        .min(1)
        .max(64)
        .regex(/^[A-Za-z0-9_-]+$/),
      z.enum(['yes', 'partly', 'no']),
    )
    .default({}),
  /** Does it count on help from the person's network (mantelzorg) … */
  leansOnNetwork: yesNo(),
  /** … or on what the person can do themselves (eigen kracht)? */
  leansOnSelf: yesNo(),
  planHandedIn: yesNo(),
  planUsed: yesNo(),
  /** Why the person disagrees, in their own words (the grounds of a bezwaarschrift). */
  ownWords: longText(),
})

/** Choices for the bezwaarschrift. */
export const ObjectionChoices = z.object({
  /** A pro-forma bezwaar: the objection now, the grounds later (Awb 6:6). */
  proForma: z.boolean().default(false),
  sendBy: z.enum(['registered', 'byHand', 'digital']).nullable().default(null),
  /** Why a late bezwaar could not come sooner (Awb 6:11). */
  lateReason: z.string().max(5_000).default(''),
})

/** What happened at and after the conversation: agreements, the report, the application and decision. */
export const AfterTalk = z.object({
  agreed: longText(),
  notAgreed: longText(),
  reportExpected: calendarDate(),
  reportReceivedDate: calendarDate(),
  /** The date printed on the report, to refer to in a letter. */
  reportDate: calendarDate(),
  applicationDate: calendarDate(),
  decisionDate: calendarDate(),
  /** Per item of the person's own preparation (a priority, a life area, ...): is it in the report? */
  // Keys name what is checked: 'priority:<id>', 'area:<life area>', 'carer:<id>', 'carerStops:<id>', 'network', 'doNotWant'.
  reportChecks: z
    .record(
      z
        .string()
        .min(1)
        .max(80)
        .regex(/^[A-Za-z0-9_:-]+$/),
      ReportCheck,
    )
    .default({}),
  missingOrWrong: longText(),
  /** Whether the person signed the report, and how: signing it often counts as the aanvraag. */
  reportSigned: z.enum(['notYet', 'seenNotAgreed', 'agreed']).nullable().default(null),
  /** Awb 4:14: the municipality wrote that its decision comes later, by this date. */
  decisionPostponedTo: calendarDate(),
  /** The day the municipality received the ingebrekestelling: two weeks later the dwangsom runs (Awb 4:17). */
  noticeOfDefaultReceived: calendarDate(),
  decisionCheck: DecisionCheck.prefault({}),
  objection: ObjectionChoices.prefault({}),
})

/** Where a dossier stands on the Wmo route, from preparing to done (see domain/desk/status.ts). */
export const DeskStatus = z.enum(deskStatuses)
export type DeskStatus = z.infer<typeof DeskStatus>

/** A private note of one session with the person: never in the plan unless chosen, note by note. */
export const SessionNote = z.object({
  id: id(),
  date: z.iso.date(),
  text: z.string().max(20_000),
  inPlan: z.boolean().default(false),
})
export type SessionNote = z.infer<typeof SessionNote>

/** How to reach the advocate who helped: saved once in the settings, copied into a plan when chosen. */
export const AdvocateContact = z.object({
  name: shortText(),
  organisation: shortText(),
  phone: shortText(),
})
export type AdvocateContact = z.infer<typeof AdvocateContact>

/** The advocate's desk: where this person stands, whether it is archived, private session notes. */
export const Desk = z.object({
  /** Set by the person; null follows the suggestion from the dates. */
  status: DeskStatus.nullable().default(null),
  /** Out of the list (not deleted); shown again on request. */
  archived: z.boolean().default(false),
  notes: z.array(SessionNote).max(500).default([]),
  /** "Opgesteld met ondersteuning van …" in the plan, with these details; null: not mentioned. */
  supportedBy: AdvocateContact.nullable().default(null),
})

const pageName = () => z.string().regex(/^[A-Za-z]{1,40}$/)

/** Where the person was in this dossier, and the steps they called done ("klaar"). */
export const Flow = z.object({
  /** The last page open, to return to: a tab of the dossier and, while preparing, the step and its page. */
  last: z
    .object({
      view: pageName().default('prepare'),
      step: pageName().default('who'),
      part: z.number().int().min(0).max(100).default(0),
      afterPart: z.number().int().min(0).max(100).default(0),
    })
    .prefault({}),
  done: z.array(pageName()).max(50).default([]),
})

export const sectionSchemas = {
  subject: Subject,
  conversation: Conversation,
  situation: Situation,
  day: Day,
  matters: Matters,
  network: Network,
  carer: Carer,
  priorities: Priorities,
  questions: Questions,
  afterTalk: AfterTalk,
  desk: Desk,
  flow: Flow,
} as const

export type SectionName = keyof typeof sectionSchemas
export const sectionNames = Object.keys(sectionSchemas) as SectionName[]

export const Dossier = z.object({
  schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
  id: DossierId,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  subject: Subject.prefault({}),
  conversation: Conversation.prefault({}),
  situation: Situation.prefault({}),
  day: Day.prefault({}),
  matters: Matters.prefault({}),
  network: Network.prefault({}),
  carer: Carer.prefault({}),
  priorities: Priorities.prefault({}),
  questions: Questions.prefault({}),
  afterTalk: AfterTalk.prefault({}),
  desk: Desk.prefault({}),
  flow: Flow.prefault({}),
})
export type Dossier = z.infer<typeof Dossier>

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T extends z.ZodPrefault<infer Inner> ? Inner : T

/**
 * The fields of a section as a change: each optional, and none filled in by a default (a nested
 * object left out of a change must stay as it is, not be reset to its defaults).
 */
function changeOf<Shape extends z.ZodRawShape>(section: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(section.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault || field instanceof z.ZodPrefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  )
  return z.object(shape as unknown as { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> }).strict()
}

/**
 * A change to a dossier: per section, the fields to replace. Fields not named stay as they are;
 * lists (helpers, priorities, questions) are replaced whole.
 */
export const DossierPatch = z
  .object({
    subject: changeOf(Subject).optional(),
    conversation: changeOf(Conversation).optional(),
    situation: changeOf(Situation).optional(),
    day: changeOf(Day).optional(),
    matters: changeOf(Matters).optional(),
    network: changeOf(Network).optional(),
    carer: changeOf(Carer).optional(),
    priorities: changeOf(Priorities).optional(),
    questions: changeOf(Questions).optional(),
    afterTalk: changeOf(AfterTalk).optional(),
    desk: changeOf(Desk).optional(),
    flow: changeOf(Flow).optional(),
  })
  .strict()
export type DossierPatch = z.input<typeof DossierPatch>
