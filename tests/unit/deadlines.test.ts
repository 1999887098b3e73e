import { describe, expect, it } from 'vitest'
import { applyTermijnenwet, computeTimeline, type TimelineInput } from '../../domain/deadlines/timeline'
import {
  DESIGNATED_DAYS,
  DESIGNATED_DAYS_KNOWN,
  designatedDaysKnown,
  easterSunday,
  isHoliday,
  isNonWorkingDay,
  publicHolidays,
} from '../../domain/deadlines/holidays'

// Every expected date below was worked out by hand from a calendar. The weekday of each premise is
// asserted too, independently of the code under test, so a slip in the hand work shows up as such.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const dayOfWeek = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]

const timeline = (input: TimelineInput) => computeTimeline(input)
const personalPlan = (meldingDate: string) => timeline({ meldingDate }).personalPlan
const investigation = (meldingDate: string) => timeline({ meldingDate }).investigation
const decision = (applicationDate: string) => timeline({ applicationDate }).decision
const objection = (decisionDate: string) => timeline({ decisionDate }).objection

describe('Easter and the Atw holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // The extremes of the Gregorian cycle: earliest (22 March) and latest (25 April) possible.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('puts Easter Sunday %i on %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter)
    expect(dayOfWeek(easter)).toBe('Sunday')
  })

  it('lists exactly the eleven days of 2026 the Atw does not count: nine holidays and two designated days, in date order', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-01-02', name: 'gelijkgestelde dag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-15', name: 'gelijkgestelde dag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ])
  })

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025, 2031)', () => {
    for (const year of [2025, 2031]) {
      expect(dayOfWeek(`${year}-04-27`)).toBe('Sunday')
      expect(isHoliday(`${year}-04-26`)).toBe('Koningsdag')
      expect(isHoliday(`${year}-04-27`)).toBeUndefined()
    }
    expect(isHoliday('2026-04-27')).toBe('Koningsdag')
  })

  it('uses Koninginnedag on 30 April, or 29 April when that is a Sunday, before 2014', () => {
    expect(isHoliday('2013-04-30')).toBe('Koninginnedag')
    expect(dayOfWeek('2006-04-30')).toBe('Sunday')
    expect(isHoliday('2006-04-29')).toBe('Koninginnedag')
    expect(isHoliday('2006-04-30')).toBeUndefined()
    // 2014 was the first Koningsdag, and 27 April was a Sunday that year.
    expect(isHoliday('2014-04-26')).toBe('Koningsdag')
    expect(isHoliday('2014-04-30')).toBeUndefined()
  })

  it('counts 5 May every year, not only in lustrum years', () => {
    expect(isHoliday('2026-05-05')).toBe('Bevrijdingsdag')
    expect(isHoliday('2027-05-05')).toBe('Bevrijdingsdag')
  })

  it('does not count Eerste Paasdag or Eerste Pinksterdag as holidays: the law does not name them', () => {
    expect(isHoliday('2026-04-05')).toBeUndefined()
    expect(isHoliday('2026-05-24')).toBeUndefined()
    expect(isNonWorkingDay('2026-04-05')).toBe(true)
  })

  it('lists both holidays when Hemelvaartsdag falls on 5 May (2016) and names the one the law names first', () => {
    const may5 = publicHolidays(2016).filter((holiday) => holiday.date === '2016-05-05')
    expect(may5.map((holiday) => holiday.name)).toEqual(['Hemelvaartsdag', 'Bevrijdingsdag'])
    expect(isHoliday('2016-05-05')).toBe('Hemelvaartsdag')
  })

  it('treats weekends and holidays as non-working days and an ordinary weekday as a working day', () => {
    expect(isNonWorkingDay('2026-03-07')).toBe(true) // Saturday
    expect(isNonWorkingDay('2026-03-08')).toBe(true) // Sunday
    expect(isNonWorkingDay('2026-04-03')).toBe(true) // Goede Vrijdag
    expect(isNonWorkingDay('2026-03-09')).toBe(false)
  })

  it('refuses a string that is not a calendar date instead of answering for the wrong day', () => {
    expect(() => isHoliday('2026-02-30')).toThrow(RangeError)
    expect(() => isNonWorkingDay('5 mei 2026')).toThrow(RangeError)
  })
})

describe('the persoonlijk plan term (melding + 7 days)', () => {
  it('moves a term ending on Saturday to Monday', () => {
    expect(dayOfWeek('2026-03-07')).toBe('Saturday')
    expect(personalPlan('2026-03-07')).toEqual({
      key: 'personalPlan',
      termEnds: '2026-03-14',
      date: '2026-03-16',
      moved: { reason: 'weekend', rule: 'Atw art. 1' },
      sources: ['Wmo 2015 art. 2.3.2 lid 2'],
    })
  })

  it('keeps a term ending on an ordinary weekday as it is', () => {
    expect(personalPlan('2026-03-02')).toEqual({
      key: 'personalPlan',
      termEnds: '2026-03-09',
      date: '2026-03-09',
      sources: ['Wmo 2015 art. 2.3.2 lid 2'],
    })
  })

  it('moves a term ending on Koningsdag, Monday 27 April 2026, to Tuesday', () => {
    expect(personalPlan('2026-04-20')).toMatchObject({
      termEnds: '2026-04-27',
      date: '2026-04-28',
      moved: { reason: 'holiday', holiday: 'Koningsdag', rule: 'Atw art. 1' },
    })
  })

  it('names Koningsdag when it is Saturday 26 April 2025, and moves past the Sunday to Monday 28 April', () => {
    expect(personalPlan('2025-04-19')).toMatchObject({
      termEnds: '2025-04-26',
      date: '2025-04-28',
      moved: { reason: 'holiday', holiday: 'Koningsdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Tweede Paasdag, Monday 1 April 2024, to Tuesday', () => {
    expect(personalPlan('2024-03-25')).toMatchObject({
      termEnds: '2024-04-01',
      date: '2024-04-02',
      moved: { reason: 'holiday', holiday: 'Tweede Paasdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Goede Vrijdag past Saturday, Easter Sunday and Easter Monday to Tuesday (2026)', () => {
    expect(personalPlan('2026-03-27')).toMatchObject({
      termEnds: '2026-04-03',
      date: '2026-04-07',
      moved: { reason: 'holiday', holiday: 'Goede Vrijdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Bevrijdingsdag, Tuesday 5 May 2026, to Wednesday', () => {
    expect(personalPlan('2026-04-28')).toMatchObject({
      termEnds: '2026-05-05',
      date: '2026-05-06',
      moved: { reason: 'holiday', holiday: 'Bevrijdingsdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Eerste Kerstdag, Saturday 25 December 2027, to Monday 27 December', () => {
    expect(dayOfWeek('2027-12-25')).toBe('Saturday')
    expect(personalPlan('2027-12-18')).toMatchObject({
      termEnds: '2027-12-25',
      date: '2027-12-27',
      moved: { reason: 'holiday', holiday: 'Eerste Kerstdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Tweede Kerstdag, Friday 26 December 2025, past the weekend to Monday 29 December', () => {
    expect(personalPlan('2025-12-19')).toMatchObject({
      termEnds: '2025-12-26',
      date: '2025-12-29',
      moved: { reason: 'holiday', holiday: 'Tweede Kerstdag', rule: 'Atw art. 1' },
    })
  })

  it('moves a term ending on Nieuwjaarsdag, Tuesday 1 January 2030, to Wednesday 2 January', () => {
    expect(personalPlan('2029-12-25')).toMatchObject({
      termEnds: '2030-01-01',
      date: '2030-01-02',
      moved: { reason: 'holiday', holiday: 'Nieuwjaarsdag', rule: 'Atw art. 1' },
    })
  })

  // Seven consecutive days hold one Saturday, one Sunday and five weekdays. At most three of those
  // weekdays can be Atw holidays (25 December and 1 January are eight days apart; Goede Vrijdag,
  // Tweede Paasdag and Koningsdag come closest together), so every 7-day term already holds two
  // working days and art. 2 never changes it. The densest week: Easter 2038 is 25 April, so Friday
  // 23 (Goede Vrijdag), 24, 25, Monday 26 (Tweede Paasdag) and Tuesday 27 (Koningsdag) are all off.
  it('needs no Atw art. 2 even in the densest holiday week (melding 22 April 2038: only 28 and 29 April are working days)', () => {
    expect(publicHolidays(2038).map((holiday) => holiday.date)).toEqual(expect.arrayContaining(['2038-04-23', '2038-04-26', '2038-04-27']))
    expect(personalPlan('2038-04-22')).toEqual({
      key: 'personalPlan',
      termEnds: '2038-04-29',
      date: '2038-04-29',
      // 2038's designated days are not known yet: the screen says so.
      designatedUnknown: true,
      sources: ['Wmo 2015 art. 2.3.2 lid 2'],
    })
  })

  it('needs no Atw art. 2 over Christmas and New Year either (melding 25 December 2029: 27, 28 and 31 December are working days)', () => {
    expect(personalPlan('2029-12-25')?.moved?.rule).toBe('Atw art. 1')
  })
})

describe('the investigation term (melding + 6 weeks) and the day from which the person may apply', () => {
  it('keeps the investigation deadline on an ordinary Monday and allows an aanvraag from the next day', () => {
    const result = timeline({ meldingDate: '2026-03-02' })
    expect(result.investigation).toEqual({
      key: 'investigation',
      termEnds: '2026-04-13',
      date: '2026-04-13',
      sources: ['Wmo 2015 art. 2.3.2 lid 1'],
    })
    expect(result.applyFrom).toEqual({
      key: 'applyFrom',
      termEnds: '2026-04-14',
      date: '2026-04-14',
      sources: ['Wmo 2015 art. 2.3.2 lid 9', 'Wmo 2015 art. 2.3.2 lid 1'],
    })
  })

  it('moves an investigation ending on Goede Vrijdag 2026 to Tuesday 7 April, so an aanvraag may follow from Wednesday 8 April', () => {
    const result = timeline({ meldingDate: '2026-02-20' })
    expect(result.investigation).toMatchObject({ termEnds: '2026-04-03', date: '2026-04-07' })
    // The move belongs to the investigation's deadline; 'applyFrom' is simply the day after it.
    expect(result.applyFrom?.moved).toBeUndefined()
    expect(result.applyFrom).toMatchObject({
      termEnds: '2026-04-08',
      date: '2026-04-08',
    })
  })

  it('moves an investigation ending on Goede Vrijdag 2027 (26 March) to Tuesday 30 March', () => {
    expect(dayOfWeek('2027-02-12')).toBe('Friday')
    expect(investigation('2027-02-12')).toMatchObject({ termEnds: '2027-03-26', date: '2027-03-30' })
  })

  it('moves an investigation ending on Tweede Pinksterdag, Monday 21 May 2029, to Tuesday', () => {
    expect(investigation('2029-04-09')).toMatchObject({
      termEnds: '2029-05-21',
      date: '2029-05-22',
      moved: { reason: 'holiday', holiday: 'Tweede Pinksterdag', rule: 'Atw art. 1' },
    })
  })

  it('moves an investigation ending on Koningsdag, Saturday 26 April 2031, to Monday 28 April', () => {
    expect(investigation('2031-03-15')).toMatchObject({
      termEnds: '2031-04-26',
      date: '2031-04-28',
      moved: { reason: 'holiday', holiday: 'Koningsdag', rule: 'Atw art. 1' },
    })
  })
})

describe('the beschikking term (aanvraag + 2 weeks)', () => {
  it('moves a term ending on Eerste Kerstdag, Friday 25 December 2026, past 26 and 27 December to Monday 28 December', () => {
    expect(decision('2026-12-11')).toEqual({
      key: 'decision',
      termEnds: '2026-12-25',
      date: '2026-12-28',
      moved: { reason: 'holiday', holiday: 'Eerste Kerstdag', rule: 'Atw art. 1' },
      sources: ['Wmo 2015 art. 2.3.5 lid 2'],
    })
  })

  it('does not extend a term that spans Christmas but ends on a working day (Thursday 31 December 2026)', () => {
    expect(decision('2026-12-17')).toMatchObject({ termEnds: '2026-12-31', date: '2026-12-31' })
    expect(decision('2026-12-17')?.moved).toBeUndefined()
  })

  it('moves a term ending on Nieuwjaarsdag, Tuesday 1 January 2030, to Wednesday 2 January', () => {
    expect(dayOfWeek('2029-12-18')).toBe('Tuesday')
    expect(decision('2029-12-18')).toMatchObject({ termEnds: '2030-01-01', date: '2030-01-02' })
  })

  // Thursday 25 May 2028 is Hemelvaartsdag and Friday 26 May a designated day: past the weekend.
  it('moves a term ending on Hemelvaartsdag, Thursday 25 May 2028, past the designated Friday and the weekend to Monday 29 May', () => {
    expect(dayOfWeek('2028-05-25')).toBe('Thursday')
    expect(decision('2028-05-11')).toMatchObject({
      termEnds: '2028-05-25',
      date: '2028-05-29',
      moved: { reason: 'holiday', holiday: 'Hemelvaartsdag', rule: 'Atw art. 1' },
    })
  })
})

describe('the bezwaar term (6 weeks from the day after the decision was made known)', () => {
  it('ends a term for a decision of Monday 2 March 2026 on Monday 13 April 2026, a working day', () => {
    expect(dayOfWeek('2026-03-02')).toBe('Monday')
    expect(dayOfWeek('2026-04-13')).toBe('Monday')
    expect(objection('2026-03-02')).toEqual({
      key: 'objection',
      termEnds: '2026-04-13',
      date: '2026-04-13',
      sources: ['Awb art. 6:7', 'Awb art. 6:8 lid 1'],
    })
  })

  it('moves a term ending on Tweede Paasdag, Monday 1 April 2024, to Tuesday 2 April (leap-year February)', () => {
    expect(objection('2024-02-19')).toMatchObject({
      termEnds: '2024-04-01',
      date: '2024-04-02',
      moved: { reason: 'holiday', holiday: 'Tweede Paasdag', rule: 'Atw art. 1' },
    })
  })
})

describe('the Algemene termijnenwet itself', () => {
  it('applies art. 2 to a 3-day term from Goede Vrijdag through Easter Sunday: art. 1 gives Tuesday, the only working day, so it runs to Wednesday', () => {
    expect(applyTermijnenwet('2026-04-03', '2026-04-05')).toEqual({
      date: '2026-04-08',
      moved: { reason: 'twoWorkingDays', rule: 'Atw art. 2' },
    })
  })

  it('applies art. 2 to a 3-day term Saturday–Monday that ends on a working day but holds only that one', () => {
    expect(applyTermijnenwet('2026-03-14', '2026-03-16')).toEqual({
      date: '2026-03-17',
      moved: { reason: 'twoWorkingDays', rule: 'Atw art. 2' },
    })
  })

  it('does not apply art. 2 to a term of only two days', () => {
    expect(applyTermijnenwet('2026-04-04', '2026-04-05')).toEqual({
      date: '2026-04-07',
      moved: { reason: 'weekend', rule: 'Atw art. 1' },
    })
  })

  it('refuses a term that ends before it starts', () => {
    expect(() => applyTermijnenwet('2026-04-05', '2026-04-04')).toThrow(RangeError)
  })

  // An independent reading of art. 1 and 2 together: the last day is the first day on or after the
  // term's end that is a working day and leaves two working days in the term. Checked by brute force
  // for every possible date across 17 years, including every Easter, Christmas and Koningsdag.
  it('gives, for every melding in 2024–2040, the first working day on or after the term end with two working days in the term', () => {
    const days: string[] = []
    for (let day = new Date('2024-01-01T00:00:00Z'); day.getUTCFullYear() <= 2041; day.setUTCDate(day.getUTCDate() + 1)) {
      days.push(day.toISOString().slice(0, 10))
    }
    const working = days.map((day) => !isNonWorkingDay(day))
    const expected = (termStart: number, termEnds: number) => {
      let count = working.slice(termStart, termEnds).filter(Boolean).length
      for (let i = termEnds; ; i++) {
        if (working[i] && ++count >= 2) return days[i]
      }
    }
    let art2 = 0
    for (let i = 0; days[i] !== '2041-01-01'; i++) {
      const { personalPlan, investigation } = timeline({ meldingDate: days[i] })
      for (const [deadline, length] of [
        [personalPlan, 7],
        [investigation, 42],
      ] as const) {
        expect(deadline?.termEnds).toBe(days[i + length])
        expect(deadline?.date, `${deadline?.key} after ${days[i]}`).toBe(expected(i + 1, i + length))
        if (deadline?.moved?.rule === 'Atw art. 2') art2++
      }
    }
    expect(art2).toBe(0)
  })
})

describe('unknown and invalid dates', () => {
  it('leaves every deadline open when no date is known', () => {
    expect(timeline({})).toEqual({ personalPlan: null, investigation: null, applyFrom: null, decision: null, afterNotice: null, objection: null })
  })

  it('computes only the deadlines whose own date is known', () => {
    const result = timeline({ decisionDate: '2026-03-02' })
    expect(result.objection).not.toBeNull()
    expect([result.personalPlan, result.investigation, result.applyFrom, result.decision, result.afterNotice]).toEqual([null, null, null, null, null])
  })

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-3-2',
    '02-03-2026',
    '2026-03-02T00:00:00Z',
    ' 2026-03-02',
    '',
    '0000-01-01',
    '9999-12-31',
    'morgen',
  ])('treats %j as unknown rather than guessing', (date) => {
    expect(timeline({ meldingDate: date, applicationDate: date, decisionDate: date, decisionPostponedTo: date, noticeOfDefaultReceived: date })).toEqual({
      personalPlan: null,
      investigation: null,
      applyFrom: null,
      decision: null,
      afterNotice: null,
      objection: null,
    })
  })

  it('treats a value that is not a string, as could arrive over IPC, as unknown', () => {
    const input = { meldingDate: 20260302, decisionDate: null } as unknown as TimelineInput
    expect(timeline(input).personalPlan).toBeNull()
    expect(timeline(input).objection).toBeNull()
  })

  it('accepts 29 February in a leap year', () => {
    expect(personalPlan('2028-02-29')).toMatchObject({ termEnds: '2028-03-07', date: '2028-03-07' })
  })
})

describe('the designated days of Atw art. 3 lid 3, hand-computed per day', () => {
  it('knows exactly the ten days of the decrees for 2023–2025 and 2026–2028, each a Friday after a holiday', () => {
    expect(DESIGNATED_DAYS.map((day) => day.date)).toEqual([
      '2023-04-28',
      '2023-05-19',
      '2024-05-10',
      '2024-12-27',
      '2025-05-30',
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ])
    for (const day of DESIGNATED_DAYS) {
      expect(dayOfWeek(day.date), day.date).toBe('Friday')
      expect(isHoliday(day.date)).toBe('gelijkgestelde dag')
      expect(day.decree).toMatch(/^Besluit gelijkstelling van .* met een algemeen erkende feestdag$/)
      expect(isHoliday(addOne(day.date, -1)), `the day before ${day.date}`).toBeDefined()
    }
  })

  it('knows the years 2023 to 2028, and says so of no other year', () => {
    expect(DESIGNATED_DAYS_KNOWN).toEqual({ from: 2023, through: 2028 })
    expect([2022, 2023, 2028, 2029].map(designatedDaysKnown)).toEqual([false, true, true, false])
  })

  it('gives an aanvraag received on Friday 1 May 2026 a decision deadline of Monday 18 May 2026, because Friday 15 May is designated', () => {
    expect(dayOfWeek('2026-05-01')).toBe('Friday')
    expect(dayOfWeek('2026-05-18')).toBe('Monday')
    expect(decision('2026-05-01')).toEqual({
      key: 'decision',
      termEnds: '2026-05-15',
      date: '2026-05-18',
      moved: { reason: 'designated', holiday: 'gelijkgestelde dag', rule: 'Atw art. 1' },
      sources: ['Wmo 2015 art. 2.3.5 lid 2'],
    })
  })

  it('28 April 2023: a persoonlijk plan term from a melding on Friday 21 April 2023 runs to Monday 1 May', () => {
    expect(dayOfWeek('2023-04-21')).toBe('Friday')
    expect(isHoliday('2023-04-27')).toBe('Koningsdag')
    expect(personalPlan('2023-04-21')).toMatchObject({ termEnds: '2023-04-28', date: '2023-05-01', moved: { reason: 'designated' } })
  })

  it('19 May 2023: a decision term from an aanvraag on Friday 5 May 2023 runs to Monday 22 May', () => {
    expect(isHoliday('2023-05-18')).toBe('Hemelvaartsdag')
    expect(decision('2023-05-05')).toMatchObject({ termEnds: '2023-05-19', date: '2023-05-22', moved: { reason: 'designated' } })
  })

  it('10 May 2024: a bezwaar term for a decision of Friday 29 March 2024 runs to Monday 13 May', () => {
    expect(dayOfWeek('2024-03-29')).toBe('Friday')
    expect(objection('2024-03-29')).toMatchObject({ termEnds: '2024-05-10', date: '2024-05-13', moved: { reason: 'designated' } })
  })

  it('27 December 2024: a persoonlijk plan term from a melding on Friday 20 December 2024 runs to Monday 30 December', () => {
    expect(isHoliday('2024-12-26')).toBe('Tweede Kerstdag')
    expect(personalPlan('2024-12-20')).toMatchObject({ termEnds: '2024-12-27', date: '2024-12-30', moved: { reason: 'designated' } })
  })

  it('30 May 2025: an investigation from a melding on Goede Vrijdag, 18 April 2025, must end by Monday 2 June; an aanvraag may follow from Tuesday 3 June', () => {
    expect(isHoliday('2025-04-18')).toBe('Goede Vrijdag')
    const result = timeline({ meldingDate: '2025-04-18' })
    expect(result.investigation).toMatchObject({ termEnds: '2025-05-30', date: '2025-06-02', moved: { reason: 'designated' } })
    expect(result.applyFrom).toMatchObject({ date: '2025-06-03' })
  })

  it('2 January 2026: a decision term from an aanvraag on Friday 19 December 2025 runs to Monday 5 January 2026', () => {
    expect(dayOfWeek('2025-12-19')).toBe('Friday')
    expect(decision('2025-12-19')).toMatchObject({ termEnds: '2026-01-02', date: '2026-01-05', moved: { reason: 'designated' } })
  })

  it('15 May 2026: a persoonlijk plan term from a melding on Friday 8 May 2026 runs to Monday 18 May', () => {
    expect(personalPlan('2026-05-08')).toMatchObject({ termEnds: '2026-05-15', date: '2026-05-18', moved: { reason: 'designated' } })
  })

  it('7 May 2027: a persoonlijk plan term from a melding on Friday 30 April 2027 runs to Monday 10 May (5, 6 and 7 May are all off)', () => {
    expect(isHoliday('2027-05-05')).toBe('Bevrijdingsdag')
    expect(isHoliday('2027-05-06')).toBe('Hemelvaartsdag')
    expect(personalPlan('2027-04-30')).toMatchObject({ termEnds: '2027-05-07', date: '2027-05-10', moved: { reason: 'designated' } })
  })

  it('7 May 2027: a bezwaar term for a decision of Friday 26 March 2027 runs to Monday 10 May', () => {
    expect(objection('2027-03-26')).toMatchObject({ termEnds: '2027-05-07', date: '2027-05-10', moved: { reason: 'designated' } })
  })

  it('28 April 2028: a bezwaar term for a decision of Friday 17 March 2028 runs to Monday 1 May', () => {
    expect(isHoliday('2028-04-27')).toBe('Koningsdag')
    expect(objection('2028-03-17')).toMatchObject({ termEnds: '2028-04-28', date: '2028-05-01', moved: { reason: 'designated' } })
  })

  it('26 May 2028: a decision term from an aanvraag on Friday 12 May 2028 runs to Monday 29 May', () => {
    expect(decision('2028-05-12')).toMatchObject({ termEnds: '2028-05-26', date: '2028-05-29', moved: { reason: 'designated' } })
  })

  it('does not move a term that merely spans a designated day (aanvraag Monday 4 May 2026: Monday 18 May)', () => {
    expect(decision('2026-05-04')).toEqual({ key: 'decision', termEnds: '2026-05-18', date: '2026-05-18', sources: ['Wmo 2015 art. 2.3.5 lid 2'] })
  })

  it('marks a term that reaches 2029, whose designated days no decree has named yet', () => {
    expect(investigation('2028-12-20')).toMatchObject({ termEnds: '2029-01-31', designatedUnknown: true })
    expect(decision('2028-12-29')?.designatedUnknown).toBe(true)
    expect(personalPlan('2028-12-20')?.designatedUnknown).toBeUndefined()
  })
})

describe('a postponed decision (Awb 4:14) and the ingebrekestelling (Awb 4:17, 6:12)', () => {
  it('takes the later date the municipality named, extended past a weekend', () => {
    // Aanvraag Monday 2 March 2026: term ends Monday 16 March. Postponed to Saturday 11 April 2026.
    expect(dayOfWeek('2026-04-11')).toBe('Saturday')
    expect(timeline({ applicationDate: '2026-03-02', decisionPostponedTo: '2026-04-11' }).decision).toEqual({
      key: 'decision',
      termEnds: '2026-04-11',
      date: '2026-04-13',
      moved: { reason: 'weekend', rule: 'Atw art. 1' },
      sources: ['Awb art. 4:14', 'Wmo 2015 art. 2.3.5 lid 2'],
    })
  })

  it('ignores a "postponement" to a day before the legal term ends', () => {
    expect(timeline({ applicationDate: '2026-03-02', decisionPostponedTo: '2026-03-10' }).decision).toMatchObject({ date: '2026-03-16' })
  })

  it('lets the dwangsom and an appeal start the day after two weeks from receiving the ingebrekestelling', () => {
    // Received Tuesday 17 March 2026: two weeks end Tuesday 31 March; from Wednesday 1 April.
    expect(timeline({ noticeOfDefaultReceived: '2026-03-17' }).afterNotice).toEqual({
      key: 'afterNotice',
      termEnds: '2026-04-01',
      date: '2026-04-01',
      sources: ['Awb art. 4:17', 'Awb art. 6:12'],
    })
    // Received Friday 20 March 2026: two weeks end on Goede Vrijdag 3 April, extended to Tuesday 7 April.
    expect(timeline({ noticeOfDefaultReceived: '2026-03-20' }).afterNotice).toMatchObject({ date: '2026-04-08' })
  })
})

function addOne(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}
