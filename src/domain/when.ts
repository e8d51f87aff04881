/**
 * Parsing and arithmetic for `When` values, the API's dates that keep the
 * precision of their sources. Calendar days stay calendar days: a day-precision
 * value is never turned into UTC midnight, which would show as the previous
 * day west of Greenwich.
 */
import { zoneClock } from './intl-cache';

export type Precision = 'minute' | 'day' | 'month';

export type CalendarDay = { year: number; month: number; day: number };

export type ParsedWhen =
  | { precision: 'minute'; day: CalendarDay; instant: number; offset: string }
  | { precision: 'day'; day: CalendarDay }
  | { precision: 'month'; year: number; month: number };

const MINUTE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toCalendarDay(y: string, m: string, d: string): CalendarDay | null {
  const day = { year: Number(y), month: Number(m), day: Number(d) };
  const isValid =
    day.month >= 1 &&
    day.month <= 12 &&
    day.day >= 1 &&
    day.day <= daysInMonth(day.year, day.month);
  return isValid ? day : null;
}

function parseOffsetMinutes(offset: string): number | null {
  if (offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

/** Parses a `When`; null for anything that is not one of its three forms. */
export function parseWhen(value: string): ParsedWhen | null {
  const minute = MINUTE.exec(value);
  if (minute) {
    const [, y, mo, d, h, mi, s = '00', offset = 'Z'] = minute;
    const day = toCalendarDay(y ?? '', mo ?? '', d ?? '');
    const offsetMinutes = parseOffsetMinutes(offset);
    const isValidTime = Number(h) < 24 && Number(mi) < 60 && Number(s) < 60;
    if (!day || offsetMinutes === null || !isValidTime) return null;
    const local = Date.UTC(
      day.year,
      day.month - 1,
      day.day,
      Number(h),
      Number(mi),
      Number(s),
    );
    return {
      precision: 'minute',
      day,
      instant: local - offsetMinutes * 60_000,
      offset,
    };
  }
  const dayMatch = DAY.exec(value);
  if (dayMatch) {
    const [, y, mo, d] = dayMatch;
    const day = toCalendarDay(y ?? '', mo ?? '', d ?? '');
    return day ? { precision: 'day', day } : null;
  }
  const monthMatch = MONTH.exec(value);
  if (monthMatch) {
    const year = Number(monthMatch[1]);
    const month = Number(monthMatch[2]);
    return month >= 1 && month <= 12
      ? { precision: 'month', year, month }
      : null;
  }
  return null;
}

export function isWhen(value: string): boolean {
  return parseWhen(value) !== null;
}

/** The first and last local calendar day a `When` covers. */
export function calendarSpan(when: ParsedWhen): {
  first: CalendarDay;
  last: CalendarDay;
} {
  if (when.precision === 'month') {
    return {
      first: { year: when.year, month: when.month, day: 1 },
      last: {
        year: when.year,
        month: when.month,
        day: daysInMonth(when.year, when.month),
      },
    };
  }
  return { first: when.day, last: when.day };
}

/** "01" to "31", made once: the mock's index formats two days per event. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) =>
  String(n).padStart(2, '0'),
);

/** "2025-05-07": sortable, and the form the API's date filters take. */
export function formatCalendarDay(day: CalendarDay): string {
  const year =
    day.year >= 1000 ? String(day.year) : String(day.year).padStart(4, '0');
  return `${year}-${TWO_DIGITS[day.month] ?? ''}-${TWO_DIGITS[day.day] ?? ''}`;
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/** Whether Intl knows the zone: an IANA name such as "Asia/Baku". */
export function isTimeZone(value: string): boolean {
  try {
    zoneClock(value);
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Baku → 240). */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = zoneClock(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Offsets found steady over a week, by zone and week; null: it changes. */
const steadyOffsets = new Map<string, number | null>();
const STEADY_OFFSETS_KEPT = 100_000;

/**
 * The zone's offset if it holds from a day before the week of `instant` to
 * a day after it (and so at any local midnight of that week), else null.
 * Two lookups serve a zone's whole week: no zone changes its offset twice
 * within nine days.
 */
function steadyOffsetAround(timeZone: string, instant: number): number | null {
  const week = Math.floor(instant / WEEK_MS);
  const key = `${timeZone} ${String(week)}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const before = zoneOffsetMinutes(timeZone, week * WEEK_MS - DAY_MS);
    const after = zoneOffsetMinutes(timeZone, (week + 1) * WEEK_MS + DAY_MS);
    offset = before === after ? before : null;
    if (steadyOffsets.size >= STEADY_OFFSETS_KEPT) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

/** The instant a calendar day begins in a time zone. */
export function startOfDayIn(day: CalendarDay, timeZone: string): number {
  const utcMidnight = Date.UTC(day.year, day.month - 1, day.day);
  const steady = steadyOffsetAround(timeZone, utcMidnight);
  if (steady !== null) return utcMidnight - steady * 60_000;
  const wallClock = (instant: number) =>
    instant + zoneOffsetMinutes(timeZone, instant) * 60_000;
  // Midnight under the offsets in force just before and just after it: where
  // a clock change skips midnight (Chile), only the later one is on the day.
  const first = utcMidnight - zoneOffsetMinutes(timeZone, utcMidnight) * 60_000;
  const second = utcMidnight - zoneOffsetMinutes(timeZone, first) * 60_000;
  const onTheDay = [first, second].filter(
    (instant) => wallClock(instant) >= utcMidnight,
  );
  return Math.min(...(onTheDay.length > 0 ? onTheDay : [second]));
}

/**
 * The instants an event covers, as a half-open interval [start, end): a timed
 * value is an instant, a day or a month covers all of it in the event's zone.
 */
export function toInstantInterval(
  start: ParsedWhen,
  end: ParsedWhen | null,
  timeZone: string,
): { start: number; end: number } {
  const last = end ?? start;
  const startMs =
    start.precision === 'minute'
      ? start.instant
      : startOfDayIn(calendarSpan(start).first, timeZone);
  const endMs =
    last.precision === 'minute'
      ? last.instant
      : startOfDayIn(addDays(calendarSpan(last).last, 1), timeZone);
  return { start: startMs, end: endMs };
}
