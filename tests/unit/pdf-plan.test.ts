import path from 'node:path'
import { PDFDocument, PDFName, type PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { Dossier, DossierPatch } from '../../domain/dossier/schema'
import { renderPlan, type PlanOptions } from '../../electron/main/pdf/plan'
import { fullPreparation, makeDossier } from '../support/factories'
import { pdfFonts, pdfPageCount, pdfText, pdfWordBoxes, qpdfProblems } from '../support/pdf-tools'

const fontsDir = path.resolve('assets/fonts')
const now = new Date('2026-11-26T10:00:00Z')

const dossierWith = (patch: DossierPatch = {}): Dossier => makeDossier(patch, 'test', now.toISOString())

async function plan(dossier: Dossier, options: Partial<PlanOptions> = {}) {
  return (await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now, ...options })).pdf
}

/** Collapses white space, so that a line break the layout chose reads as a space. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the plan as PDF', () => {
  it('contains every answer, in the order the plan promises, with diacritics intact', async () => {
    const text = flat(pdfText(await plan(dossierWith(fullPreparation()))))
    const inOrder = [
      'Voorbereiding keukentafelgesprek',
      'Fatma Yılmaz (dochter)',
      'Ayşe Yılmaz-Đoković',
      'Rotterdam',
      '10 december 2026, 14:30',
      'Wat voor mij het belangrijkst is',
      'Mijn dochter moet het kunnen volhouden.',
      'Mijn belangrijkste vragen',
      'Kan de hulp na 10 uur komen?',
      '1. Wat ik nodig heb en wie ik ben',
      'Stofzuigen en het bed verschonen lukken niet meer.',
      '2. Wat ik zelf kan',
      'Afwassen, zittend.',
      '3. Hulp van mijn omgeving, en waar die ophoudt',
      'Boodschappen, was, administratie',
      'Fatma werkt 32 uur en heeft zelf drie kinderen.',
      '4. De mantelzorger',
      'Erg zwaar',
      '5. Algemene voorzieningen die ik al gebruik',
      'Tafeltje-dekje, alarmknop',
      '6. Zorg die ik al krijg, en afstemming',
      'De gemeente onderzoekt hoe de hulp wordt afgestemd met mijn zorgverzekeraar en zorgverleners, zoals huisarts en wijkverpleging, en met andere hulp (art. 2.3.2 lid 4 onder f).',
      'Zilveren Kruis',
      'De wijkverpleging komt elke ochtend voor de steunkousen.',
      'De hulp in huis kan niet komen tussen 8 en 9 uur, dan is de wijkverpleging er.',
      '7. De eigen bijdrage',
      'De gemeente onderzoekt welke eigen bijdrage ik zal moeten betalen (art. 2.3.2 lid 4 onder g; art. 2.1.4 en 2.1.4a).',
      'Betaal ik nu al een eigen bijdrage (CAK)? Nee',
      'Mijn moeder heeft alleen AOW. Kan zij de eigen bijdrage betalen?',
      '8. Hoe het gaat, per onderwerp',
      'Huishouden: Gaat slecht',
      '9. Een gewone dag',
      'Twee keer naar de wc, bang om te vallen.',
      '10. Wat voor mij belangrijk is',
      'Elke week een andere hulp. <b>Niet</b> om 7 uur ’s ochtends & niet zonder afspraak.',
      'Weer naar de koffieochtend in de moskee.',
      'Gespreksblad',
      'Mijn rechten',
      'Aantekeningen',
    ]
    let from = 0
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from)
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0)
      from = at + expected.length
    }
  })

  it('draws Turkish, Polish and Cyrillic, and marks what the font cannot draw instead of failing', async () => {
    const dossier = dossierWith({
      subject: { firstName: 'Зоя Łucja Ğül', surname: 'عائشة 🌷' },
      matters: { keepDoing: 'Żółć, ğışöç, ещё. 👍🏽 漢字' },
    })
    const text = flat(pdfText(await plan(dossier)))
    expect(text).toContain('Зоя Łucja Ğül')
    expect(text).toContain('Żółć, ğışöç, ещё.')
    // Arabic, emoji and Chinese have no glyphs in the shipped font: each run shows as one visible mark.
    expect(text).toContain('Зоя Łucja Ğül � �')
    expect(text).toContain('ещё. � �')
  })

  it('grows in pages as the answers grow, and keeps every word inside the page', async () => {
    const short = await plan(dossierWith({ subject: { firstName: 'Kort' } }))
    const long = await plan(dossierWith(fullPreparation({ long: true })))
    expect(pdfPageCount(long)).toBeGreaterThan(pdfPageCount(short) + 3)
    for (const pdf of [short, long]) {
      const boxes = pdfWordBoxes(pdf)
      expect(boxes.length).toBeGreaterThan(50)
      for (const box of boxes) {
        expect(box.xMin, box.word).toBeGreaterThanOrEqual(0)
        expect(box.yMin, box.word).toBeGreaterThanOrEqual(0)
        expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 50)
        expect(box.yMax, box.word).toBeLessThanOrEqual(box.pageHeight - 20)
      }
    }
  })

  it('breaks a word that is wider than a line, without losing a character', async () => {
    const word = 'Hulpbijhetdouchen'.repeat(20)
    const pdf = await plan(dossierWith({ matters: { keepDoing: word } }))
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain(word)
    for (const box of pdfWordBoxes(pdf)) expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - 50)
  })

  it('puts the page number and the person’s name on every page', async () => {
    const pdf = await plan(dossierWith(fullPreparation({ long: true })))
    const pages = pdfPageCount(pdf)
    const text = pdfText(pdf)
    for (let page = 1; page <= pages; page++) expect(text).toContain(`pagina ${page} van ${pages}`)
    expect(text.split('Ayşe Yılmaz-Đoković · Voorbereiding keukentafelgesprek').length - 1).toBe(pages)
  })

  it('is a sound PDF with its fonts embedded and its title, author and language set', async () => {
    const pdf = await plan(dossierWith(fullPreparation()))
    expect(qpdfProblems(pdf)).toEqual([])
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBe(2)
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true })
    expect(pdf.length).toBeLessThan(150 * 1024)
    const doc = await PDFDocument.load(pdf)
    expect(doc.getTitle()).toBe('Voorbereiding keukentafelgesprek – Ayşe Yılmaz-Đoković')
    expect(doc.getAuthor()).toBe('Fatma Yılmaz')
    expect(doc.getSubject()).toContain('Wmo 2015')
    expect(doc.getCreationDate()?.toISOString()).toBe(now.toISOString())
    expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('nl-NL')
  })

  it('is in Dutch whatever language the app was used in, with the person’s own words untranslated', async () => {
    const text = flat(pdfText(await plan(dossierWith({ subject: { firstName: 'John' }, matters: { keepDoing: 'I want to keep cooking.' } }))))
    expect(text).toContain('Wat ik zelf wil blijven doen')
    expect(text).toContain('I want to keep cooking.')
    expect(text).not.toContain('What I want to keep doing')
  })

  it('fits the one-page summary on one page, and large print on more pages than normal print', async () => {
    const dossier = dossierWith(fullPreparation())
    expect(pdfPageCount(await plan(dossier, { variant: 'summary' }))).toBe(1)
    const normal = pdfPageCount(await plan(dossier))
    const large = pdfPageCount(await plan(dossier, { largePrint: true }))
    expect(large).toBeGreaterThan(normal)
  })

  it('makes a plan of an empty preparation, saying what is not filled in', async () => {
    const text = flat(pdfText(await plan(dossierWith())))
    expect(text).toContain('(niet ingevuld)')
    expect(text).toContain('Ik heb nog geen keuze gemaakt.')
  })

  it('never leaves a heading alone at the foot of a page', async () => {
    const pdf = await plan(dossierWith(fullPreparation({ long: true })), { largePrint: true })
    const boxes = pdfWordBoxes(pdf)
    const headings = [
      'Wat ik nodig heb',
      'Wat ik zelf kan',
      'Hulp van mijn omgeving',
      'De mantelzorger',
      'Algemene voorzieningen',
      'Hoe het gaat',
      'Een gewone dag',
    ]
    for (const heading of headings) {
      const first = heading.split(' ')[0] ?? ''
      const candidates = boxes.filter((box) => box.word === first)
      for (const box of candidates) {
        const below = boxes.filter((other) => other.page === box.page && other.yMin > box.yMax && !/^pagina|^\d+$|^van$/.test(other.word))
        expect(below.length, `something follows "${first}" on page ${box.page}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('details a reader would stumble over', () => {
  it('keeps a long name whole in the header by leaving out the title, or cuts it visibly', async () => {
    const long = 'Maria Johanna Wilhelmina Theodora'
    const pdf = await plan(dossierWith({ subject: { firstName: long, surname: 'van den Berg-Oosterhout' } }), { largePrint: true })
    const text = pdfText(pdf)
    expect(text).toContain(`${long} van den Berg-Oosterhout`)
    expect(text).not.toMatch(/Theodora van den\s*\n(?!.*Berg)/)
    const endless = 'Alexandrina'.repeat(12)
    expect(pdfText(await plan(dossierWith({ subject: { firstName: endless } })))).toContain('…')
  })

  it('writes a ligature typed as one character (ﬁ) as its letters, so later plans extract "fi" too', async () => {
    await plan(dossierWith({ matters: { keepDoing: 'ﬁets en ﬂat' } }))
    const text = pdfText(await plan(dossierWith({ subject: { firstName: 'Sofie' }, matters: { keepDoing: 'ﬁets' } })))
    expect(text).toContain('Sofie')
    expect(text).toContain('fiets')
    expect(text).not.toMatch(/[\uFB00-\uFB06]/)
  })
})
