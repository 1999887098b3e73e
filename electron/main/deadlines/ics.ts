import { addDays, isCalendarDate } from '../../../domain/deadlines/holidays'

/**
 * A calendar file (iCalendar, RFC 5545) with one all-day event per deadline, so the person can put
 * the dates in the agenda app they already use.
 */

export interface CalendarEvent {
  uid: string
  /** The day of the event, 'yyyy-mm-dd'. */
  date: string
  title: string
  description: string
}

const CRLF = '\r\n'
/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // TEXT may hold no control characters other than tab; a stray one would break strict readers.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\n/g, '\\n')
  )
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/**
 * Folds a content line into pieces of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * character: each continuation starts with a space, which counts towards its 75.
 */
function fold(line: string): string {
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(piece)
      piece = ' '
      octets = 1
    }
    piece += char
    octets += size
  }
  pieces.push(piece)
  return pieces.join(CRLF)
}

const compactDate = (date: string) => date.replaceAll('-', '')

/** DATE-TIME in UTC, e.g. 20261126T100000Z. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/**
 * Builds an .ics file with one all-day VEVENT per event, each with a reminder three days before.
 * Throws a RangeError for input no agenda app could read: a repeated or empty uid, a date that is
 * not 'yyyy-mm-dd', or an invalid `now`.
 *
 * With no events the result is an empty VCALENDAR. RFC 5545 §3.4 wants at least one component, so
 * do not offer that file to the person; it is returned rather than refused so a caller may build
 * first and check its event count after.
 */
export function buildCalendar(events: CalendarEvent[], options: { productId: string; now: Date }): string {
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now is not a valid date')
  const uids = new Set<string>()
  for (const event of events) {
    if (event.uid.trim() === '') throw new RangeError('an event needs a uid')
    if (uids.has(event.uid)) throw new RangeError(`uid ${event.uid} is used twice`)
    uids.add(event.uid)
    if (!isCalendarDate(event.date)) throw new RangeError(`not a calendar date: ${JSON.stringify(event.date)}`)
  }

  const stamp = utcStamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId)}`,
    'CALSCALE:GREGORIAN',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      // A DATE value has no time zone: the deadline is the same day wherever the agenda is opened.
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      // A deadline is a reminder, not an appointment: it should not mark the person as busy.
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      // RFC 5545 §3.6.6 requires a DESCRIPTION in a DISPLAY alarm; the title is what should show.
      `DESCRIPTION:${escapeText(event.title)}`,
      'END:VALARM',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join(CRLF) + CRLF
}
