import { describe, expect, it } from 'vitest'
import { agendaBetween, nextDeadline, upcomingDeadlines, weekFrom } from '../../../domain/desk/deadlines'
import { deskFactsOf, type DeskDates } from '../../../domain/desk/facts'
import { deskRows, filterRows, foldForSearch, sortRows, type DeskListItem } from '../../../domain/desk/list'
import { statusOf, suggestedStatus } from '../../../domain/desk/status'
import { municipalityName } from '../../../domain/municipalities'
import { makeDossier } from '../../support/factories'

const none: DeskDates = { melding: '', talk: '', reportReceived: '', application: '', decision: '' }
const dates = (patch: Partial<DeskDates>): DeskDates => ({ ...none, ...patch })
const today = '2026-11-26'

describe('where a dossier stands, suggested from its dates', () => {
  it('follows the route: preparing, talk planned, waiting for the report, for the decision, done', () => {
    expect(suggestedStatus(none, today)).toBe('preparing')
    expect(suggestedStatus(dates({ melding: '2026-11-20' }), today)).toBe('preparing')
    expect(suggestedStatus(dates({ talk: '2026-12-10' }), today)).toBe('talkPlanned')
    expect(suggestedStatus(dates({ talk: today }), today)).toBe('talkPlanned')
    expect(suggestedStatus(dates({ talk: '2026-11-25' }), today)).toBe('awaitingReport')
    expect(suggestedStatus(dates({ talk: '2026-11-10', reportReceived: '2026-11-20' }), today)).toBe('awaitingDecision')
    expect(suggestedStatus(dates({ application: '2026-11-20' }), today)).toBe('awaitingDecision')
    expect(suggestedStatus(dates({ talk: '2026-10-01', decision: '2026-11-20' }), today)).toBe('done')
  })

  it('never suggests bezwaar, and lets the person’s own choice win', () => {
    expect(statusOf('objection', dates({ decision: '2026-11-20' }), today)).toEqual({ status: 'objection', suggested: false })
    expect(statusOf(null, dates({ talk: '2026-12-10' }), today)).toEqual({ status: 'talkPlanned', suggested: true })
  })
})

describe('the next deadline on a card', () => {
  it('is the soonest deadline still ahead, and only while its step is not behind the person', () => {
    // Melding on Friday 20 November: the plan window ends on Friday 27 November, the investigation on 1 January (a holiday) → 4 January.
    const melded = dates({ melding: '2026-11-20', talk: '2026-12-10' })
    expect(nextDeadline(melded, null, today)).toMatchObject({ key: 'personalPlan', date: '2026-11-27' })
    expect(nextDeadline(melded, null, '2026-11-28')).toMatchObject({ key: 'investigation', date: '2027-01-04' })
    // The talk has been: the persoonlijk plan no longer matters.
    expect(upcomingDeadlines(dates({ melding: '2026-11-20', talk: '2026-11-25' }), null, today).map((deadline) => deadline.key)).toEqual(['investigation'])
    // A decision: only the objection term is left.
    expect(upcomingDeadlines(dates({ melding: '2026-11-20', application: '2026-11-21', decision: '2026-11-25' }), null, today).map((d) => d.key)).toEqual([
      'objection',
    ])
  })

  it('has none when nothing is known, or when the person called the dossier done', () => {
    expect(nextDeadline(none, null, today)).toBeNull()
    expect(nextDeadline(dates({ decision: '2026-11-25' }), 'done', today)).toBeNull()
  })
})

describe('the week’s agenda', () => {
  it('lists the talk and every deadline from today through six days later', () => {
    const week = weekFrom(today)
    expect(week).toEqual({ from: '2026-11-26', through: '2026-12-02' })
    const items = agendaBetween(dates({ melding: '2026-11-20', talk: '2026-12-01' }), null, week.from, week.through)
    expect(items.map((item) => [item.kind, item.date])).toEqual([
      ['personalPlan', '2026-11-27'],
      ['talk', '2026-12-01'],
    ])
  })
})

describe('the facts the index keeps of a dossier', () => {
  it('holds the status, the dates and the notes newest first, cut short', () => {
    const dossier = makeDossier({
      conversation: { meldingDate: '2026-11-20', talkDate: '2026-12-10' },
      desk: {
        status: 'talkPlanned',
        notes: [
          { id: 'n1', date: '2026-11-01', text: 'Eerste gesprek over de traplift', inPlan: false },
          { id: 'n2', date: '2026-11-20', text: 'x'.repeat(5_000), inPlan: false },
        ],
      },
    })
    const facts = deskFactsOf(dossier)
    expect(facts.status).toBe('talkPlanned')
    expect(facts.dates).toEqual(dates({ melding: '2026-11-20', talk: '2026-12-10' }))
    expect(facts.notes.startsWith('xxx')).toBe(true)
    expect(facts.notes.length).toBe(1_000)
  })
})

function item(id: string, displayName: string, patch: Partial<DeskListItem> = {}, desk: Partial<ReturnType<typeof deskFactsOf>> = {}): DeskListItem {
  return {
    id,
    displayName,
    municipalityCode: '',
    updatedAt: '2026-11-01T10:00:00.000Z',
    protection: 'none',
    archived: false,
    desk: { status: null, archived: false, dates: none, notes: '', ...desk },
    ...patch,
  }
}

describe('searching, filtering and sorting the list', () => {
  const items = [
    item('a', 'Ayşe Yılmaz', { municipalityCode: 'GM0599' }, { dates: dates({ melding: '2026-11-20', talk: '2026-12-10' }) }),
    item('b', 'Henk de Vries', { municipalityCode: 'GM0363', updatedAt: '2026-11-20T10:00:00.000Z' }, { notes: 'wil een traplift' }),
    item('c', 'Zoë Öztürk', {}, { status: 'objection', dates: dates({ decision: '2026-11-20' }) }),
    item('d', 'Oud dossier', { archived: true }),
    item('e', 'Geheim', { protection: 'locked', desk: null }),
  ]
  const rows = deskRows(items, today, municipalityName)
  const ids = (found: { item: DeskListItem }[]) => found.map((row) => row.item.id)
  const all = { query: '', status: 'all' as const, archived: false }

  it('finds a name, a municipality or a word in the notes, without accents and in any order', () => {
    expect(foldForSearch('Ayşe Yılmaz-Đoković')).toBe('ayse yilmaz-dokovic')
    expect(ids(filterRows(rows, { ...all, query: 'yilm' }))).toEqual(['a'])
    expect(ids(filterRows(rows, { ...all, query: 'rotterdam' }))).toEqual(['a'])
    expect(ids(filterRows(rows, { ...all, query: 'TRAPLIFT henk' }))).toEqual(['b'])
    expect(ids(filterRows(rows, { ...all, query: 'ozturk' }))).toEqual(['c'])
    expect(ids(filterRows(rows, all))).toEqual(['a', 'b', 'c', 'e'])
  })

  it('filters by status, and shows archived dossiers only when asked', () => {
    expect(ids(filterRows(rows, { ...all, status: 'objection' }))).toEqual(['c'])
    expect(ids(filterRows(rows, { ...all, status: 'preparing' }))).toEqual(['b'])
    expect(ids(filterRows(rows, { ...all, archived: true }))).toEqual(['d'])
  })

  it('sorts by next deadline (none and locked last), by last change, or by name', () => {
    expect(ids(sortRows(rows, 'deadline'))).toEqual(['a', 'c', 'b', 'd', 'e'])
    expect(ids(sortRows(rows, 'changed'))[0]).toBe('b')
    expect(ids(sortRows(rows, 'name'))).toEqual(['a', 'e', 'b', 'd', 'c'])
  })
})
