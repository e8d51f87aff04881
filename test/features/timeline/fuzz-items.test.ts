/**
 * Property-based checks: any event the API schema accepts, however odd its
 * text and dates, becomes a drawable timeline item with a readable date.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';

import { eventSummarySchema } from '@/api/schemas';
import { EVENT_TYPES, type EventSummary, VERIFICATIONS } from '@/domain/event';
import { formatEventDate } from '@/domain/format-when';
import { parseWhen, toInstantInterval } from '@/domain/when';
import { fitWindow } from '@/features/timeline/fit-window';
import { createItemContent } from '@/features/timeline/item-content';
import {
  type TimelineItemModel,
  toTimelineItem,
} from '@/features/timeline/to-timeline-items';
import { ENGLISH_WORDS } from '../../english';

const TIME_ZONES = [
  'UTC',
  'Asia/Ho_Chi_Minh',
  'Asia/Baku',
  'Asia/Kathmandu',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Pacific/Pago_Pago',
  'Pacific/Kiritimati',
  'Australia/Lord_Howe',
] as const;

const UNCERTAIN_MARK = ' (date uncertain)';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Markup, entities and code points that break naive HTML or text handling. */
const tricky = fc.constantFrom(
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '</span><b>bold</b>',
  '&amp;&lt;&#x27;',
  '"\'`',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\r\n\t',
  ' ',
);

/** Any string: full Unicode, lone surrogates and HTML-like text included. */
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })),
  }),
);

const nonEmptyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    tricky,
  ),
  minLength: 1,
});

type CalendarDay = { year: number; month: number; day: number };

function formatDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const calendarDay: fc.Arbitrary<CalendarDay> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({
    year,
    month,
    day: Math.min(day, daysInMonth(year, month)),
  }));

/** 'Z' or an offset from -12:00 to +14:00. */
const offset = fc.oneof(
  fc.constant('Z'),
  fc.integer({ min: -12 * 60, max: 14 * 60 }).map((minutes) => {
    const sign = minutes < 0 ? '-' : '+';
    const size = Math.abs(minutes);
    return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
  }),
);

/** A timed When on a given day. */
function minuteWhenOn(day: fc.Arbitrary<CalendarDay>): fc.Arbitrary<string> {
  return fc
    .record({
      day,
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      offset,
    })
    .map(({ day, hour, minute, second, offset }) => {
      const seconds = second === undefined ? '' : `:${pad(second)}`;
      return `${formatDay(day)}T${pad(hour)}:${pad(minute)}${seconds}${offset}`;
    });
}

const minuteWhen = minuteWhenOn(calendarDay);

const dayWhen = calendarDay.map(formatDay);

const monthWhen = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ year, month }) => `${pad(year, 4)}-${pad(month)}`);

const when = fc.oneof(minuteWhen, dayWhen, monthWhen);

/**
 * The first instant a When covers in the event's zone: how the project's own
 * data test orders start and end (test/mocks/data.test.ts).
 */
function firstInstant(value: string, timeZone: string): number {
  const parsed = parseWhen(value);
  if (!parsed) throw new Error(`the generator made a bad When: ${value}`);
  return toInstantInterval(parsed, null, timeZone).start;
}

/**
 * A When in the same month as `value`, or on its day: independent dates are
 * years apart, and the edge cases of a range are where start and end meet.
 */
function whenNear(value: string): fc.Arbitrary<string> {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const dayInMonth = fc
    .integer({ min: 1, max: daysInMonth(year, month) })
    .map((day) => ({ year, month, day }));
  const near = [
    fc.constant(value.slice(0, 7)),
    dayInMonth.map(formatDay),
    minuteWhenOn(dayInMonth),
  ];
  if (value.length >= 10) {
    const sameDay = fc.constant({
      year,
      month,
      day: Number(value.slice(8, 10)),
    });
    near.push(sameDay.map(formatDay), minuteWhenOn(sameDay));
  }
  return fc.oneof(...near);
}

/** A start, and an end that is null or not before it. */
const dates = fc
  .record({ first: when, timeZone: fc.constantFrom(...TIME_ZONES) })
  .chain(({ first, timeZone }) =>
    fc.option(fc.oneof(when, whenNear(first)), { nil: null }).map((second) => {
      if (second === null) return { start: first, end: null, timeZone };
      const inOrder =
        firstInstant(first, timeZone) <= firstInstant(second, timeZone);
      return inOrder
        ? { start: first, end: second, timeZone }
        : { start: second, end: first, timeZone };
    }),
  );

const eventSummary: fc.Arbitrary<EventSummary> = fc
  .record({
    id: nonEmptyText,
    title: text,
    type: fc.constantFrom(...EVENT_TYPES),
    dates,
    place: fc.record({ name: text, city: text, country: nonEmptyText }),
    parties: fc.array(nonEmptyText, { maxLength: 4 }),
    summary: text,
    verification: fc.constantFrom(...VERIFICATIONS),
  })
  .map(({ dates: { start, end, timeZone }, ...rest }) => ({
    ...rest,
    start,
    end,
    timeZone,
  }));

function itemOf(event: EventSummary): TimelineItemModel {
  const item = toTimelineItem(event);
  if (!item) throw new Error(`no item for ${JSON.stringify(event)}`);
  return item;
}

/** An event with only its dates of interest. */
function rangeEvent(
  start: string,
  end: string,
  timeZone: string,
): EventSummary {
  return {
    id: `range-${start}-${end}`,
    title: `From ${start} to ${end}`,
    type: 'bilateral-meeting',
    start,
    end,
    timeZone,
    place: { name: 'Hall', city: 'City', country: 'VN' },
    parties: ['VN'],
    summary: '',
    verification: 'verified',
  };
}

/**
 * Valid ranges that used to come out inverted (regression examples), at
 * least one of them in every viewer zone: the app places a day at the
 * viewer's own midnight, but a timed value at its instant.
 */
const INVERTED_RANGES = [
  // Ends 05:00 on the 26th in Hanoi (2025-10-25T22:00Z), but drawn from the
  // viewer's midnight of the 26th: inverted west of UTC+02.
  rangeEvent('2025-10-26', '2025-10-26T05:00+07:00', 'Asia/Ho_Chi_Minh'),
  // Ends 00:30 on the 26th in Kiritimati (2025-10-25T10:30Z): inverted west
  // of UTC+13:30.
  rangeEvent('2025-10-26', '2025-10-26T00:30+14:00', 'Pacific/Kiritimati'),
  // Starts 23:30 on the 25th in Pago Pago (2025-10-26T10:30Z), before its
  // day 26 begins there (11:00Z), but ends at the viewer's midnight after
  // the 26th: inverted east of UTC+13:30.
  rangeEvent('2025-10-25T23:30-11:00', '2025-10-26', 'Pacific/Pago_Pago'),
];

test('the inverted examples are valid events whose end is not before their start', () => {
  for (const event of INVERTED_RANGES) {
    expect(eventSummarySchema.safeParse(event).success).toBe(true);
    if (event.end === null) throw new Error('an example without an end');
    expect(firstInstant(event.end, event.timeZone)).toBeGreaterThanOrEqual(
      firstInstant(event.start, event.timeZone),
    );
  }
});

test('the generated events are ones the API schema accepts', () => {
  fc.assert(
    fc.property(eventSummary, (event) => {
      const parsed = eventSummarySchema.safeParse(event);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(event);
    }),
    { numRuns: 300 },
  );
});

test('the generator covers every pair of precisions for start and end', () => {
  const precisionOf = (value: string) => parseWhen(value)?.precision;
  const pairs = new Set(
    fc
      .sample(eventSummary, { numRuns: 1000, seed: 42 })
      .map(
        (event) =>
          `${String(precisionOf(event.start))}-${event.end === null ? 'none' : String(precisionOf(event.end))}`,
      ),
  );
  expect([...pairs].sort()).toEqual([
    'day-day',
    'day-minute',
    'day-month',
    'day-none',
    'minute-day',
    'minute-minute',
    'minute-month',
    'minute-none',
    'month-day',
    'month-minute',
    'month-month',
    'month-none',
  ]);
});

test('any valid event becomes an item with finite dates, without throwing', () => {
  fc.assert(
    fc.property(eventSummary, (event) => {
      const item = toTimelineItem(event);
      expect(item).not.toBeNull();
      expect(Number.isFinite(item?.start.getTime())).toBe(true);
      // A point has no end; a range, or a month (uncertain), has one.
      const hasEnd = event.end !== null || item?.kind === 'uncertain';
      expect(item?.end === null).toBe(!hasEnd);
      if (item?.end) expect(Number.isFinite(item.end.getTime())).toBe(true);
      expect(item?.label).toBe(event.title);
    }),
    { numRuns: 300 },
  );
});

test('an item never ends before it starts', () => {
  fc.assert(
    fc.property(eventSummary, (event) => {
      const item = itemOf(event);
      if (item.end === null) return;
      expect(item.start.getTime()).toBeLessThanOrEqual(item.end.getTime());
    }),
    {
      numRuns: 300,
      examples: INVERTED_RANGES.map((event) => [event]),
    },
  );
});

test('any valid event has a non-empty date label', () => {
  fc.assert(
    fc.property(eventSummary, (event) => {
      const label = formatEventDate(event);
      expect(label.trim()).not.toBe('');
      expect(itemOf(event).dateLabel).toBe(label);
    }),
    { numRuns: 300 },
  );
});

test('any title is drawn as literal text, never as markup', () => {
  fc.assert(
    fc.property(eventSummary, (event) => {
      const item = itemOf(event);
      const element = createItemContent(item, ENGLISH_WORDS);
      const isUncertain = item.kind === 'uncertain';
      expect(element.textContent).toBe(
        isUncertain ? `${event.title}${UNCERTAIN_MARK}` : event.title,
      );
      expect(element.textContent.startsWith(event.title)).toBe(true);
      const children = [...element.children];
      expect(children).toHaveLength(isUncertain ? 1 : 0);
      for (const child of children) {
        expect(child.tagName).toBe('SPAN');
        expect(child.className).toBe('tt-item__uncertain');
        expect(child.children).toHaveLength(0);
      }
      expect(element).toHaveAttribute(
        'aria-label',
        `${event.title}, ${item.dateLabel}`,
      );
    }),
    { numRuns: 300 },
  );
});

test('the fitted window is non-empty and holds every item', () => {
  fc.assert(
    fc.property(
      fc.array(eventSummary, { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 4000 }),
      fc.integer({ min: 0, max: 400 }),
      (events, widthPx, labelPx) => {
        const items = events.map(itemOf);
        const window = fitWindow(items, widthPx, labelPx);
        if (!window) throw new Error('no window for a non-empty set of items');
        const start = window.start.getTime();
        const end = window.end.getTime();
        expect(start).toBeLessThan(end);
        for (const item of items) {
          expect(item.start.getTime()).toBeGreaterThanOrEqual(start);
          expect(item.start.getTime()).toBeLessThanOrEqual(end);
          expect((item.end ?? item.start).getTime()).toBeLessThanOrEqual(end);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('no items, no window', () => {
  expect(fitWindow([], 1000, 220)).toBeNull();
});
