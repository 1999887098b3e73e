import { describe, expect, it } from 'vitest'
import { buildCalendar, type CalendarEvent } from '../../electron/main/deadlines/ics'

const now = new Date('2026-11-26T10:00:00Z')
const options = { productId: '-//Aan Tafel//Termijnen//NL', now }

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'investigation-2026-04-13@aan-tafel',
  date: '2026-04-13',
  title: 'Uiterste datum onderzoek',
  description: 'De gemeente moet het onderzoek binnen zes weken afronden.',
  ...overrides,
})

interface Property {
  name: string
  params: string[]
  value: string
}

// A minimal reader written from RFC 5545 rather than from the builder: unfold (§3.1), split the
// name and parameters from the value at the first unquoted colon (§3.1), unescape TEXT (§3.3.11).
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
}

function parseLine(line: string): Property {
  const colon = line.indexOf(':')
  const [name = '', ...params] = line.slice(0, colon).split(';')
  return { name, params, value: line.slice(colon + 1) }
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
}

/** The VEVENTs of a calendar as lists of their own properties (an alarm's are kept apart). */
function parseEvents(ics: string): { props: Property[]; alarms: Property[][] }[] {
  const events: { props: Property[]; alarms: Property[][] }[] = []
  let current: { props: Property[]; alarms: Property[][] } | undefined
  let alarm: Property[] | undefined
  for (const prop of unfold(ics).map(parseLine)) {
    if (prop.name === 'BEGIN' && prop.value === 'VEVENT') current = { props: [], alarms: [] }
    else if (prop.name === 'END' && prop.value === 'VEVENT' && current) {
      events.push(current)
      current = undefined
    } else if (prop.name === 'BEGIN' && prop.value === 'VALARM') alarm = []
    else if (prop.name === 'END' && prop.value === 'VALARM' && alarm && current) {
      current.alarms.push(alarm)
      alarm = undefined
    } else if (alarm) alarm.push(prop)
    else if (current) current.props.push(prop)
  }
  return events
}

const prop = (props: Property[], name: string) => {
  const found = props.filter((p) => p.name === name)
  expect(found, name).toHaveLength(1)
  return found[0] as Property
}

const octets = (text: string) => Buffer.byteLength(text, 'utf8')

describe('the calendar file', () => {
  it('is a VCALENDAR 2.0 with a PRODID, CRLF line endings everywhere and a final CRLF', () => {
    const ics = buildCalendar([event()], options)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Aan Tafel//Termijnen//NL\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('has one VEVENT per deadline, each with its own UID', () => {
    const ics = buildCalendar([event(), event({ uid: 'objection-2026-04-13@aan-tafel', title: 'Uiterste datum bezwaar' })], options)
    const events = parseEvents(ics)
    expect(events).toHaveLength(2)
    expect(events.map(({ props }) => prop(props, 'UID').value)).toEqual(['investigation-2026-04-13@aan-tafel', 'objection-2026-04-13@aan-tafel'])
  })

  it('makes an all-day event: DTSTART as a DATE and DTEND the next day, across a month end', () => {
    const [only] = parseEvents(buildCalendar([event({ date: '2026-04-30' })], options))
    expect(prop(only?.props ?? [], 'DTSTART')).toEqual({ name: 'DTSTART', params: ['VALUE=DATE'], value: '20260430' })
    expect(prop(only?.props ?? [], 'DTEND')).toEqual({ name: 'DTEND', params: ['VALUE=DATE'], value: '20260501' })
  })

  it('ends an event on 31 December on 1 January of the next year', () => {
    const [only] = parseEvents(buildCalendar([event({ date: '2026-12-31' })], options))
    expect(prop(only?.props ?? [], 'DTEND').value).toBe('20270101')
  })

  it('stamps every event with the given time in UTC', () => {
    const [only] = parseEvents(buildCalendar([event()], options))
    expect(prop(only?.props ?? [], 'DTSTAMP').value).toBe('20261126T100000Z')
  })

  it('reminds three days before, with a text to show', () => {
    const [only] = parseEvents(buildCalendar([event()], options))
    expect(only?.alarms).toHaveLength(1)
    const alarm = only?.alarms[0] ?? []
    expect(prop(alarm, 'ACTION').value).toBe('DISPLAY')
    expect(prop(alarm, 'TRIGGER').value).toBe('-P3D')
    expect(unescapeText(prop(alarm, 'DESCRIPTION').value)).toBe('Uiterste datum onderzoek')
  })

  it('gives back exactly the title and description put in, with commas, semicolons, backslashes and new lines', () => {
    const title = 'Bezwaar: termijn; let op, "C:\\dossier" \\n is geen regeleinde'
    const description = 'Regel één,\nregel twee;\r\nregel drie\\ en\rregel vier'
    const [only] = parseEvents(buildCalendar([event({ title, description })], options))
    expect(unescapeText(prop(only?.props ?? [], 'SUMMARY').value)).toBe(title)
    expect(unescapeText(prop(only?.props ?? [], 'DESCRIPTION').value)).toBe('Regel één,\nregel twee;\nregel drie\\ en\nregel vier')
  })

  it('leaves no unescaped comma or semicolon in a TEXT value, so no reader takes it for a list', () => {
    const ics = buildCalendar([event({ title: 'a,b;c' })], options)
    expect(unfold(ics)).toContain('SUMMARY:a\\,b\\;c')
  })

  it('folds long lines to at most 75 octets without splitting a character, and unfolds to the original', () => {
    const title =
      'Uiterste datum voor de beschikking van de gemeente over uw aanvraag: één café-overleg, ' +
      'coördinatie met de ergotherapeut, zorgcoöperatie en het Centrum Indicatiestelling Zorg 🌷 — ' +
      'vergeet niet de ‘persoonlijk plan’-bijlage te noemen'
    const ics = buildCalendar([event({ title, description: 'ë'.repeat(200) })], options)

    const physical = ics.split('\r\n')
    expect(physical.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of physical) {
      expect(octets(line), line).toBeLessThanOrEqual(75)
      // A fold inside an emoji would leave half a surrogate pair on each side.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
    const [only] = parseEvents(ics)
    expect(unescapeText(prop(only?.props ?? [], 'SUMMARY').value)).toBe(title)
    expect(prop(only?.props ?? [], 'DESCRIPTION').value).toBe('ë'.repeat(200))
  })

  it('fills each folded line as far as the characters allow, so a short line is not folded at all', () => {
    const ics = buildCalendar([event({ title: 'x'.repeat(75 - 'SUMMARY:'.length) })], options)
    expect(ics).toContain(`SUMMARY:${'x'.repeat(67)}\r\nDESCRIPTION`)
    const longer = buildCalendar([event({ title: 'x'.repeat(68) })], options)
    expect(longer).toContain(`SUMMARY:${'x'.repeat(67)}\r\n x\r\n`)
  })

  // Callers build first and look at the number of events after; an empty list must not throw.
  it('gives an empty calendar, which callers should not save, when there are no events', () => {
    expect(buildCalendar([], options)).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Aan Tafel//Termijnen//NL\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n')
  })

  it('drops control characters that no TEXT value may hold, and keeps tabs', () => {
    const [only] = parseEvents(buildCalendar([event({ title: 'a\u0000b\u0007c\td\u007f' })], options))
    expect(prop(only?.props ?? [], 'SUMMARY').value).toBe('abc\td')
  })

  it('refuses input no agenda app could read', () => {
    expect(() => buildCalendar([event({ date: '2026-02-30' })], options)).toThrow(RangeError)
    expect(() => buildCalendar([event({ uid: ' ' })], options)).toThrow(RangeError)
    expect(() => buildCalendar([event(), event()], options)).toThrow(RangeError)
    expect(() => buildCalendar([event()], { ...options, now: new Date('not a date') })).toThrow(RangeError)
  })
})
