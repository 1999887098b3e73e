import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PREPARER_CARER_ID } from '../../domain/dossier/schema'
import { saveCarerLetter } from '../../electron/main/after/documents'
import { savePlan } from '../../electron/main/pdf/export'
import { renderCarerLetter } from '../../electron/main/pdf/letter'
import { renderPlan } from '../../electron/main/pdf/plan'
import { makeDossier, twoCarersPreparation } from '../support/factories'
import { pdfPageCount, pdfText } from '../support/pdf-tools'
import { testPlanPorts } from '../support/plan-ports'
import { makeTempDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const fontsDir = 'assets/fonts'
const now = new Date('2026-12-01T12:00:00Z')
const flat = (text: string) => text.replace(/\s+/g, ' ')
/** The PDF's text per page (pdftotext ends each page with a form feed). */
const pagesOf = (pdf: Uint8Array) => pdfText(pdf).split('\f').map(flat)
/** The text between two headings of the plan. */
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)))

describe('the plan of a relative with two carers', () => {
  it('gives each carer their own part in their own voice, apart from the person’s words', async () => {
    const { pdf } = await renderPlan(makeDossier(twoCarersPreparation()), { variant: 'full', largePrint: false, fontsDir, now })
    const text = flat(pdfText(pdf))
    const section = between(text, '4. De mantelzorgers', '5. Algemene voorzieningen')
    expect(section).toContain(
      'De gemeente onderzoekt welke ondersteuning de mantelzorgers nodig hebben. De gemeente moet ook de mantelzorger wijzen op gratis cliëntondersteuning (art. 2.3.2 lid 4 onder d; art. 2.3.2 lid 3).',
    )
    expect(section).toContain('Mantelzorg is vrijwillig. De gemeente kan niemand verplichten om te zorgen (bron: MantelzorgNL).')
    const karim = between(section, 'Karim (zoon), in eigen woorden', 'Samira (dochter), in eigen woorden')
    expect(karim).toContain('Ik, Karim (zoon), zorg ongeveer 20 uur per week voor Ahmed.')
    expect(karim).toContain('Wat het zorgen mij kost mijn werk, mijn slaap. Ik werk fulltime en slaap slecht.')
    expect(karim).toContain('Hoe lang ik dit nog volhoud Nog een paar maanden.')
    expect(karim).toContain('Wat mij zou helpen respijtzorg (iemand die de zorg een tijdje overneemt), dagbesteding voor Ahmed')
    // The son's "Ik ben uitgeput" (the life area "caring") is his, not his father's need.
    expect(karim).toContain('Wat het zorgen zwaar maakt Ik ben uitgeput.')
    expect(between(text, '1. Wat Ahmed nodig heeft', '2. Wat Ahmed zelf kan')).not.toContain('uitgeput')
    expect(karim).toContain('Als ik, Karim, niet meer kan Wat Ahmed dan nodig heeft Elke ochtend hulp bij het opstaan en de medicijnen.')
    expect(karim).toContain('Wie het dan kan overnemen Niemand: Samira woont ver weg.')
    expect(karim).toContain('Wat dan meteen geregeld moet worden Thuiszorg voor de ochtend.')
    expect(karim).toContain('(Wmo 2015 art. 2.3.3)')
    const samira = section.slice(section.indexOf('Samira (dochter), in eigen woorden'))
    expect(samira).toContain('Ik, Samira (dochter), zorg ongeveer 6 uur per week voor Ahmed.')
    expect(samira).toContain('Als ik, Samira, niet meer kan Wat Ahmed dan nodig heeft Iemand voor de boodschappen.')
    expect(samira).not.toContain('Karim')
  })

  it('puts each carer’s own three on page 1, under their own heading, after the person’s own', async () => {
    const { pdf } = await renderPlan(makeDossier(twoCarersPreparation()), { variant: 'summary', largePrint: false, fontsDir, now })
    const page1 = pagesOf(pdf)[0] ?? ''
    expect(pdfPageCount(pdf)).toBe(1)
    expect(page1).toContain('Wat voor Ahmed het belangrijkst is 1. Zelf blijven douchen met hulp.')
    expect(page1).toContain('Wat voor Karim (zoon) als mantelzorger het belangrijkst is 1. Eén weekend per maand vrij 2. Hulp ’s nachts 3. Mijn werk houden')
    expect(page1).toContain('Wat voor Samira (dochter) als mantelzorger het belangrijkst is 1. Minder reistijd')
    expect(page1.indexOf('Zelf blijven douchen')).toBeLessThan(page1.indexOf('Wat voor Karim'))
  })
})

describe('a person who prepares for themselves and names a helper', () => {
  it('gets the carer section, with the helper’s part in the helper’s voice', async () => {
    const dossier = makeDossier({
      subject: { forWhom: 'self', firstName: 'Truus' },
      network: {
        helpers: [{ id: 'helper-joke', name: 'Joke', relation: 'buurvrouw', helpsWith: 'Boodschappen', frequency: 'elke week', canContinue: 'forNow' }],
      },
      carer: { carers: [{ id: 'carer-joke', who: { kind: 'helper', helperId: 'helper-joke' }, hoursPerWeek: 4, keepUp: 'years' }] },
    })
    const text = flat(pdfText((await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now })).pdf))
    expect(text).toContain('4. De mantelzorgers')
    expect(text).toContain('Joke (buurvrouw), in eigen woorden')
    expect(text).toContain('Ik, Joke (buurvrouw), zorg ongeveer 4 uur per week voor Truus.')
  })

  it('still gets the carer section when nobody’s part is filled in yet, saying who helps', async () => {
    const dossier = makeDossier({ subject: { forWhom: 'self', firstName: 'Truus' }, network: { helpers: [{ id: 'helper-joke', name: 'Joke' }] } })
    const text = flat(pdfText((await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now })).pdf))
    expect(text).toContain('4. De mantelzorgers')
    expect(text).toContain('De gemeente onderzoekt ook of zij als mantelzorger ondersteuning nodig hebben.')
  })
})

describe('the carer’s own one-page summary', () => {
  it('is one page in the carer’s voice, with their name on it and nothing of the person’s own answers', async () => {
    const { pdf, pages } = await renderPlan(makeDossier(twoCarersPreparation()), {
      variant: 'carer',
      carerId: PREPARER_CARER_ID,
      largePrint: false,
      fontsDir,
      now,
    })
    expect(pages).toBe(1)
    const text = flat(pdfText(pdf))
    expect(text).toContain('Karim · Samenvatting mantelzorger')
    expect(text).toContain('Mijn situatie als mantelzorger')
    expect(text).toContain('Ik, Karim (zoon), zorg ongeveer 20 uur per week voor Ahmed. Dit is mijn samenvatting')
    expect(text).toContain('(Wmo 2015 art. 2.3.2 lid 4 onder d)')
    expect(text).toContain('Bereikbaar via 06-12345678')
    expect(text).toContain('Zorgt voor Ahmed El Amrani')
    expect(text).toContain('Wat voor mij het belangrijkst is 1. Eén weekend per maand vrij')
    expect(text).toContain('Hoe zwaar Ik houd het niet meer vol')
    expect(text).toContain('Als ik, Karim, niet meer kan Wat Ahmed dan nodig heeft Elke ochtend hulp bij het opstaan en de medicijnen.')
    expect(text).not.toContain('Zelf blijven douchen met hulp.')
    expect(text).not.toContain('Samira (dochter), in eigen woorden')
  })

  it('is saved under the carer’s name, and refused for a carer who is not there', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = 'samenvatting.pdf'
    const dossier = makeDossier(twoCarersPreparation())
    const suggested: string[] = []
    const choose = ports.chooseSavePath
    ports.chooseSavePath = (name, kind) => (suggested.push(name), choose(name, kind))
    const saved = await savePlan(dossier, { id: dossier.id, variant: 'carer', carerId: 'carer-samira', largePrint: false }, ports)
    expect(saved).toMatchObject({ saved: true, pages: 1 })
    expect(suggested).toEqual(['Samenvatting mantelzorger - Samira - 10-12-2026.pdf'])
    expect(flat(pdfText(fs.readFileSync(path.join(dir, 'samenvatting.pdf'))))).toContain('Ik, Samira (dochter), zorg ongeveer 6 uur per week voor Ahmed.')
    await expect(savePlan(dossier, { id: dossier.id, variant: 'carer', carerId: 'carer-gone', largePrint: false }, ports)).rejects.toMatchObject({
      code: 'not-found',
    })
  })
})

describe('the letter that asks for the carer’s own conversation', () => {
  it('is addressed to the municipality, signed by the carer, and asks on the ground of the law', async () => {
    const { pdf, pages } = await renderCarerLetter(makeDossier(twoCarersPreparation()), PREPARER_CARER_ID, { fontsDir, now })
    expect(pages).toBe(1)
    const text = flat(pdfText(pdf))
    expect(text).toContain('Aan de gemeente Utrecht t.a.v. meneer Visser')
    expect(text).toContain('Van Karim mantelzorger van Ahmed El Amrani 06-12345678')
    expect(text).toContain('Betreft Verzoek om een eigen gesprek als mantelzorger (Wmo 2015)')
    expect(text).toContain('Ik ben mantelzorger van Ahmed El Amrani. Ik zorg ongeveer 20 uur per week. Op 2 november 2026 is er een melding gedaan')
    expect(text).toContain('(Wmo 2015 art. 2.3.2 lid 4 onder d)')
    expect(text).toContain('gratis cliëntondersteuning kan krijgen (Wmo 2015 art. 2.3.2 lid 3)')
    expect(text).toContain('Met vriendelijke groet, Karim')
  })

  it('is saved where the person chooses, under the carer’s name', async () => {
    const ports = testPlanPorts(dir)
    ports.answer = 'brief.pdf'
    const saved = await saveCarerLetter(makeDossier(twoCarersPreparation()), 'carer-samira', ports, now)
    expect(saved).toEqual({ saved: true, fileName: path.join(dir, 'brief.pdf') })
    const text = flat(pdfText(fs.readFileSync(path.join(dir, 'brief.pdf'))))
    expect(text).toContain('Van Samira mantelzorger van Ahmed El Amrani')
    // No contact given: lines to write it on.
    expect(text).toContain('U kunt mij bereiken op:')
  })
})
