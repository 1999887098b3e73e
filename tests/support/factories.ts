import { DOSSIER_SCHEMA_VERSION, Dossier, PREPARER_CARER_ID, type DossierPatch } from '../../domain/dossier/schema'

const sentence = 'Op slechte dagen lukt het me niet om zelf te douchen en dan blijf ik in bed liggen. '

/** Many words of free text, as a person might write when they finally get the chance. */
export function longText(words = 3_000): string {
  const parts = sentence.trim().split(' ')
  return Array.from({ length: words }, (_, index) => parts[index % parts.length]).join(' ')
}

/** A preparation with every page filled in: a carer preparing for her mother. */
export function fullPreparation(options: { long?: boolean } = {}): DossierPatch {
  const text = (short: string) => (options.long ? `${short} ${longText(400)}` : short)
  return {
    subject: {
      forWhom: 'relative',
      firstName: 'Ayşe',
      surname: 'Yılmaz-Đoković',
      birthYear: 1941,
      phone: '010-1234567',
      address: 'Zwaanshals 12b\n3035 KS Rotterdam',
      preparerName: 'Fatma Yılmaz',
      preparerRelation: 'dochter',
    },
    conversation: {
      municipalityCode: 'GM0599',
      meldingDate: '2026-11-02',
      talkDate: '2026-12-10',
      talkTime: '14:30',
      place: 'Bij mijn moeder thuis, 3e etage, geen lift',
      professional: 'mevrouw De Boer',
      attendees: 'Fatma (dochter), cliëntondersteuner van MEE',
      clientSupport: 'yes',
    },
    situation: {
      selectedAreas: ['household', 'personalCare', 'social', 'health', 'caring'],
      areas: {
        household: {
          rating: 4,
          hard: text('Stofzuigen en het bed verschonen lukken niet meer.'),
          self: 'Afwassen, zittend.',
          help: 'Mijn dochter, twee keer per week.',
          wish: 'Elke week dezelfde hulp die ook even een praatje maakt.',
        },
        personalCare: {
          rating: 3,
          hard: text('Douchen alleen is gevaarlijk.'),
          self: 'Aankleden lukt, langzaam.',
          help: 'Niemand.',
          wish: 'Hulp bij het douchen, twee keer per week.',
        },
        social: {
          rating: 3,
          hard: 'Ik kom de deur bijna niet meer uit.',
          self: 'Ik bel elke dag met mijn zus.',
          help: '',
          wish: 'Weer naar de koffieochtend in de moskee.',
        },
        health: { rating: 2, hard: 'Ik vergeet soms mijn medicijnen.', self: '', help: 'De huisarts.', wish: '' },
        caring: { rating: 4, hard: 'Ik ben moe.', self: '', help: '', wish: 'Eén dag per week rust.' },
      },
    },
    day: {
      morning: text('Opstaan duurt een uur. 🙁'),
      afternoon: 'Rusten, soms bezoek.',
      evening: 'Mijn dochter kookt.',
      night: 'Twee keer naar de wc, bang om te vallen.',
    },
    matters: {
      keepDoing: 'Zelf koken, ook al gaat het langzaam.',
      energy: 'Mijn kleinkinderen, de markt op zaterdag.',
      doNotWant: 'Elke week een andere hulp. <b>Niet</b> om 7 uur ’s ochtends & niet zonder afspraak.',
    },
    network: {
      helpers: [
        {
          id: 'helper-1',
          name: 'Fatma',
          relation: 'dochter',
          helpsWith: 'Boodschappen, was, administratie',
          frequency: 'drie keer per week',
          canContinue: 'forNow',
        },
        { id: 'helper-2', name: 'Meneer Jansen', relation: 'buurman', helpsWith: 'Vuilnis buiten zetten', frequency: 'elke week', canContinue: 'yes' },
      ],
      generalServices: 'Tafeltje-dekje, alarmknop',
      whyNotEnough: text('Fatma werkt 32 uur en heeft zelf drie kinderen.'),
      insurer: 'Zilveren Kruis',
      gp: 'Dokter Bakker, Gezondheidscentrum Oude Noorden',
      homeNursing: 'De wijkverpleging komt elke ochtend voor de steunkousen.',
      otherCare: 'Fysiotherapie, één keer per week.',
      coordination: 'De hulp in huis kan niet komen tussen 8 en 9 uur, dan is de wijkverpleging er.',
      contributionNow: 'no',
      costWorries: 'Mijn moeder heeft alleen AOW. Kan zij de eigen bijdrage betalen?',
    },
    carer: { carers: [{ id: PREPARER_CARER_ID, who: { kind: 'preparer' }, hoursPerWeek: 18, burden: 4, reliefText: 'Eén dag per week dagbesteding.' }] },
    priorities: {
      ranked: [
        { id: 'own-1', text: 'Mijn dochter moet het kunnen volhouden.' },
        { id: 'wish-household', text: 'Elke week dezelfde hulp die ook even een praatje maakt.' },
        { id: 'wish-personalCare', text: 'Hulp bij het douchen, twee keer per week.' },
        { id: 'wish-social', text: 'Weer naar de koffieochtend in de moskee.' },
      ],
    },
    questions: {
      selected: ['procedure02', 'support01', 'provider01', 'own-q1', 'report01'],
      own: [{ id: 'own-q1', text: 'Kan de hulp na 10 uur komen?' }],
    },
  }
}

/** The most a person could plausibly write: every area, long answers, many helpers and questions. */
export function maximalPreparation(options: { scale?: number } = {}): DossierPatch {
  const base = fullPreparation({ long: true })
  // `scale` stretches every long answer, for benchmarks that need a plan of a given length.
  const long = (words: number) => longText(Math.max(1, Math.round(words * (options.scale ?? 1))))
  const areas = ['household', 'personalCare', 'mobility', 'housing', 'social', 'daytime', 'money', 'health', 'caring'] as const
  return {
    ...base,
    situation: {
      selectedAreas: [...areas],
      areas: Object.fromEntries(
        areas.map((area, index) => [area, { rating: (index % 5) + 1, hard: long(250), self: long(150), help: long(120), wish: long(80) }]),
      ),
    },
    day: { morning: long(300), afternoon: long(300), evening: long(300), night: long(300) },
    matters: { keepDoing: long(300), energy: long(300), doNotWant: long(300) },
    network: {
      helpers: Array.from({ length: 12 }, (_, index) => ({
        id: `helper-${index}`,
        name: `Helper ${index + 1}`,
        relation: 'buur',
        helpsWith: long(40),
        frequency: 'elke week',
        canContinue: 'forNow' as const,
      })),
      generalServices: long(150),
      whyNotEnough: long(300),
    },
    priorities: { ranked: Array.from({ length: 15 }, (_, index) => ({ id: `own-${index}`, text: `Prioriteit ${index + 1}: ${long(25)}` })) },
    questions: {
      selected: [
        ...['procedure', 'support', 'provider', 'costs', 'pgb', 'report', 'timeline', 'objection'].flatMap((topic) =>
          Array.from({ length: 7 }, (_, index) => `${topic}0${index + 1}`),
        ),
        ...Array.from({ length: 10 }, (_, index) => `own-q${index}`),
      ],
      own: Array.from({ length: 10 }, (_, index) => ({ id: `own-q${index}`, text: `Eigen vraag ${index + 1}: ${long(20)}?` })),
    },
  }
}

/** A whole dossier of the current version, as the store would hold it. */
export function makeDossier(patch: DossierPatch = {}, id = 'test', stamp = '2026-11-26T10:00:00.000Z'): Dossier {
  return Dossier.parse({ schemaVersion: DOSSIER_SCHEMA_VERSION, id, createdAt: stamp, updatedAt: stamp, ...patch })
}

/**
 * A son who prepares for his father next to a full-time job, and his sister who helps too: two
 * carers, each with their own part, top three and plan for the day they cannot go on.
 */
export function twoCarersPreparation(): DossierPatch {
  return {
    subject: { forWhom: 'relative', firstName: 'Ahmed', surname: 'El Amrani', birthYear: 1950, preparerName: 'Karim', preparerRelation: 'zoon' },
    conversation: { municipalityCode: 'GM0344', meldingDate: '2026-11-02', talkDate: '2026-12-10', professional: 'meneer Visser' },
    situation: {
      selectedAreas: ['personalCare', 'caring'],
      areas: {
        personalCare: { rating: 4, hard: 'Ik kan niet meer alleen douchen.', self: '', help: '', wish: 'Hulp bij het douchen.' },
        caring: { rating: 4, hard: 'Ik ben uitgeput.', self: '', help: '', wish: 'Eén weekend per maand vrij.' },
      },
    },
    network: {
      helpers: [
        {
          id: 'helper-samira',
          name: 'Samira',
          relation: 'dochter',
          helpsWith: 'Boodschappen en de was',
          frequency: 'twee keer per week',
          canContinue: 'forNow',
        },
      ],
    },
    carer: {
      carers: [
        {
          id: PREPARER_CARER_ID,
          who: { kind: 'preparer' },
          hoursPerWeek: 20,
          tasks: 'Wassen, medicijnen, ’s nachts opstaan.',
          since: 'sinds 2023',
          burden: 5,
          costs: ['work', 'sleep'],
          costsText: 'Ik werk fulltime en slaap slecht.',
          keepUp: 'months',
          relief: ['respite', 'daytime'],
          reliefText: 'Iemand die één nacht per week overneemt.',
          topThree: ['Eén weekend per maand vrij', 'Hulp ’s nachts', 'Mijn werk houden'],
          ifStopped: 'Elke ochtend hulp bij het opstaan en de medicijnen.',
          stepIn: 'Niemand: Samira woont ver weg.',
          atOnce: 'Thuiszorg voor de ochtend.',
          contact: '06-12345678',
        },
        {
          id: 'carer-samira',
          who: { kind: 'helper', helperId: 'helper-samira' },
          hoursPerWeek: 6,
          burden: 2,
          topThree: ['Minder reistijd'],
          ifStopped: 'Iemand voor de boodschappen.',
        },
      ],
    },
    priorities: { ranked: [{ id: 'own-1', text: 'Zelf blijven douchen met hulp.' }] },
  }
}
