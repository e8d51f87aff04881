import { expect, test } from 'vitest';

import {
  addDays,
  type CalendarDay,
  calendarSpan,
  formatCalendarDay,
  isTimeZone,
  type ParsedWhen,
  parseWhen,
  startOfDayIn,
  toInstantInterval,
  zoneOffsetMinutes,
} from '@/domain/when';

function parsed(value: string): ParsedWhen {
  const when = parseWhen(value);
  if (!when) throw new Error(`${value} did not parse`);
  return when;
}

function day(year: number, month: number, date: number): CalendarDay {
  return { year, month, day: date };
}

test('parseWhen reads a time with its offset as the instant it names', () => {
  expect(parseWhen('2025-10-25T09:00:00+07:00')).toEqual({
    precision: 'minute',
    day: day(2025, 10, 25),
    instant: Date.UTC(2025, 9, 25, 2, 0),
    offset: '+07:00',
  });
});

test.each([
  ['2025-10-25T02:00:00Z', Date.UTC(2025, 9, 25, 2, 0)],
  ['2025-10-25T09:00+07:00', Date.UTC(2025, 9, 25, 2, 0)],
  ['2025-10-25T02:00Z', Date.UTC(2025, 9, 25, 2, 0)],
  ['2025-10-24T22:00:00-04:00', Date.UTC(2025, 9, 25, 2, 0)],
  ['2025-10-25T07:45:30+05:45', Date.UTC(2025, 9, 25, 2, 0, 30)],
])('parseWhen reads %s as a minute-precision instant', (value, instant) => {
  const when = parseWhen(value);
  expect(when?.precision).toBe('minute');
  expect(when?.precision === 'minute' ? when.instant : null).toBe(instant);
});

test('parseWhen keeps the calendar day as written, not the UTC day', () => {
  const when = parseWhen('2025-10-26T05:00:00+07:00');
  expect(when?.precision === 'minute' ? when.day : null).toEqual(
    day(2025, 10, 26),
  );
});

test('parseWhen reads a bare date as a calendar day', () => {
  expect(parseWhen('2025-10-26')).toEqual({
    precision: 'day',
    day: day(2025, 10, 26),
  });
});

test('parseWhen reads a year and month as month precision', () => {
  expect(parseWhen('2025-05')).toEqual({
    precision: 'month',
    year: 2025,
    month: 5,
  });
});

test('parseWhen accepts 29 February in a leap year', () => {
  expect(parseWhen('2024-02-29')).toEqual({
    precision: 'day',
    day: day(2024, 2, 29),
  });
});

test.each([
  ['29 February in a common year', '2025-02-29'],
  ['month 13', '2025-13'],
  ['month 0', '2025-00'],
  ['31 April', '2025-04-31'],
  ['day 0', '2025-05-00'],
  ['month 13 with a day', '2025-13-01'],
  ['an impossible date with a time', '2025-02-30T09:00:00+07:00'],
  ['hour 24', '2025-10-26T24:00:00+07:00'],
  ['minute 60', '2025-10-26T09:60:00+07:00'],
  ['second 60', '2025-10-26T09:00:60+07:00'],
  ['an offset beyond 14 hours', '2025-10-26T09:00:00+15:00'],
  ['an offset with 60 minutes', '2025-10-26T09:00:00+07:60'],
  ['an offset without a colon', '2025-10-26T09:00:00+0700'],
  ['an offset with one hour digit', '2025-10-26T09:00:00+7:00'],
  ['a time without an offset', '2025-10-26T09:00'],
  ['a time with seconds but no offset', '2025-10-26T09:00:00'],
  ['a space instead of T', '2025-10-26 09:00:00+07:00'],
  ['fractional seconds', '2025-10-26T09:00:00.000Z'],
  ['a year alone', '2025'],
  ['a day-first date', '26-10-2025'],
  ['surrounding whitespace', ' 2025-10-26 '],
  ['words', 'yesterday'],
  ['garbage', '2025-10-26T09:00:00+07:00<script>'],
  ['the empty string', ''],
])('parseWhen rejects %s (%s)', (_name, value) => {
  expect(parseWhen(value)).toBeNull();
});

test.each([
  ['February of a leap year', '2024-02', day(2024, 2, 1), day(2024, 2, 29)],
  ['February of a common year', '2025-02', day(2025, 2, 1), day(2025, 2, 28)],
  ['December', '2025-12', day(2025, 12, 1), day(2025, 12, 31)],
  ['April', '2025-04', day(2025, 4, 1), day(2025, 4, 30)],
])('calendarSpan of %s covers the whole month', (_name, value, first, last) => {
  expect(calendarSpan(parsed(value))).toEqual({ first, last });
});

test.each([
  ['a day', '2025-10-26', day(2025, 10, 26)],
  ['a time, on its local day', '2025-10-26T01:00:00+07:00', day(2025, 10, 26)],
])('calendarSpan of %s is that one day', (_name, value, only) => {
  expect(calendarSpan(parsed(value))).toEqual({ first: only, last: only });
});

test.each([
  ['to the next day', day(2025, 5, 7), 1, day(2025, 5, 8)],
  ['across a month end', day(2025, 1, 31), 1, day(2025, 2, 1)],
  ['across a year end', day(2025, 12, 31), 1, day(2026, 1, 1)],
  ['onto a leap day', day(2024, 2, 28), 1, day(2024, 2, 29)],
  ['past a common February', day(2025, 2, 28), 1, day(2025, 3, 1)],
  ['back across a year start', day(2026, 1, 1), -1, day(2025, 12, 31)],
  ['back across a month start', day(2025, 3, 1), -1, day(2025, 2, 28)],
  ['by a whole year', day(2025, 10, 26), 365, day(2026, 10, 26)],
  ['by nothing', day(2025, 10, 26), 0, day(2025, 10, 26)],
])('addDays moves %s', (_name, from, days, expected) => {
  expect(addDays(from, days)).toEqual(expected);
});

test.each([
  ['Asia/Ho_Chi_Minh', Date.UTC(2025, 9, 25, 2), 420],
  ['Asia/Baku', Date.UTC(2025, 4, 7, 8), 240],
  ['America/New_York', Date.UTC(2025, 11, 15, 12), -300],
  ['America/New_York', Date.UTC(2025, 6, 15, 12), -240],
  ['Asia/Kathmandu', Date.UTC(2025, 6, 15, 12), 345],
  ['UTC', Date.UTC(2025, 6, 15, 12), 0],
])('zoneOffsetMinutes(%s) at %i is %i', (timeZone, instant, expected) => {
  expect(zoneOffsetMinutes(timeZone, instant)).toBe(expected);
});

test.each([
  ['Asia/Baku', true],
  ['Asia/Ho_Chi_Minh', true],
  ['UTC', true],
  ['Mars/Olympus_Mons', false],
  ['', false],
])('isTimeZone(%j) is %s', (value, expected) => {
  expect(isTimeZone(value)).toBe(expected);
  expect(isTimeZone(value)).toBe(expected);
});

test('zoneOffsetMinutes follows New York across the switch to summer time', () => {
  expect(zoneOffsetMinutes('America/New_York', Date.UTC(2025, 2, 9, 6))).toBe(
    -300,
  );
  expect(zoneOffsetMinutes('America/New_York', Date.UTC(2025, 2, 9, 7))).toBe(
    -240,
  );
});

test.each([
  ['Asia/Ho_Chi_Minh', day(2025, 10, 26), Date.UTC(2025, 9, 25, 17)],
  ['Asia/Baku', day(2025, 5, 7), Date.UTC(2025, 4, 6, 20)],
  ['America/New_York', day(2025, 12, 1), Date.UTC(2025, 11, 1, 5)],
  ['America/New_York', day(2025, 7, 1), Date.UTC(2025, 6, 1, 4)],
  ['America/New_York', day(2025, 3, 9), Date.UTC(2025, 2, 9, 5)],
  ['America/New_York', day(2025, 11, 2), Date.UTC(2025, 10, 2, 4)],
  ['UTC', day(2025, 10, 26), Date.UTC(2025, 9, 26)],
])(
  'startOfDayIn(%s) gives local midnight',
  (timeZone, calendarDay, instant) => {
    expect(startOfDayIn(calendarDay, timeZone)).toBe(instant);
  },
);

test('startOfDayIn on a day whose midnight is skipped (America/Santiago, 2025-09-07) is its first instant, not one of the day before', () => {
  // Chile moves its clocks from 00:00 to 01:00 on 7 September 2025, so the
  // day begins at 01:00 -03:00 (04:00 UTC). 03:00 UTC is 23:00 on 6 September.
  expect(startOfDayIn(day(2025, 9, 7), 'America/Santiago')).toBe(
    Date.UTC(2025, 8, 7, 4),
  );
});

test('toInstantInterval of a timed point is that instant', () => {
  expect(
    toInstantInterval(
      parsed('2025-10-25T09:00:00+07:00'),
      null,
      'Asia/Ho_Chi_Minh',
    ),
  ).toEqual({
    start: Date.UTC(2025, 9, 25, 2),
    end: Date.UTC(2025, 9, 25, 2),
  });
});

test('toInstantInterval of a timed range runs from instant to instant', () => {
  expect(
    toInstantInterval(
      parsed('2025-05-07T10:00:00+04:00'),
      parsed('2025-05-07T12:30:00+04:00'),
      'Asia/Baku',
    ),
  ).toEqual({
    start: Date.UTC(2025, 4, 7, 6),
    end: Date.UTC(2025, 4, 7, 8, 30),
  });
});

test('toInstantInterval of a day covers the whole day in the event zone', () => {
  expect(
    toInstantInterval(parsed('2025-10-26'), null, 'Asia/Ho_Chi_Minh'),
  ).toEqual({
    start: Date.UTC(2025, 9, 25, 17),
    end: Date.UTC(2025, 9, 26, 17),
  });
});

test('toInstantInterval of a day west of Greenwich starts on that day there', () => {
  expect(
    toInstantInterval(parsed('2025-10-26'), null, 'America/New_York'),
  ).toEqual({
    start: Date.UTC(2025, 9, 26, 4),
    end: Date.UTC(2025, 9, 27, 4),
  });
});

test('toInstantInterval of several days ends at the midnight after the last', () => {
  expect(
    toInstantInterval(parsed('2025-05-07'), parsed('2025-05-08'), 'Asia/Baku'),
  ).toEqual({
    start: Date.UTC(2025, 4, 6, 20),
    end: Date.UTC(2025, 4, 8, 20),
  });
});

test.each([
  [
    'May in Hanoi',
    '2025-05',
    'Asia/Ho_Chi_Minh',
    Date.UTC(2025, 3, 30, 17),
    Date.UTC(2025, 4, 31, 17),
  ],
  [
    'December in New York, into the next year',
    '2025-12',
    'America/New_York',
    Date.UTC(2025, 11, 1, 5),
    Date.UTC(2026, 0, 1, 5),
  ],
  [
    'a leap February in Baku',
    '2024-02',
    'Asia/Baku',
    Date.UTC(2024, 0, 31, 20),
    Date.UTC(2024, 1, 29, 20),
  ],
])(
  'toInstantInterval of a month covers all of %s',
  (_name, value, timeZone, start, end) => {
    expect(toInstantInterval(parsed(value), null, timeZone)).toEqual({
      start,
      end,
    });
  },
);

/** The calendar day an instant falls on in a zone. */
function localDayOf(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

test.each([
  'America/Santiago',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'Asia/Ho_Chi_Minh',
])(
  'startOfDayIn(%s) is the first instant of every day of 2024–2025, clock changes included',
  (timeZone) => {
    for (let utc = Date.UTC(2024, 0, 1); utc < Date.UTC(2026, 0, 1);) {
      const date = new Date(utc);
      const calendar = day(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
      );
      const start = startOfDayIn(calendar, timeZone);
      const label = formatCalendarDay(calendar);
      expect(localDayOf(start, timeZone), label).toBe(label);
      expect(localDayOf(start - 60_000, timeZone), label).not.toBe(label);
      utc += 24 * 60 * 60 * 1000;
    }
  },
);

test('formatCalendarDay writes ISO 8601 dates, padding every part', () => {
  expect(formatCalendarDay(day(2025, 10, 25))).toBe('2025-10-25');
  expect(formatCalendarDay(day(987, 3, 9))).toBe('0987-03-09');
  expect(formatCalendarDay(day(2025, 12, 31))).toBe('2025-12-31');
});
