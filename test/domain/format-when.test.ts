import { expect, test } from 'vitest';

import type { EventSummary } from '@/domain/event';
import { formatEventDate } from '@/domain/format-when';

type Dates = Pick<EventSummary, 'start' | 'end' | 'timeZone'>;

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

test('a timed event shows its local time, day and offset, whatever the machine zone', () => {
  const text = formatEventDate({
    start: '2025-10-25T09:00:00+07:00',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  expect(text).toContain('09:00');
  expect(text).toContain('25 Oct 2025');
  expect(text).toContain('GMT+7');
});

test('a timed event late in the local evening stays on its local day', () => {
  const text = formatEventDate({
    start: '2025-05-07T23:30:00+04:00',
    end: null,
    timeZone: 'Asia/Baku',
  });
  expect(text).toContain('23:30');
  expect(text).toContain('7 May 2025');
  expect(text).toContain('GMT+4');
});

test('a day in a zone west of Greenwich shows that day, never the one before', () => {
  const text = formatEventDate({
    start: '2025-10-26',
    end: null,
    timeZone: 'America/New_York',
  });
  expect(text).toContain('26 Oct 2025');
  expect(text).not.toMatch(/\b25\b/);
});

test('a day shows no time of day', () => {
  const text = formatEventDate({
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  expect(text).not.toMatch(/\d{2}:\d{2}/);
  expect(text).not.toContain('GMT');
});

test('a two-day range names each day once and the month and year at the end', () => {
  const text = formatEventDate({
    start: '2025-05-07',
    end: '2025-05-08',
    timeZone: 'Asia/Baku',
  });
  expect(text).toContain('8 May 2025');
  expect(countOf(text, /\b7\b/g)).toBe(1);
  expect(countOf(text, /\b8\b/g)).toBe(1);
  expect(countOf(text, /2025/g)).toBe(1);
  expect(text.indexOf('7')).toBeLessThan(text.indexOf('8 May 2025'));
});

test('a month says the month and that the day is not known', () => {
  const text = formatEventDate({
    start: '2025-05',
    end: null,
    timeZone: 'Asia/Baku',
  });
  expect(text).toContain('May 2025');
  expect(text).toContain('day not known');
});

test.each<[string, Dates, string]>([
  [
    'an unreadable start',
    { start: 'spring 2025', end: null, timeZone: 'Asia/Baku' },
    'spring 2025',
  ],
  [
    'an impossible date',
    { start: '2025-02-30', end: null, timeZone: 'Asia/Baku' },
    '2025-02-30',
  ],
  [
    'an unreadable end',
    { start: '2025-05-07', end: 'later', timeZone: 'Asia/Baku' },
    '2025-05-07 – later',
  ],
])('%s is shown as it came', (_name, dates, expected) => {
  expect(formatEventDate(dates)).toBe(expected);
});

test('a date the sources do not settle says so, a range as one day within it', () => {
  expect(
    formatEventDate({
      start: '2025-10-26',
      end: null,
      dateUncertain: true,
      timeZone: 'Asia/Ho_Chi_Minh',
    }),
  ).toBe('Sun, 26 Oct 2025 (date uncertain)');
  const twoDays = {
    start: '2025-10-25',
    end: '2025-10-26',
    timeZone: 'Asia/Ho_Chi_Minh',
  };
  expect(formatEventDate({ ...twoDays, dateUncertain: true })).toBe(
    `${formatEventDate(twoDays)} (one day, not known which)`,
  );
  // Up to a month: the range to its last day, without "days not known".
  const upToMarch = formatEventDate({
    start: '2025-11-19',
    end: '2026-03',
    dateUncertain: true,
    timeZone: 'America/New_York',
  });
  expect(upToMarch).toMatch(
    /^Wed, 19 Nov 2025.+Tue, 31 Mar 2026 \(one day, not known which\)$/,
  );
  expect(upToMarch).not.toContain('days not known');
});

test('a date uncertain in Vietnamese and Hindi is worded by the caller', () => {
  const wording = {
    dayNotKnown: (month: string) => `${month}, không rõ ngày`,
    daysNotKnown: (range: string) => `${range}, không rõ ngày cụ thể`,
    dateUncertain: (date: string) => `${date} (ngày chưa chắc chắn)`,
    oneDayWithin: (range: string) => `${range} (một ngày)`,
  };
  const text = formatEventDate(
    {
      start: '2025-10-25',
      end: '2025-10-26',
      dateUncertain: true,
      timeZone: 'Asia/Ho_Chi_Minh',
    },
    'vi-VN',
    wording,
  );
  expect(text).toMatch(/ \(một ngày\)$/);
  expect(text).toMatch(/2025/);
});
