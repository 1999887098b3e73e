import { describe, expect, it } from 'vitest'
import { carerRequest } from '../../../domain/carerLetter'
import { carerCandidates, carersOf, givesCare, tooHeavy, withCarerAdded, withCarerChanged, withCarerRemoved } from '../../../domain/carers'
import { PREPARER_CARER_ID, type Dossier } from '../../../domain/dossier/schema'
import { checkSections, nextPosition, reportItems, stepsFor } from '../../../domain/steps'
import { say, wordsOf } from '../../../domain/text'
import { createMainI18n } from '../../../electron/main/i18n'
import { makeDossier, twoCarersPreparation } from '../../support/factories'

const dutchT = createMainI18n('nl').getFixedT('nl')
const dutch = wordsOf((key, values) => String(dutchT(key, values as never)), 'nl-NL')

const helper = (name: string, id = `helper-${name || 'x'}`) => ({ id, name, relation: 'buurvrouw', helpsWith: '', frequency: '', canContinue: null })
const offersCarer = (dossier: Dossier) => stepsFor(dossier).some((step) => step.key === 'carer')

describe('who gives care', () => {
  it('is the relative who prepares, even before anything is filled in', () => {
    const dossier = makeDossier({ subject: { forWhom: 'relative' } })
    expect(givesCare(dossier)).toBe(true)
    expect(carersOf(dossier)).toEqual([expect.objectContaining({ id: PREPARER_CARER_ID, who: { kind: 'preparer' }, hoursPerWeek: null })])
  })

  it('is anyone a person preparing for themselves names in their network', () => {
    expect(givesCare(makeDossier({ subject: { forWhom: 'self' } }))).toBe(false)
    expect(givesCare(makeDossier({ subject: { forWhom: 'self' }, network: { helpers: [helper('')] } }))).toBe(false)
    const named = makeDossier({ subject: { forWhom: 'self' }, network: { helpers: [helper('Joke')] } })
    expect(givesCare(named)).toBe(true)
    expect(offersCarer(named)).toBe(true)
    // Nobody has a part yet: the step has only its first page, to choose who.
    expect(carersOf(named)).toEqual([])
    expect(nextPosition({ step: 'carer', part: 0 }, named)).toEqual({ step: 'priorities', part: 0 })
  })

  it('counts a helper named by an advocate’s client too, but never the advocate', () => {
    const client = makeDossier({ subject: { forWhom: 'client', preparerName: 'Els (MEE)' }, network: { helpers: [helper('Joke')] } })
    expect(givesCare(client)).toBe(true)
    expect(carersOf(client)).toEqual([])
  })

  it('gives each carer a page of their own, then a page for their own conversation', () => {
    const dossier = makeDossier(twoCarersPreparation())
    expect(carersOf(dossier).map((carer) => carer.id)).toEqual([PREPARER_CARER_ID, 'carer-samira'])
    const pages = []
    for (let at: { step: string; part: number } | null = { step: 'carer', part: 0 }; at?.step === 'carer'; at = nextPosition(at as never, dossier)) {
      pages.push(
        say(
          dutch,
          stepsFor(dossier)
            .find((step) => step.key === 'carer')
            ?.heading?.(dossier, at.part) ?? { own: '' },
        ),
      )
    }
    expect(pages).toEqual(['Zorgen voor een ander', 'Jouw deel als mantelzorger', 'Het deel van Samira (dochter)', 'Een eigen gesprek voor de mantelzorger'])
  })

  it('stores the preparer’s part on its first change, adds and removes a helper’s, and keeps a part whose helper left', () => {
    let dossier = makeDossier({ subject: { forWhom: 'relative', preparerName: 'Karim' }, network: { helpers: [helper('Joke', 'helper-joke')] } })
    dossier = { ...dossier, carer: { carers: withCarerChanged(dossier, PREPARER_CARER_ID, { hoursPerWeek: 12 }) } }
    expect(dossier.carer.carers).toEqual([expect.objectContaining({ id: PREPARER_CARER_ID, hoursPerWeek: 12 })])
    dossier = { ...dossier, carer: { carers: withCarerAdded(dossier, 'carer-joke', 'helper-joke') } }
    expect(carersOf(dossier).map((carer) => carer.id)).toEqual([PREPARER_CARER_ID, 'carer-joke'])
    // Joke is removed from the network: her part is no longer shown, but not thrown away.
    const without = { ...dossier, network: { ...dossier.network, helpers: [] } }
    expect(carersOf(without).map((carer) => carer.id)).toEqual([PREPARER_CARER_ID])
    expect(without.carer.carers).toHaveLength(2)
    expect(withCarerRemoved(dossier, 'carer-joke').map((carer) => carer.id)).toEqual([PREPARER_CARER_ID])
  })

  it('offers the helpers without a part as carers, but not the relative who prepares a second time', () => {
    const dossier = makeDossier({
      subject: { forWhom: 'relative', preparerName: 'Fatma Yılmaz', preparerRelation: 'dochter' },
      network: {
        helpers: [{ ...helper('Fatma'), relation: 'Dochter' }, helper('Joke', 'helper-joke'), { ...helper('Fatma', 'helper-f2'), relation: 'buurvrouw' }],
      },
    })
    expect(carerCandidates(dossier).map((one) => one.id)).toEqual(['helper-joke', 'helper-f2'])
    const added = { ...dossier, carer: { carers: withCarerAdded(dossier, 'carer-joke', 'helper-joke') } }
    expect(carerCandidates(added).map((one) => one.id)).toEqual(['helper-f2'])
  })

  it('calls "Ik houd het niet meer vol", or "not even now", too heavy', () => {
    expect(tooHeavy({ burden: 5, keepUp: null })).toBe(true)
    expect(tooHeavy({ burden: 2, keepUp: 'no' })).toBe(true)
    expect(tooHeavy({ burden: 4, keepUp: 'weeks' })).toBe(false)
  })
})

describe('the carer’s part on the check page and in the report', () => {
  it('shows each carer under their own heading, and looks for each one’s load and plan B in the report', () => {
    const dossier = makeDossier(twoCarersPreparation())
    const sections = checkSections(dossier).filter((section) => section.key.startsWith('carer'))
    expect(sections.map((section) => say(dutch, section.heading))).toEqual([
      'Zorgen voor een ander',
      'Het deel van Karim (zoon)',
      'Het deel van Samira (dochter)',
    ])
    const items = reportItems(dossier).filter((item) => item.id.startsWith('carer'))
    expect(items.map((item) => [item.id, say(dutch, item.label)])).toEqual([
      ['carer:carer-preparer', 'De belasting van Karim als mantelzorger (20 uur per week, ik houd het niet meer vol)'],
      ['carerStops:carer-preparer', 'Wat er nodig is als Karim niet meer kan zorgen'],
      ['carer:carer-samira', 'De belasting van Samira als mantelzorger (6 uur per week, soms zwaar)'],
      ['carerStops:carer-samira', 'Wat er nodig is als Samira niet meer kan zorgen'],
    ])
  })
})

describe('the request for a conversation of the carer’s own', () => {
  it('asks for it on the ground of the law, and says it in Dutch the same way in a letter and an e-mail', () => {
    const dossier = makeDossier(twoCarersPreparation())
    const email = carerRequest(dossier, PREPARER_CARER_ID, 'email').paragraphs.map((paragraph) => say(dutch, paragraph))
    expect(email.join('\n')).toContain('Ik ben mantelzorger van Ahmed El Amrani. Ik zorg ongeveer 20 uur per week.')
    expect(email.join('\n')).toContain('(Wmo 2015 art. 2.3.2 lid 4 onder d)')
    expect(email.join('\n')).toContain('eigen gesprek met mij')
    expect(email.join('\n')).toContain('U kunt mij bereiken via 06-12345678.')
    expect(email.at(-1)).toBe('Met vriendelijke groet,\n\nKarim')
    const samira = carerRequest(dossier, 'carer-samira', 'email').paragraphs.map((paragraph) => say(dutch, paragraph))
    expect(samira.join('\n')).toContain('U kunt mij bereiken door op deze e-mail te antwoorden.')
    expect(() => carerRequest(dossier, 'carer-unknown', 'email')).toThrow()
  })
})
