import { describe, expect, it } from 'vitest'
import { conversationDateConcerns, conversationDeadlines } from '../../../domain/deadlines/conversation'
import { Conversation, type Dossier } from '../../../domain/dossier/schema'
import { isBankQuestion } from '../../../domain/questions'
import { stepOf } from '../../../domain/steps'
import { stepState, taskList, withDone } from '../../../domain/steps/state'
import { SUGGESTED_MAX, SUGGESTED_MIN, suggestedQuestions } from '../../../domain/suggestedQuestions'
import { fullPreparation, makeDossier } from '../../support/factories'

const talk = (fields: Partial<Dossier['conversation']>) => Conversation.parse(fields)
const today = '2026-11-26'

describe('the state of each step in the task list', () => {
  it('is "niet begonnen" when empty, "bezig" when something is filled in, "klaar" only when the person says so', () => {
    const empty = makeDossier({ subject: { forWhom: 'self' } })
    expect(stepState(stepOf('day'), empty)).toBe('notStarted')
    const started = makeDossier({ subject: { forWhom: 'self' }, day: { morning: 'Opstaan kost een uur.' } })
    expect(stepState(stepOf('day'), started)).toBe('inProgress')
    const done = makeDossier({ subject: { forWhom: 'self' }, flow: { done: withDone(started, 'day', true) } })
    expect(stepState(stepOf('day'), done)).toBe('done')
    // Nothing is required: a step with nothing in it can be called done too.
    expect(stepState(stepOf('matters'), makeDossier({ flow: { done: ['matters'] } }))).toBe('done')
    expect(withDone(done, 'day', false)).toEqual([])
  })

  it('lists every offered step in order, the carer’s only for a carer', () => {
    expect(taskList(makeDossier({ subject: { forWhom: 'self' } })).map((task) => task.key)).not.toContain('carer')
    expect(taskList(makeDossier({ subject: { forWhom: 'relative' } })).map((task) => task.key)).toEqual([
      'who',
      'conversation',
      'situation',
      'day',
      'matters',
      'network',
      'carer',
      'priorities',
      'questions',
      'check',
    ])
  })
})

describe('questions suggested for this person', () => {
  it('suggests five to eight questions from the bank, whatever is filled in', () => {
    for (const dossier of [makeDossier(), makeDossier(fullPreparation())]) {
      const suggested = suggestedQuestions(dossier)
      expect(suggested.length).toBeGreaterThanOrEqual(SUGGESTED_MIN)
      expect(suggested.length).toBeLessThanOrEqual(SUGGESTED_MAX)
      expect(new Set(suggested).size).toBe(suggested.length)
      expect(suggested.every(isBankQuestion)).toBe(true)
    }
  })

  it('follows the chosen life areas and the situation', () => {
    const carer = makeDossier(fullPreparation())
    const suggested = suggestedQuestions(carer)
    // A carer, a helper who cannot go on: what then, and help for the carer.
    expect(suggested).toEqual(expect.arrayContaining(['support05']))
    // Household chosen: what "schoon en leefbaar" means; contact with others: loneliness.
    expect(suggested).toEqual(expect.arrayContaining(['support01', 'support03']))

    const money = makeDossier({ subject: { forWhom: 'self' }, conversation: { clientSupport: 'yes' }, situation: { selectedAreas: ['money'] } })
    expect(suggestedQuestions(money).slice(0, 2)).toEqual(['costs01', 'costs08'])
  })

  it('asks what to do about a late investigation when the talk is after its last day', () => {
    const late = makeDossier({ conversation: { meldingDate: '2026-10-01', talkDate: '2026-12-01' } })
    expect(suggestedQuestions(late)).toContain('timeline03')
    const onTime = makeDossier({ conversation: { meldingDate: '2026-11-20', talkDate: '2026-12-01' } })
    expect(suggestedQuestions(onTime)).not.toContain('timeline03')
  })
})

describe('the dates on the conversation page', () => {
  it('questions a talk before the melding, and dates more than a year away', () => {
    expect(conversationDateConcerns(talk({ meldingDate: '2026-11-20', talkDate: '2026-11-10' }), today)).toEqual([
      { field: 'talkDate', kind: 'beforeMelding', melding: '2026-11-20' },
    ])
    expect(conversationDateConcerns(talk({ meldingDate: '2024-11-20', talkDate: '2029-01-10' }), today)).toEqual([
      { field: 'meldingDate', kind: 'farPast', years: 2 },
      { field: 'talkDate', kind: 'farFuture', years: 2 },
    ])
    expect(conversationDateConcerns(talk({ meldingDate: '2026-12-01' }), today)).toEqual([{ field: 'meldingDate', kind: 'inFuture' }])
    expect(conversationDateConcerns(talk({ meldingDate: '2026-11-20', talkDate: '2026-12-10' }), today)).toEqual([])
  })

  it('shows the plan window and the investigation’s last day once the melding date is known, marking what passed', () => {
    expect(conversationDeadlines(talk({ talkDate: '2026-12-10' }), today)).toBeNull()
    const deadlines = conversationDeadlines(talk({ meldingDate: '2026-11-16', talkDate: '2026-12-30' }), today)
    expect(deadlines?.personalPlan).toMatchObject({ deadline: { date: '2026-11-23' }, passed: true, talkAfter: true })
    expect(deadlines?.investigation).toMatchObject({ deadline: { date: '2026-12-28' }, passed: false, talkAfter: true })
  })
})
