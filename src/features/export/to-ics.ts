/**
 * iCalendar (RFC 5545) for events whose dates keep the precision of their
 * sources: a day is an all-day event, a month an all-day span over the month
 * (the day is not known), and a timed event is local time in its IANA zone,
 * described by a VTIMEZONE built from the browser's time zone data.
 */
import type { TFunction } from 'i18next';

import { type EventSummary, eventTypesOf } from '@/domain/event';
import { typeLabel } from '@/i18n/type-label';
import {
  addDays,
  type CalendarDay,
  calendarSpan,
  isTimeZone,
  type ParsedWhen,
  parseWhen,
  zoneOffsetMinutes,
} from '@/domain/when';

export const PRODID = '-//Treaty Timeline//Export//EN';
export const UID_DOMAIN = 'treaty-timeline';

const MAX_LINE_OCTETS = 75;
const DAY_MS = 86_400_000;

/** The UTF-8 length of one character, without encoding it. */
function octetsOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  if (line.length * 4 <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(day: CalendarDay): string {
  return `${pad(day.year, 4)}${pad(day.month)}${pad(day.day)}`;
}

/** The wall-clock time of an instant shifted by an offset: "20251025T090000". */
function formatLocal(instant: number, offsetMinutes: number): string {
  const date = new Date(instant + offsetMinutes * 60_000);
  return `${formatDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  })}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

function formatUtc(instant: number): string {
  return `${formatLocal(instant, 0)}Z`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

type Transition = { at: number; from: number; to: number };

/** The instants a zone's offset changes between two instants, to the minute. */
function zoneTransitions(timeZone: string, from: number, to: number) {
  const transitions: Transition[] = [];
  let before = zoneOffsetMinutes(timeZone, from);
  for (let t = from + DAY_MS; t <= to; t += DAY_MS) {
    const after = zoneOffsetMinutes(timeZone, t);
    if (after === before) continue;
    let low = t - DAY_MS;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zoneOffsetMinutes(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: before, to: after });
    before = after;
  }
  return transitions;
}

/** A VTIMEZONE that is exact from a year before `from` to a year after `to`. */
export function vtimezone(timeZone: string, from: number, to: number) {
  const start = from - 366 * DAY_MS;
  const initial = zoneOffsetMinutes(timeZone, start);
  const observance = (kind: string, at: number, was: number, is: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(at, was)}`,
    `TZOFFSETFROM:${formatOffset(was)}`,
    `TZOFFSETTO:${formatOffset(is)}`,
    `END:${kind}`,
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${escapeText(timeZone)}`,
    ...observance('STANDARD', start, initial, initial),
    ...zoneTransitions(timeZone, start, to + 366 * DAY_MS).flatMap((change) =>
      observance(
        change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
        change.at,
        change.from,
        change.to,
      ),
    ),
    'END:VTIMEZONE',
  ];
}

type Timed = Extract<ParsedWhen, { precision: 'minute' }>;

type Dates =
  | { kind: 'timed'; start: Timed; end: Timed | null; timeZone: string | null }
  | {
      kind: 'all-day';
      first: CalendarDay;
      last: CalendarDay;
      isMonth: boolean;
    };

function toDates(event: EventSummary): Dates | null {
  const start = parseWhen(event.start);
  const end = event.end === null ? null : parseWhen(event.end);
  if (!start || (event.end !== null && !end)) return null;
  if (
    start.precision === 'minute' &&
    (end === null || end.precision === 'minute')
  ) {
    return {
      kind: 'timed',
      start,
      end,
      timeZone: isTimeZone(event.timeZone) ? event.timeZone : null,
    };
  }
  const span = (when: ParsedWhen) =>
    when.precision === 'minute'
      ? { first: when.day, last: when.day }
      : calendarSpan(when);
  return {
    kind: 'all-day',
    first: span(start).first,
    last: span(end ?? start).last,
    isMonth: start.precision === 'month' || end?.precision === 'month',
  };
}

function dateLines(dates: Dates): string[] {
  if (dates.kind === 'all-day') {
    return [
      `DTSTART;VALUE=DATE:${formatDate(dates.first)}`,
      `DTEND;VALUE=DATE:${formatDate(addDays(dates.last, 1))}`,
    ];
  }
  const { timeZone } = dates;
  const format = (when: Timed) =>
    timeZone === null
      ? `:${formatUtc(when.instant)}`
      : `;TZID=${timeZone}:${formatLocal(when.instant, zoneOffsetMinutes(timeZone, when.instant))}`;
  return [
    `DTSTART${format(dates.start)}`,
    ...(dates.end ? [`DTEND${format(dates.end)}`] : []),
  ];
}

function description(event: EventSummary, dates: Dates, t: TFunction): string {
  return [
    event.summary,
    '',
    ...(dates.kind === 'all-day' && dates.isMonth && !event.dateUncertain
      ? [t('exporting.unknownDay')]
      : []),
    ...(event.dateUncertain
      ? [
          t(
            event.end === null
              ? 'exporting.dateUncertain'
              : 'exporting.oneDayWithin',
          ),
        ]
      : []),
    `${typeLabel(event, t)}. ${t(`verification.${event.verification}.label`)}.`,
    t('exporting.parties', { parties: event.parties.join(', ') }),
  ].join('\n');
}

function vevent(
  event: EventSummary,
  dates: Dates,
  stamp: string,
  t: TFunction,
): string[] {
  const { place } = event;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    ...dateLines(dates),
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(
      [place.name, place.city, place.country]
        .filter((part) => part !== '')
        .join(', '),
    )}`,
    `DESCRIPTION:${escapeText(description(event, dates, t))}`,
    `CATEGORIES:${eventTypesOf(event)
      .map((type) => escapeText(t(`eventType.${type}`)))
      .join(',')}`,
    'END:VEVENT',
  ];
}

/** Time zones used by timed events, with the instants they must cover. */
function zoneRanges(all: readonly Dates[]) {
  const ranges = new Map<string, { from: number; to: number }>();
  for (const dates of all) {
    if (dates.kind !== 'timed' || dates.timeZone === null) continue;
    const from = dates.start.instant;
    const to = dates.end?.instant ?? from;
    const range = ranges.get(dates.timeZone);
    ranges.set(dates.timeZone, {
      from: Math.min(from, range?.from ?? from),
      to: Math.max(to, range?.to ?? to),
    });
  }
  return ranges;
}

/**
 * A calendar of the events, its descriptions worded with `t` in its
 * language; an event that has no readable date is left out.
 */
export function toIcs(
  events: readonly EventSummary[],
  now: Date,
  t: TFunction,
): string {
  const stamp = formatUtc(now.getTime());
  const dated = events.flatMap((event) => {
    const dates = toDates(event);
    return dates ? [{ event, dates }] : [];
  });
  const zones = [...zoneRanges(dated.map(({ dates }) => dates))].flatMap(
    ([timeZone, range]) => vtimezone(timeZone, range.from, range.to),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...zones,
    ...dated.flatMap(({ event, dates }) => vevent(event, dates, stamp, t)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
