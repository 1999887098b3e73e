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
      'Ayşe Yılmaz-Đoković (85)',
      'Het belangrijkst voor Ayşe: Mijn dochter moet het kunnen volhouden.',
      'In het kort',
      'Fatma Yılmaz (dochter) heeft dit opgeschreven, samen met of namens Ayşe.',
      'Wat voor Ayşe het belangrijkst is',
      'Mijn dochter moet het kunnen volhouden.',
      'De belangrijkste vragen',
      'Rotterdam',
      'donderdag 10 december 2026, 14:30',
      'Wat de wet zegt',
      '1. Wat Ayşe nodig heeft',
      'Stofzuigen en het bed verschonen lukken niet meer.',
      '2. Wat Ayşe zelf kan',
      'Afwassen, zittend.',
      '3. Hulp uit de omgeving van Ayşe, en waar die ophoudt',
      'Boodschappen, was, administratie',
      'Fatma werkt 32 uur en heeft zelf drie kinderen.',
      '4. De mantelzorger',
      'Erg zwaar',
      '5. Algemene voorzieningen die Ayşe al gebruikt',
      'Tafeltje-dekje, alarmknop',
      '6. Zorg die Ayşe al krijgt, en afstemming',
      'De gemeente onderzoekt hoe de hulp wordt afgestemd met de zorgverzekeraar en zorgverleners van Ayşe, zoals huisarts en wijkverpleging, en met andere hulp (art. 2.3.2 lid 4 onder f).',
      'Zilveren Kruis',
      'De wijkverpleging komt elke ochtend voor de steunkousen.',
      'De hulp in huis kan niet komen tussen 8 en 9 uur, dan is de wijkverpleging er.',
      '7. De eigen bijdrage',
      'De gemeente onderzoekt welke eigen bijdrage Ayşe zal moeten betalen (art. 2.3.2 lid 4 onder g; art. 2.1.4 en 2.1.4a).',
      'Betaalt Ayşe nu al een eigen bijdrage (CAK)? Nee',
      'Mijn moeder heeft alleen AOW. Kan zij de eigen bijdrage betalen?',
      '8. Hoe het gaat, per onderwerp',
      'Huishouden: Gaat slecht',
      '9. Een gewone dag',
      'Twee keer naar de wc, bang om te vallen.',
      '10. Wat voor Ayşe belangrijk is',
      'Elke week een andere hulp. <b>Niet</b> om 7 uur ’s ochtends & niet zonder afspraak.',
      'Weer naar de koffieochtend in de moskee.',
      'Gespreksblad',
      'Kan de hulp na 10 uur komen?',
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

  it('prints every script a person may type, and marks what no font can draw instead of failing', async () => {
    const dossier = dossierWith({
      subject: { firstName: 'Зоя Łucja Ğül', surname: 'عائشة 🌷' },
      matters: { keepDoing: 'Żółć, ğışöç, ещё. Ελλάδα שלום ሰላም → ≥ ✓ 👍🏽 漢字' },
    })
    const rendered = await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now })
    const text = flat(pdfText(rendered.pdf))
    expect(text).toContain('Зоя Łucja Ğül')
    expect(text).toContain('عائشة')
    expect(text).toContain('Żółć, ğışöç, ещё. Ελλάδα')
    for (const word of ['שלום', 'ሰላም', '→', '≥', '✓', '👍', '🌷']) expect(text).toContain(word)
    // Chinese has no font here: each character shows as a box, and the plan says which are missing.
    expect(rendered.missing).toEqual(['漢', '字'])
    expect(text).toContain('□□')
    expect(text).toContain('een paar tekens konden niet worden afgedrukt')
  })

  it('gives back the person’s words in every script when the text is copied out, in the Dutch plan and in an Arabic copy', async () => {
    const words = {
      arabic: 'أريد أن أبقى في بيتي',
      persian: 'می‌خواهم در خانه بمانم',
      urdu: 'میں گھر پر رہنا چاہتا ہوں',
      hebrew: 'אני רוצה להישאר בבית',
      tigrinya: 'ኣብ ገዛይ ክነብር እደሊ',
      amharic: 'ቤቴ መቆየት እፈልጋለሁ',
      ukrainian: 'Я хочу залишитися вдома',
      polish: 'Chcę zostać w domu, żółć',
      turkish: 'Evde kalmak istiyorum, ığüşöç İ',
      greek: 'Θέλω να μείνω σπίτι',
      emoji: '🏠 ❤️ 👍🏽',
    }
    const dossier = dossierWith({
      subject: { forWhom: 'relative', firstName: 'حسن', surname: 'العمراني', preparerName: 'Youssef العمراني' },
      priorities: { ranked: Object.entries(words).map(([id, text]) => ({ id, text })) },
    })
    // Joiners, selectors and skin tones shape what is drawn and are not drawn; poppler marks right-to-left runs.
    const invisible = /\u200c|\u200d|\ufe0f|[\u202a-\u202e]|\p{Emoji_Modifier}/gu
    for (const language of ['nl', 'ar'] as const) {
      const rendered = await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now, language })
      const text = flat(pdfText(rendered.pdf).replace(invisible, ''))
      for (const [script, typed] of Object.entries(words)) expect(text, `${language}: ${script}`).toContain(typed.replace(invisible, '').trim())
      expect(rendered.missing).toEqual([])
      expect(qpdfProblems(rendered.pdf)).toEqual([])
      for (const font of pdfFonts(rendered.pdf)) expect(font, font.name).toMatchObject({ embedded: true })
      const doc = await PDFDocument.load(rendered.pdf)
      expect(doc.getTitle()).toContain('حسن العمراني')
      expect(doc.getAuthor()).toBe('Youssef العمراني')
      expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe(language === 'nl' ? 'nl-NL' : 'ar')
    }
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
    // Broken at a syllable with a hyphen, or between characters: nothing is lost. The word may run
    // onto the next page, so the page footer between its halves is taken out first.
    const footer = /Voorbereiding keukentafelgesprek\s+\d+ \p{L}+ \d{4}\s+pagina \d+ van \d+/gu
    expect(pdfText(pdf).replace(footer, '').replace(/-\s+/g, '').replace(/\s+/g, '')).toContain(word)
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
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoEmoji-Regular', 'NotoSans-Bold', 'NotoSans-Regular'])
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
      'Wat Ayşe nodig heeft',
      'Wat Ayşe zelf kan',
      'Hulp uit de omgeving',
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
    // The header is one line: the whole name, or as much as fits and "…", then the date.
    const headers = pdfText(pdf)
      .split('\n')
      .filter((line) => line.startsWith(long) && / 20\d\d$/.test(line))
    expect(headers.length).toBe(pdfPageCount(pdf))
    for (const header of headers) expect(header).toMatch(new RegExp(`^${long} van den (Berg-Oosterhout|.*…) \\d+ \\w+ 20\\d\\d$`))
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
