import { expect, test } from 'vitest';

import type { EventSummary } from '@/domain/event';
import {
  laneNamer,
  type TimelineItemModel,
  toLanes,
  toTimelineItem,
  toTimelineItems,
} from '@/features/timeline/to-timeline-items';
import { englishT } from '../../english';

function buildEvent(overrides: Partial<EventSummary>): EventSummary {
  return {
    id: 'hanoi-signing-2025-10-25',
    title: 'Signing ceremony of the UN Convention against Cybercrime',
    type: 'ceremony',
    start: '2025-10-25T09:00:00+07:00',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: {
      name: 'National Convention Center',
      city: 'Hanoi',
      country: 'VN',
    },
    parties: ['VN', 'UNODC'],
    summary: 'The convention opens for signature in Hanoi.',
    verification: 'verified',
    ...overrides,
  };
}

function itemOf(event: EventSummary): TimelineItemModel {
  const item = toTimelineItem(event);
  if (!item) throw new Error(`${event.id} gave no item`);
  return item;
}

function localDayOf(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

const nameOf = (code: string) => `Party ${code}`;

test('a timed event is a point at its exact instant', () => {
  const item = itemOf(buildEvent({}));
  expect(item.kind).toBe('point');
  expect(item.start.getTime()).toBe(Date.UTC(2025, 9, 25, 2, 0));
  expect(item.end).toBeNull();
});

test('an item carries the event id, title, type lane, city, verification and date label', () => {
  const item = itemOf(buildEvent({ verification: 'partly-verified' }));
  expect(item).toMatchObject({
    id: 'hanoi-signing-2025-10-25',
    label: 'Signing ceremony of the UN Convention against Cybercrime',
    group: 'ceremony',
    type: 'ceremony',
    city: 'Hanoi',
    verification: 'partly-verified',
  });
  expect(item.dateLabel).toContain('09:00');
  expect(item.dateLabel).toContain('25 Oct 2025');
});

test.each([
  ['America/New_York', '2025-10-26', [2025, 10, 26]],
  ['Asia/Ho_Chi_Minh', '2025-10-26', [2025, 10, 26]],
  ['Asia/Baku', '2025-01-01', [2025, 1, 1]],
  ['Asia/Baku', '2024-12-31', [2024, 12, 31]],
])(
  'a single day in %s (%s) is a point on that day of the local calendar',
  (timeZone, start, expected) => {
    const item = itemOf(buildEvent({ start, timeZone }));
    expect(item.kind).toBe('point');
    expect(localDayOf(item.start)).toEqual(expected);
    expect(item.end).toBeNull();
  },
);

test('a multi-day event is a range over its whole local days', () => {
  const item = itemOf(
    buildEvent({
      type: 'state-visit',
      start: '2025-05-07',
      end: '2025-05-08',
      timeZone: 'Asia/Baku',
    }),
  );
  expect(item.kind).toBe('range');
  expect(item.start.getTime()).toBe(new Date(2025, 4, 7).getTime());
  expect(item.end?.getTime()).toBe(new Date(2025, 4, 9).getTime());
});

test('a multi-day event ending on 31 December runs to the local new year', () => {
  const item = itemOf(buildEvent({ start: '2025-12-30', end: '2025-12-31' }));
  expect(item.kind).toBe('range');
  expect(item.end?.getTime()).toBe(new Date(2026, 0, 1).getTime());
});

test('a timed range runs from instant to instant', () => {
  const item = itemOf(
    buildEvent({
      start: '2025-05-07T10:00:00+04:00',
      end: '2025-05-07T12:00:00+04:00',
      timeZone: 'Asia/Baku',
    }),
  );
  expect(item.kind).toBe('range');
  expect(item.start.getTime()).toBe(Date.UTC(2025, 4, 7, 6));
  expect(item.end?.getTime()).toBe(Date.UTC(2025, 4, 7, 8));
});

test('a month-precision event is uncertain and covers the whole month', () => {
  const item = itemOf(buildEvent({ start: '2025-05', timeZone: 'Asia/Baku' }));
  expect(item.kind).toBe('uncertain');
  expect(item.start.getTime()).toBe(new Date(2025, 4, 1).getTime());
  expect(item.end?.getTime()).toBe(new Date(2025, 5, 1).getTime());
});

test('a range ending in a month-precision value is uncertain up to that month end', () => {
  const item = itemOf(buildEvent({ start: '2025-05-20', end: '2025-06' }));
  expect(item.kind).toBe('uncertain');
  expect(item.start.getTime()).toBe(new Date(2025, 4, 20).getTime());
  expect(item.end?.getTime()).toBe(new Date(2025, 6, 1).getTime());
});

test.each([
  ['an unreadable start', { start: 'yesterday' }],
  ['an impossible date', { start: '2025-02-29' }],
  ['an unreadable end', { start: '2025-05-07', end: 'soon' }],
  ['a time without an offset', { start: '2025-10-26T09:00' }],
])('an event with %s is dropped, not thrown', (_name, dates) => {
  const events = [
    buildEvent({ id: 'before' }),
    buildEvent({ id: 'broken', ...dates }),
    buildEvent({ id: 'after', start: '2025-10-26' }),
  ];
  expect(toTimelineItems(events).map((item) => item.id)).toEqual([
    'before',
    'after',
  ]);
});

test('an event whose date the sources do not settle is drawn as uncertain', () => {
  const oneOfTwoDays = itemOf(
    buildEvent({ start: '2025-10-25', end: '2025-10-26', dateUncertain: true }),
  );
  expect(oneOfTwoDays.kind).toBe('uncertain');
  expect(localDayOf(oneOfTwoDays.start)).toEqual([2025, 10, 25]);
  expect(localDayOf(oneOfTwoDays.end ?? oneOfTwoDays.start)).toEqual([
    2025, 10, 27,
  ]);
  const likelyDay = itemOf(
    buildEvent({ start: '2025-10-26', dateUncertain: true }),
  );
  expect(likelyDay.kind).toBe('uncertain');
  expect(localDayOf(likelyDay.start)).toEqual([2025, 10, 26]);
  expect(localDayOf(likelyDay.end ?? likelyDay.start)).toEqual([2025, 10, 27]);
  expect(
    itemOf(buildEvent({ start: '2025-10-26', dateUncertain: false })).kind,
  ).toBe('point');
});

test('toLanes by type returns only the types present, in the fixed type order', () => {
  const events = [
    buildEvent({ id: 'a', type: 'bilateral-meeting' }),
    buildEvent({ id: 'b', type: 'agreement' }),
    buildEvent({ id: 'c', type: 'adoption' }),
    buildEvent({ id: 'd', type: 'agreement' }),
  ];
  const lanes = toLanes(
    events.map((event) => event.type),
    'type',
    laneNamer('type', englishT, nameOf),
  );
  expect(lanes.map((lane) => lane.id)).toEqual([
    'adoption',
    'agreement',
    'bilateral-meeting',
  ]);
  expect(lanes.map((lane) => lane.label)).toEqual([
    'UN adoption',
    'Agreements',
    'Bilateral meetings',
  ]);
  const orders = lanes.map((lane) => lane.order);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
  expect(new Set(orders).size).toBe(orders.length);
});

test('toLanes by type of no events is empty', () => {
  expect(toLanes([], 'type', nameOf)).toEqual([]);
});
