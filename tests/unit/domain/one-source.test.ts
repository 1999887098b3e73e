import { describe, expect, it } from 'vitest'
import type { Dossier } from '../../../domain/dossier/schema'
import { reportPoints } from '../../../domain/letter'
import { checkSections, progressOf, reportItems, steps, stepsFor } from '../../../domain/steps'
import { say, wordsOf } from '../../../domain/text'
import { createMainI18n } from '../../../electron/main/i18n'
import { renderLetter } from '../../../electron/main/pdf/letter'
import { renderPlan } from '../../../electron/main/pdf/plan'
import { fullPreparation, makeDossier } from '../../support/factories'
import { pdfText } from '../../support/pdf-tools'

/*
 * The check page, the plan and the letter read one step registry (domain/steps). Here the same
 * dossier is switched from "for someone I care for" to "for myself", and all three must agree on
 * what is in it: the carer's part, and every report point, appear in all of them or in none.
 */
const dutchT = createMainI18n('nl').getFixedT('nl')
const dutch = wordsOf((key, values) => String(dutchT(key, values as never)), 'nl-NL')
const flat = (value: string) => value.replace(/\s+/g, ' ')

/**
 * A carer's preparation, the report checked, every point marked "not in the report"; then seen
 * as prepared by the person themselves, with nobody named in their network (so nobody gives care).
 */
function reviewedBy(forWhom: 'relative' | 'self'): Dossier {
  const base = fullPreparation()
  const carerDossier = makeDossier(base)
  const checks = Object.fromEntries(reportItems(carerDossier).map((item) => [item.id, { status: 'no' as const, note: `Opmerking bij ${item.id}` }]))
  const network = forWhom === 'self' ? { ...base.network, helpers: [] } : base.network
  return makeDossier({ ...base, subject: { ...base.subject, forWhom }, network, afterTalk: { reportChecks: checks } })
}

async function allThree(dossier: Dossier) {
  const checkPage = flat(
    checkSections(dossier)
      .map((section) => [say(dutch, section.heading), ...section.rows.map((row) => say(dutch, row.label))].join(' '))
      .join(' '),
  )
  const plan = flat(pdfText((await renderPlan(dossier, { variant: 'full', largePrint: false, fontsDir: 'assets/fonts' })).pdf))
  const letter = flat(pdfText((await renderLetter(dossier, { fontsDir: 'assets/fonts', now: new Date('2026-12-20T12:00:00Z') })).pdf))
  return { checkPage, plan, letter }
}

describe('one source of truth for the check page, the plan and the letter', () => {
  it('shows the carer everywhere for a carer, and nowhere once "for whom" changes to oneself without helpers', async () => {
    const asCarer = await allThree(reviewedBy('relative'))
    expect(asCarer.checkPage).toContain('Zorgen voor een ander')
    expect(asCarer.plan).toContain('4. De mantelzorgers')
    expect(asCarer.letter).toContain('De belasting van Fatma Yılmaz als mantelzorger')
    expect(asCarer.letter).toContain('Opmerking bij carer:')

    const asSelf = await allThree(reviewedBy('self'))
    expect(asSelf.checkPage).not.toContain('Zorgen voor een ander')
    expect(asSelf.plan).not.toContain('De mantelzorger')
    expect(asSelf.letter).not.toContain('mantelzorger')
    expect(asSelf.letter).not.toContain('Opmerking bij carer')
    // The life area "caring" is for carers only: gone from the check page, the plan and the letter.
    expect(asSelf.checkPage).not.toContain('Zorgen voor een ander (mantelzorg)')
    expect(asSelf.letter).not.toContain('Opmerking bij area:caring')
  })

  it('lists in the letter exactly the report points the screen shows, in the same words', async () => {
    for (const forWhom of ['relative', 'self'] as const) {
      const dossier = reviewedBy(forWhom)
      const { letter } = await allThree(dossier)
      const onScreen = reportItems(dossier)
      expect(reportPoints(dossier).map((point) => point.id)).toEqual(onScreen.map((item) => item.id))
      for (const item of onScreen) expect(letter).toContain(flat(say(dutch, item.label)))
    }
  })

  it('drops a point whose answer was emptied, instead of printing "Wat ik niet wil:" with nothing after it', async () => {
    const dossier = reviewedBy('self')
    const emptied = { ...dossier, matters: { ...dossier.matters, doNotWant: '' } }
    expect(reportItems(emptied).map((item) => item.id)).not.toContain('doNotWant')
    expect((await allThree(emptied)).letter).not.toContain('Wat ik niet wil')
  })

  it('counts progress over the steps offered, the same ones the pages and the check page use', () => {
    for (const forWhom of ['relative', 'self', 'client'] as const) {
      const dossier = makeDossier({ ...fullPreparation(), subject: { forWhom } })
      const counted = stepsFor(dossier).filter((step) => step.answered)
      expect(progressOf(dossier).total).toBe(counted.length)
      // Everyone here names helpers, so someone gives care: the carer's step is offered to all.
      expect(checkSections(dossier).some((section) => section.key === 'carer')).toBe(true)
    }
    const alone = makeDossier({ ...fullPreparation(), subject: { forWhom: 'self' }, network: { helpers: [] } })
    expect(checkSections(alone).some((section) => section.key === 'carer')).toBe(false)
    expect(steps.filter((step) => step.key !== 'check').every((step) => step.answered && step.check)).toBe(true)
  })
})
