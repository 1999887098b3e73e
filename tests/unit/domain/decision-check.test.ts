import { describe, expect, it } from 'vitest'
import type { Dossier, DossierPatch } from '../../../domain/dossier/schema'
import { decisionFindings, objectionGrounds, topPriorities, type Finding } from '../../../domain/remedies/decision'
import { say, wordsOf } from '../../../domain/text'
import { createMainI18n } from '../../../electron/main/i18n'
import { fullPreparation, makeDossier } from '../../support/factories'

const dutchT = createMainI18n('nl').getFixedT('nl')
const dutch = wordsOf((key, values) => String(dutchT(key, values as never)), 'nl-NL')
const read = (value: Parameters<typeof say>[1]) => say(dutch, value)

type Check = Partial<Dossier['afterTalk']['decisionCheck']>

/** The carer's preparation of the factories, with a decision entered as `check`. */
function decided(check: Check, patch: DossierPatch = {}): Dossier {
  const base = fullPreparation()
  return makeDossier({ ...base, ...patch, afterTalk: { decisionDate: '2027-01-08', decisionCheck: check as Dossier['afterTalk']['decisionCheck'] } })
}

const kinds = (dossier: Dossier) => decisionFindings(dossier).map((finding) => finding.kind)

/** The finding at `index`; fails the test when there is none. */
function nth(findings: Finding[], index = 0): Finding {
  const found = findings[index]
  if (!found) throw new Error(`no finding ${index} in ${findings.map((finding) => finding.id).join(', ')}`)
  return found
}
const groundOf = (finding: Finding) => read(finding.ground ?? '')

describe('the decision check holds the beschikking against the plan', () => {
  it('finds nothing to say while nothing of the decision is entered', () => {
    expect(decisionFindings(decided({}))).toEqual([])
  })

  it('calls a "schoon en leefbaar huis" decision without hours too vague, with CRvB 2019:3364 as its source', () => {
    const findings = decisionFindings(
      decided({
        outcome: 'granted',
        provision: 'Huishoudelijke ondersteuning',
        result: 'een schoon en leefbaar huis',
        namesHours: 'no',
        contribution: 'via het CAK',
      }),
    )
    expect(findings).toHaveLength(1)
    const finding = nth(findings)
    expect(finding.kind).toBe('resultOnly')
    expect(read(finding.text)).toBe(
      'Het besluit noemt alleen een resultaat: ‘een schoon en leefbaar huis’. Er staat niet bij hoeveel uur hulp je krijgt en welke taken de hulp doet. Dan weet je niet wat je krijgt. De rechter vond zulke besluiten te vaag.',
    )
    expect(read(finding.source)).toContain('CRvB 2019:3364')
    expect(groundOf(finding)).toContain('Zo’n besluit is niet concreet genoeg')
  })

  it('names missing hours and missing tasks separately when no result is named', () => {
    expect(kinds(decided({ outcome: 'granted', namesHours: 'no', namesTasks: 'no', contribution: 'x' }))).toEqual(['noHours', 'noTasks'])
    expect(kinds(decided({ outcome: 'granted', namesHours: 'yes', hours: '3 uur per week', namesTasks: 'yes', contribution: 'x' }))).toEqual([])
  })

  it('asks about each of the top three priorities, and says which one the decision leaves out', () => {
    const dossier = decided({
      outcome: 'partly',
      contribution: 'x',
      priorities: { 'own-1': 'no', 'wish-household': 'partly', 'wish-personalCare': 'yes', 'wish-social': 'no' },
    })
    expect(topPriorities(dossier).map((priority) => priority.id)).toEqual(['own-1', 'wish-household', 'wish-personalCare'])
    const findings = decisionFindings(dossier)
    // The fourth priority is not on page 1 of the plan, so the check does not ask about it.
    expect(findings.map((finding) => finding.id)).toEqual(['partly', 'priorityMissing:own-1', 'priorityPartly:wish-household'])
    expect(read(nth(findings, 1).text)).toContain('‘Mijn dochter moet het kunnen volhouden’ staat niet in het besluit')
    expect(read(nth(findings, 1).source)).toBe('Wmo 2015 art. 2.3.5 lid 3 en art. 2.3.2 lid 4 onder a')
  })

  it('says when the decision leans on mantelzorg the plan said is not there, in the plan’s own words', () => {
    const finding = nth(decisionFindings(decided({ outcome: 'granted', contribution: 'x', leansOnNetwork: 'yes' })))
    expect(finding.kind).toBe('leansOnNetwork')
    const said = read(finding.text)
    expect(said).toContain('Fatma kan de hulp niet zo blijven geven (voorlopig wel, maar niet lang meer).')
    expect(said).toContain('Fatma werkt 32 uur en heeft zelf drie kinderen.')
    expect(said).toContain('De mantelzorger zorgt ongeveer 18 uur per week en zegt over het zorgen: ‘Erg zwaar’.')
    expect(said).toContain('Mantelzorg is vrijwillig')
    expect(read(finding.source)).toContain('CRvB 2010:BL9930')
    // The neighbour who can go on is no evidence of help that is missing.
    expect(said).not.toContain('Meneer Jansen')
  })

  it('asks whether the network can really help when the plan says nothing against it', () => {
    const alone = decided(
      { outcome: 'granted', contribution: 'x', leansOnNetwork: 'yes' },
      { subject: { forWhom: 'self' }, network: { helpers: [], whyNotEnough: '' } },
    )
    expect(kinds(alone)).toEqual(['leansOnNetworkUnknown'])
    expect(nth(decisionFindings(alone)).ground).toBeNull()
  })

  it('holds eigen kracht against what the plan says no longer works', () => {
    const finding = nth(decisionFindings(decided({ outcome: 'granted', contribution: 'x', leansOnSelf: 'yes' })))
    expect(finding.kind).toBe('leansOnSelf')
    expect(read(finding.text)).toContain('bij: huishouden, persoonlijke verzorging')
    expect(read(finding.source)).toBe('Wmo 2015 art. 2.3.2 lid 4 onder b')
  })

  it('says the persoonlijk plan was not involved only when it was handed in and the decision does not show it', () => {
    expect(kinds(decided({ planHandedIn: 'yes', planUsed: 'no' }))).toEqual(['planNotUsed'])
    expect(kinds(decided({ planHandedIn: 'yes', planUsed: 'yes' }))).toEqual([])
    expect(kinds(decided({ planHandedIn: 'no', planUsed: 'no' }))).toEqual([])
  })

  it('points to the contribution rules when a grant says nothing about it, but never makes that a ground of objection', () => {
    const finding = nth(decisionFindings(decided({ outcome: 'granted' })))
    expect(finding.kind).toBe('noContribution')
    expect(read(finding.text)).toContain('€ 21,80 per maand')
    expect(read(finding.source)).toBe('Wmo 2015 art. 2.1.4a en 2.1.4b; bedrag 2026: CAK')
    expect(objectionGrounds(decided({ outcome: 'granted' }))).toEqual([])
  })

  it('gives a refusal as a ground and asks nothing about hours of help that was refused', () => {
    expect(kinds(decided({ outcome: 'refused', namesHours: 'no', result: 'schoon huis' }))).toEqual(['refused'])
  })

  it('gives every finding a text, a source and, where it is a reason to object, a ground in the first person', () => {
    const everything = decided({
      outcome: 'partly',
      result: 'een schoon en leefbaar huis',
      namesHours: 'no',
      namesTasks: 'no',
      leansOnNetwork: 'yes',
      leansOnSelf: 'yes',
      planHandedIn: 'yes',
      planUsed: 'no',
      priorities: { 'own-1': 'no' },
    })
    const findings = decisionFindings(everything)
    expect(findings.map((finding) => finding.kind)).toEqual([
      'partly',
      'priorityMissing',
      'resultOnly',
      'leansOnNetwork',
      'leansOnSelf',
      'planNotUsed',
      'noContribution',
    ])
    for (const finding of findings) {
      expect(read(finding.text).trim(), finding.id).not.toBe('')
      expect(read(finding.source).trim(), finding.id).not.toBe('')
      if (finding.ground) expect(read(finding.ground), finding.id).toMatch(/\b(ik|mij|mijn)\b/i)
    }
    expect(objectionGrounds(everything)).toHaveLength(6)
  })
})
