import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DossierPatch } from '../../domain/dossier/schema'
import { renderPlan } from '../../electron/main/pdf/plan'
import { fullPreparation, makeDossier, maximalPreparation } from '../support/factories'
import { pdfInfo, pdfPageCount, pdfPagesText, pdfStructure, pdfUncompressed, pdfWordBoxes } from '../support/pdf-tools'

/*
 * Page 1 is what a municipal consultant reads in thirty seconds: who this is, what matters most,
 * the questions, the facts, and what the law says. In every variant and print size.
 */
const fontsDir = path.resolve('assets/fonts')
const now = new Date('2026-11-26T10:00:00Z')
const flat = (text: string) => text.replace(/\s+/g, ' ')

const people: Record<string, DossierPatch> = {
  short: {
    subject: { forWhom: 'self', firstName: 'Truus', surname: 'Jansen', birthYear: 1942 },
    priorities: { ranked: [{ id: 'p1', text: 'Thuis blijven wonen, met vaste hulp die ik ken.' }] },
  },
  carer: fullPreparation(),
  maximal: maximalPreparation(),
}
const variants = [
  { variant: 'full', largePrint: false },
  { variant: 'full', largePrint: true },
  { variant: 'summary', largePrint: false },
  { variant: 'summary', largePrint: true },
] as const

describe('page 1 of the plan', () => {
  for (const [who, patch] of Object.entries(people)) {
    for (const options of variants) {
      it(`holds the headline and the top three for the ${who} plan (${options.variant}, ${options.largePrint ? 'large' : 'normal'} print)`, () => {
        const dossier = makeDossier(patch, 'test', now.toISOString())
        const { pdf } = renderPlan(dossier, { ...options, fontsDir, now })
        const pageOne = flat(pdfPagesText(pdf, 1))
        const name = [dossier.subject.firstName, dossier.subject.surname].join(' ').trim()
        expect(pageOne).toContain(name)
        for (const priority of dossier.priorities.ranked.slice(0, 3)) {
          // A priority longer than page 1 can hold is shortened there, and page 1 says so.
          const start = flat(priority.text).split(' ').slice(0, 10).join(' ')
          expect(pageOne).toContain(start)
        }
        if (options.variant === 'summary') expect(pdfPageCount(pdf)).toBe(1)
        // Nothing left out silently: every chosen question is on page 1 or it says where it is.
        const questions = dossier.questions.selected.length
        if (questions > 0) expect(pageOne).toMatch(/vragen staan|vraag staat|\d\. .*\?/)
      })
    }
  }

  it('speaks in one voice: "ik" for oneself, the name when someone else writes it', () => {
    const self = flat(pdfPagesText(renderPlan(makeDossier(people.short ?? {}), { variant: 'summary', largePrint: false, fontsDir, now }).pdf, 1))
    expect(self).toContain('Ik heb dit zelf opgeschreven')
    expect(self).toContain('Het belangrijkst voor mij: Thuis blijven wonen')
    const other = flat(pdfPagesText(renderPlan(makeDossier(fullPreparation()), { variant: 'summary', largePrint: false, fontsDir, now }).pdf, 1))
    expect(other).toContain('Fatma Yılmaz (dochter) heeft dit opgeschreven, samen met of namens Ayşe.')
    // The app's own sentences speak of Ayşe; "ik" stays only in the person's own words and questions.
    expect(other).not.toContain('Ik heb dit')
    expect(other).toContain('Wat voor Ayşe het belangrijkst is')
  })

  it('says which language the person speaks and that an interpreter is needed', () => {
    const dossier = makeDossier({
      subject: {
        forWhom: 'relative',
        firstName: 'Hassan',
        preparerName: 'Karim',
        preparerRelation: 'zoon',
        language: 'Marokkaans-Arabisch en Tarifit',
        interpreter: 'yes',
      },
    })
    const pageOne = flat(pdfPagesText(renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir, now }).pdf, 1))
    expect(pageOne).toContain('De taal die Hassan het best spreekt: Marokkaans-Arabisch en Tarifit.')
    expect(pageOne).toContain('Hassan heeft een tolk nodig bij het gesprek.')
  })

  it('numbers the sections without gaps, whoever prepares', () => {
    for (const forWhom of ['self', 'relative'] as const) {
      const base = fullPreparation()
      const text = flat(
        pdfPagesText(
          renderPlan(makeDossier({ ...base, subject: { ...base.subject, forWhom } }), { variant: 'full', largePrint: false, fontsDir, now }).pdf,
          2,
          20,
        ),
      )
      const numbers = [...text.matchAll(/(?:^| )(\d)\. [A-Z]/g)].map((match) => Number(match[1]))
      const sections = numbers.filter((number, index) => index === 0 || number !== numbers[index - 1])
      expect(sections.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
    }
  })

  it('never ends a page with a heading, in any variant or print size', () => {
    for (const patch of [fullPreparation({ long: true }), maximalPreparation()]) {
      for (const options of variants) {
        const { pdf } = renderPlan(makeDossier(patch), { ...options, fontsDir, now })
        // The headings, as the structure tree knows them.
        const headings = [...pdfStructure(pdf).matchAll(/H[123] \(block\)\n\s+"([^"]+)"/g)].map((match) => match[1] ?? '')
        const boxes = pdfWordBoxes(pdf)
        const pages = pdfPageCount(pdf)
        for (let page = 1; page < pages; page++) {
          const onPage = boxes.filter((box) => box.page === page && box.yMax < box.pageHeight - 45 && box.yMin > 45)
          const bottom = Math.max(...onPage.map((box) => box.yMax))
          const lastLine = onPage
            .filter((box) => Math.abs(box.yMax - bottom) < 2)
            .map((box) => box.word)
            .join(' ')
          expect(
            headings.some((heading) => heading.endsWith(lastLine)),
            `page ${page} ends with "${lastLine}"`,
          ).toBe(false)
        }
      }
    }
  }, 60_000)

  it('uses large print of 16 points, with nothing under 14', () => {
    const { pdf } = renderPlan(makeDossier(maximalPreparation()), { variant: 'full', largePrint: true, fontsDir, now })
    const sizes = [...pdfUncompressed(pdf).matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((match) => Number(match[1]))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14)
    expect(sizes).toContain(16)
  })
})

describe('the plan for a screen reader', () => {
  it('is tagged: headings, paragraphs, lists and tables in reading order, without the page headers', () => {
    const { pdf } = renderPlan(makeDossier(fullPreparation()), { variant: 'full', largePrint: false, fontsDir, now })
    expect(pdfInfo(pdf).Tagged).toBe('yes')
    const structure = pdfStructure(pdf)
    expect(structure.split('\n')[0]).toBe('Document')
    for (const type of ['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(structure).toMatch(new RegExp(`^\\s*${type}\\b`, 'm'))
    expect(structure).toMatch(/H1 \(block\)\n\s+"Ayşe Yılmaz-Đoković \(85\)"/)
    // Page furniture (the running header, "pagina 2 van 7") is an artifact, not read between paragraphs.
    expect(structure).not.toContain('pagina 1 van')
    expect(structure).not.toContain('Ayşe Yılmaz-Đoković · Voorbereiding')
  })

  it('describes the ratings chart in words, and names its language and title', () => {
    const { pdf } = renderPlan(makeDossier(fullPreparation()), { variant: 'full', largePrint: false, fontsDir, now })
    const raw = pdfUncompressed(pdf)
    expect(raw).toMatch(/\/S \/Figure/)
    expect(raw).toMatch(/\/Alt \(Hoe het gaat per onderwerp/)
    expect(raw).toContain('/DisplayDocTitle true')
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/Lang (nl-NL)')
  })
})
