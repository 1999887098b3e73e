import { z } from 'zod'

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

export const lifeAreaKeys = ['household', 'personalCare', 'mobility', 'housing', 'social', 'daytime', 'money', 'health', 'caring'] as const
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
})

export const carerCostKeys = ['work', 'sleep', 'health', 'family', 'money'] as const
export const carerReliefKeys = ['respite', 'shortStay', 'daytime', 'paperwork', 'careBroker', 'practical'] as const
export const carerKeepUpKeys = ['yes', 'years', 'months', 'weeks', 'no'] as const

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
})
export type Dossier = z.infer<typeof Dossier>

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T

/** The fields of a section as a change: each optional, and none filled in by a default. */
function changeOf<Shape extends z.ZodRawShape>(section: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(section.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
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
  })
  .strict()
export type DossierPatch = z.input<typeof DossierPatch>
