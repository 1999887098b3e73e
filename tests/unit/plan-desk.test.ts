import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DossierPatch } from '../../domain/dossier/schema'
import { questionTopics } from '../../domain/questions'
import { renderPlan } from '../../electron/main/pdf/plan'
import { fullPreparation, makeDossier } from '../support/factories'
import { pdfText } from '../support/pdf-tools'

/*
 * What issue 14 adds to the plan: page 1 never drops a chosen question silently, the advocate is
 * named only when the person chose so, and session notes stay private unless chosen one by one.
 */
const fontsDir = path.resolve('assets/fonts')
const now = new Date('2026-11-26T10:00:00Z')
const flat = (text: string) => text.replace(/\s+/g, ' ')
const plan = async (patch: DossierPatch, variant: 'full' | 'summary' = 'full') =>
  pdfText((await renderPlan(makeDossier({ ...fullPreparation(), ...patch }, 'test', now.toISOString()), { variant, largePrint: false, fontsDir, now })).pdf)

const tenQuestions = questionTopics.flatMap((topic) => topic.ids).slice(0, 10)

describe('the plan’s first page and the chosen questions', () => {
  it('says how many more questions there are, and on which page the conversation sheet starts', async () => {
    const pages = (await plan({ questions: { selected: tenQuestions, own: [] } })).split('\f')
    const first = flat(pages[0] ?? '')
    const listed = first.slice(first.indexOf('De belangrijkste vragen'), first.indexOf('En nog'))
    const shown = (listed.match(/\b\d+\. /g) ?? []).length
    const match = /En nog (\d+) vragen, zie pagina (\d+) \(het gespreksblad\)\./.exec(first)
    expect(match).not.toBeNull()
    // Page 1 lists as many as fit; the note counts the others.
    expect(shown).toBeGreaterThan(0)
    expect(Number(match?.[1])).toBe(10 - shown)
    const sheet = pages[Number(match?.[2]) - 1] ?? ''
    expect(sheet).toContain('Gespreksblad')
    expect(pages[Number(match?.[2]) - 2] ?? '').not.toContain('Gespreksblad')
  })

  it('says so in the one-page summary too, where the other questions are not', async () => {
    const text = flat(await plan({ questions: { selected: tenQuestions, own: [] } }, 'summary'))
    expect(text).toMatch(/Nog \d+ vragen staan in het hele plan\./)
  })

  it('keeps an own question where the person put it, first on page 1 when put first', async () => {
    const first = flat(
      (await plan({ questions: { selected: ['own-1', ...tenQuestions], own: [{ id: 'own-1', text: 'Kan de hulp na 10 uur komen?' }] } })).split('\f')[0] ?? '',
    )
    expect(first).toContain('1. Kan de hulp na 10 uur komen?')
    expect(first).toMatch(/En nog \d+ vragen, zie pagina \d+/)
  })
})

describe('the advocate and the session notes in the plan', () => {
  it('names the advocate and how to reach them only when the person chose so', async () => {
    const without = flat(await plan({}))
    expect(without).not.toContain('ondersteuning van')
    const supported = flat(
      (await plan({ desk: { supportedBy: { name: 'Anna de Boer', organisation: 'MEE Rotterdam', phone: '010-2345678' } } })).split('\f')[0] ?? '',
    )
    expect(supported).toContain('Dit plan is opgesteld met ondersteuning van Anna de Boer, MEE Rotterdam. Bereikbaar op 010-2345678.')
  })

  it('shows only the session notes chosen for the plan', async () => {
    const text = flat(
      await plan({
        desk: {
          notes: [
            { id: 'n1', date: '2026-11-12', text: 'Mevrouw wil vooral weer naar de markt.', inPlan: true },
            { id: 'n2', date: '2026-11-19', text: 'Privé: schulden besproken.', inPlan: false },
          ],
        },
      }),
    )
    expect(text).toContain('Aantekeningen uit de voorbereiding')
    expect(text).toContain('12 november 2026 Mevrouw wil vooral weer naar de markt.')
    expect(text).not.toContain('schulden')
  })
})
