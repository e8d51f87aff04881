import { expect, test } from 'vitest';

import { parseEventParams } from '../../mocks/api/event-params';
import { createEventIndex } from '../../mocks/api/event-index';
import { queryEvents } from '../../mocks/api/query-events';
import { queryTimeline } from '../../mocks/api/query-timeline';
import { parseTimelineParams } from '../../mocks/api/timeline-params';
import { events } from '../../mocks/data/events';
import { scenarioData } from '../../mocks/data/scenario';
import { EVENT_TYPES, type TimelineSlice } from '../../src/domain/event';
import { laneOf } from '../../src/features/timeline/to-timeline-items';

const index = createEventIndex(events);

function slice(query: string, over = index): TimelineSlice {
  const parsed = parseTimelineParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error.error.message);
  return queryTimeline(over, parsed.value);
}

function ids(result: TimelineSlice): string[] {
  return result.items.map((item) => item.id);
}

function windowQuery(start: string, end: string): string {
  return new URLSearchParams({ start, end }).toString();
}

function sumOf(result: TimelineSlice): number {
  return result.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
}

const EXTENT = {
  // 24 December 2024 in New York, to the end of July 2026 there (Canada's
  // signature, whose day is not known).
  start: '2024-12-24T05:00:00.000Z',
  end: '2026-08-01T03:59:59.999Z',
};

function parsedEvents(query: string) {
  const parsed = parseEventParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error.error.message);
  return parsed.params;
}

test('without a window every match comes as items, over the extent', () => {
  expect(slice('')).toEqual({
    window: EXTENT,
    total: events.length,
    items: queryEvents(index, parsedEvents('')).items,
    clusters: [],
    extent: EXTENT,
  });
});

test('items are summaries sorted by start, then id', () => {
  const items = slice('').items;
  expect(items[0]?.id).toBe('unga-adoption-2024-12-24');
  expect(items[1]?.id).toBe('mps-az-baku-agreements-2025-05');
  expect(items[0]).not.toHaveProperty('participants');
});

test('the window is echoed in UTC', () => {
  expect(
    slice(windowQuery('2025-10-26T00:00:00+07:00', '2025-10-27T00:00+07:00'))
      .window,
  ).toEqual({
    start: '2025-10-25T17:00:00.000Z',
    end: '2025-10-26T17:00:00.000Z',
  });
});

// quang-poland-2025-10-27 is the whole of 27 October in Hanoi (UTC+7):
// [2025-10-26T17:00Z, 2025-10-27T17:00Z).
test.each([
  { start: '2025-10-26T16:00:00Z', end: '2025-10-26T17:00:00Z', shown: true },
  {
    start: '2025-10-26T16:00:00Z',
    end: '2025-10-26T16:59:59.999Z',
    shown: false,
  },
  {
    start: '2025-10-27T16:59:59.999Z',
    end: '2025-10-28T00:00:00Z',
    shown: true,
  },
  { start: '2025-10-27T17:00:00Z', end: '2025-10-28T00:00:00Z', shown: false },
  { start: '2025-10-27T10:00:00Z', end: '2025-10-27T11:00:00Z', shown: true },
])('a day event overlaps [$start, $end]: $shown', ({ start, end, shown }) => {
  expect(
    ids(slice(windowQuery(start, end))).includes('quang-poland-2025-10-27'),
  ).toBe(shown);
});

test('a timed event is its instant', () => {
  const id = 'hanoi-convention-opening-2025-10-25'; // 09:00 in Hanoi, 02:00Z
  const at = (start: string, end: string) =>
    ids(slice(windowQuery(start, end))).includes(id);
  expect(at('2025-10-25T01:00:00Z', '2025-10-25T02:00:00Z')).toBe(true);
  expect(at('2025-10-25T02:00:00Z', '2025-10-25T03:00:00Z')).toBe(true);
  expect(at('2025-10-25T01:00:00Z', '2025-10-25T01:59:59Z')).toBe(false);
  expect(at('2025-10-25T02:00:01Z', '2025-10-25T03:00:00Z')).toBe(false);
});

test('a range is in every window that meets any of its days', () => {
  // 7 and 8 May 2025 in Baku (UTC+4): [6 May 20:00Z, 8 May 20:00Z).
  const id = 'baku-state-visit-2025-05-07';
  const at = (start: string, end: string) =>
    ids(slice(windowQuery(start, end))).includes(id);
  expect(at('2025-05-08T12:00:00Z', '2025-05-08T13:00:00Z')).toBe(true);
  expect(at('2025-05-08T19:59:59Z', '2025-05-09T00:00:00Z')).toBe(true);
  expect(at('2025-05-08T20:00:00Z', '2025-05-09T00:00:00Z')).toBe(false);
  expect(at('2025-05-01T00:00:00Z', '2025-05-06T19:59:59Z')).toBe(false);
});

test('a month-precision event is in every window that meets its month', () => {
  // May 2025 in Baku (UTC+4): [30 April 20:00Z, 31 May 20:00Z).
  const id = 'mps-az-baku-agreements-2025-05';
  const at = (start: string, end: string) =>
    ids(slice(windowQuery(start, end))).includes(id);
  expect(at('2025-05-20T00:00:00Z', '2025-05-20T01:00:00Z')).toBe(true);
  expect(at('2025-04-30T19:00:00Z', '2025-04-30T20:00:00Z')).toBe(true);
  expect(at('2025-04-30T19:00:00Z', '2025-04-30T19:59:59Z')).toBe(false);
  expect(at('2025-05-31T19:59:59Z', '2025-06-10T00:00:00Z')).toBe(true);
  expect(at('2025-05-31T20:00:00Z', '2025-06-10T00:00:00Z')).toBe(false);
});

test('the window keeps what /api/events keeps for the same instants', () => {
  const bounds = [
    ['2025-05-07T00:00:00Z', '2025-05-07T23:00:00Z'],
    ['2025-10-25T00:00:00+07:00', '2025-10-25T12:00:00+07:00'],
    ['2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  ] as const;
  for (const [start, end] of bounds) {
    const expected = queryEvents(
      index,
      parsedEvents(new URLSearchParams({ from: start, to: end }).toString()),
    );
    const result = slice(windowQuery(start, end));
    expect(ids(result)).toEqual(expected.items.map((item) => item.id));
    expect(result.total).toBe(expected.total);
  }
});

test('the extent covers every match, not just the window', () => {
  const result = slice(
    `party=AZ&${windowQuery('2025-10-01T00:00:00Z', '2025-11-01T00:00:00Z')}`,
  );
  expect(ids(result)).toEqual([
    'signature-az-2025-10-25',
    'quang-azerbaijan-2025-10-26',
  ]);
  expect(result.total).toBe(2);
  expect(result.extent).toEqual({
    start: '2025-04-30T20:00:00.000Z', // May 2025 in Baku
    end: '2026-02-23T19:59:59.999Z', // the end of 23 February 2026 in Baku
  });
});

test.each([
  {
    query: 'party=LA',
    expected: [
      'signature-la-2025-10-25',
      'hanoi-convention-opening-2025-10-25',
      'new-york-reception-2025-11-17',
    ],
  },
  {
    query: 'type=state-visit',
    expected: [
      'baku-state-visit-2025-05-07',
      'ramaphosa-state-visit-2025-10-23',
    ],
  },
  {
    query: 'verification=disputed',
    expected: [
      'signature-my-2025-10-25',
      'signature-ug-2025-10-25-to-2025-10-26',
    ],
  },
  {
    // Fiji's signature, of a day between 19 November 2025 and March 2026,
    // is among them.
    query: 'from=2026-01-01',
    expected: [
      'signature-fj-2025-11-19-to-2026-03',
      'vienna-rules-of-procedure-2026-01-26',
      'vienna-side-seminar-2026-01-26',
      'civil-society-statement-2026-01-27',
      'qatar-ratifies-2026-02',
      'azerbaijan-parliament-approves-2026-02-10',
      'azerbaijan-president-approves-2026-02-23',
      'signature-ca-2026-07',
    ],
  },
  { query: 'to=2024-12-31', expected: ['unga-adoption-2024-12-24'] },
  { query: 'q=ericsson', expected: ['quang-ericsson-2025-10-26'] },
  {
    query: 'type=agreement&party=PL',
    expected: ['quang-poland-2025-10-27'],
  },
  {
    query: 'party=AZ&type=state-visit',
    expected: ['baku-state-visit-2025-05-07'],
  },
  { query: 'party=NOWHERE', expected: [] },
])('filters apply: $query', ({ query, expected }) => {
  const result = slice(query);
  expect(ids(result)).toEqual(expected);
  expect(result.total).toBe(expected.length);
});

test('no match: no items, no extent, and no window unless one was asked', () => {
  expect(slice('party=NOWHERE')).toEqual({
    window: null,
    total: 0,
    items: [],
    clusters: [],
    extent: null,
  });
  const window = windowQuery('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z');
  expect(slice(window)).toEqual({
    window: {
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-02-01T00:00:00.000Z',
    },
    total: 0,
    items: [],
    clusters: [],
    extent: EXTENT,
  });
});

test('up to max events come as items, more as clusters', () => {
  const all = events.length;
  expect(slice(`max=${all}`).items).toHaveLength(all);
  expect(slice(`max=${all}`).clusters).toEqual([]);
  const clustered = slice(`max=${all - 1}`);
  expect(clustered.items).toEqual([]);
  expect(clustered.total).toBe(all);
  expect(sumOf(clustered)).toBe(all);
  expect(clustered.clusters.length).toBeLessThanOrEqual(all - 1);
});

const OCTOBER_26 = windowQuery(
  '2025-10-26T00:00:00+07:00',
  '2025-10-27T00:00:00+07:00',
);

/** The meetings and ceremonies of 26 October: the signatures left out. */
const MEETINGS = 'type=bilateral-meeting&type=ceremony';

test('clusters count events per bucket of the window and type lane', () => {
  // 26 October in Hanoi in 4 buckets of 6 hours. Its day events start at
  // its first instant; the Polish meeting of the 27th starts on the
  // window's (inclusive) end, in the last bucket.
  const result = slice(`max=3&buckets=4&${MEETINGS}&${OCTOBER_26}`);
  expect(result.total).toBe(8);
  expect(result.items).toEqual([]);
  expect(result.clusters).toEqual([
    {
      lane: 'bilateral-meeting',
      count: 6,
      start: '2025-10-25T17:00:00.000Z',
      end: '2025-10-25T23:00:00.000Z',
    },
    {
      lane: 'ceremony',
      count: 1,
      start: '2025-10-25T17:00:00.000Z',
      end: '2025-10-25T23:00:00.000Z',
    },
    {
      lane: 'bilateral-meeting',
      count: 1,
      start: '2025-10-26T11:00:00.000Z',
      end: '2025-10-26T17:00:00.000Z',
    },
  ]);
});

test('the example of docs/api.md', () => {
  const asked = `${OCTOBER_26}&buckets=4`;
  // The six meetings and day 2 of the 26th; the seven signatures of the
  // 26th or of "25 or 26 October", which began before the window and count
  // in its first bucket; the Netherlands' statement, whose day in Amsterdam
  // begins at 22:00 UTC; and the Polish meeting of the 27th, on the end.
  expect(slice(`${asked}&max=5`)).toEqual({
    window: {
      start: '2025-10-25T17:00:00.000Z',
      end: '2025-10-26T17:00:00.000Z',
    },
    total: 16,
    items: [],
    clusters: [
      {
        lane: 'bilateral-meeting',
        count: 6,
        start: '2025-10-25T17:00:00.000Z',
        end: '2025-10-25T23:00:00.000Z',
      },
      {
        lane: 'ceremony',
        count: 1,
        start: '2025-10-25T17:00:00.000Z',
        end: '2025-10-25T23:00:00.000Z',
      },
      {
        lane: 'signature',
        count: 7,
        start: '2025-10-25T17:00:00.000Z',
        end: '2025-10-25T23:00:00.000Z',
      },
      {
        lane: 'statement',
        count: 1,
        start: '2025-10-25T17:00:00.000Z',
        end: '2025-10-25T23:00:00.000Z',
      },
      {
        lane: 'bilateral-meeting',
        count: 1,
        start: '2025-10-26T11:00:00.000Z',
        end: '2025-10-26T17:00:00.000Z',
      },
    ],
    extent: EXTENT,
  });
  expect(slice(`${asked}&max=16`)).toMatchObject({ total: 16, clusters: [] });
  expect(slice(`${asked}&max=16`).items).toHaveLength(16);
});

test('too many cells merge buckets until at most max are left', () => {
  const result = slice(`max=2&buckets=4&${MEETINGS}&${OCTOBER_26}`);
  expect(result.clusters).toEqual([
    {
      lane: 'bilateral-meeting',
      count: 7,
      start: '2025-10-25T17:00:00.000Z',
      end: '2025-10-26T17:00:00.000Z',
    },
    {
      lane: 'ceremony',
      count: 1,
      start: '2025-10-25T17:00:00.000Z',
      end: '2025-10-26T17:00:00.000Z',
    },
  ]);
});

test('an event that began before the window counts in its first bucket', () => {
  // On 8 May at noon UTC the state visit of 7–8 May in Baku is under way,
  // and so is May in Baku, the month of the agreements reached there.
  const result = slice(
    `max=1&buckets=10&type=state-visit&type=agreement&${windowQuery('2025-05-08T12:00:00Z', '2025-05-09T12:00:00Z')}`,
  );
  expect(result.total).toBe(2);
  expect(result.clusters).toEqual([
    {
      lane: 'agreement',
      count: 1,
      start: '2025-05-08T12:00:00.000Z',
      end: '2025-05-09T12:00:00.000Z',
    },
    {
      lane: 'state-visit',
      count: 1,
      start: '2025-05-08T12:00:00.000Z',
      end: '2025-05-09T12:00:00.000Z',
    },
  ]);
});

test('counterpart lanes are the lanes the client draws the events in', () => {
  const result = slice('max=1&buckets=1&lane=counterpart');
  const expected = new Map<string, number>();
  for (const event of events) {
    const lane = laneOf(event, 'counterpart');
    expected.set(lane, (expected.get(lane) ?? 0) + 1);
  }
  expect(
    new Map(result.clusters.map((cluster) => [cluster.lane, cluster.count])),
  ).toEqual(expected);
  // The adoption, the notice of the opening for signature, the opening,
  // day 2 and the Vienna meeting.
  expect(expected.get('UN')).toBe(5);
  // Vietnam is a lane only where it is the only party: its own signature
  // and the "Road to Hanoi" event.
  expect(expected.get('VN')).toBe(2);
});

test('focal names the side whose counterparts make the lanes', () => {
  const lanes = (query: string) =>
    slice(`max=1&buckets=1&lane=counterpart&party=AZ&${query}`).clusters.map(
      (cluster) => cluster.lane,
    );
  expect(lanes('focal=VN')).toEqual(['AZ']);
  // Azerbaijan's own signature and approvals have no other side: their lane
  // is Azerbaijan itself.
  expect(lanes('focal=AZ')).toEqual(['AZ', 'VN']);
});

test('type lanes ignore focal', () => {
  expect(slice('max=1&buckets=1&focal=AZ')).toEqual(slice('max=1&buckets=1'));
});

const large = scenarioData(10_000).events;
const synthetic = createEventIndex(large);

test('an overview of 10,000 events is at most max clusters summing to the total', () => {
  for (const lane of ['type', 'counterpart']) {
    const result = slice(`lane=${lane}`, synthetic);
    expect(result.total).toBe(10_000 + events.length);
    expect(result.items).toEqual([]);
    expect(result.clusters.length).toBeGreaterThan(0);
    expect(result.clusters.length).toBeLessThanOrEqual(500);
    expect(sumOf(result)).toBe(result.total);
    expect(result.window).toEqual(result.extent);
  }
  const lanes = new Set(slice('', synthetic).clusters.map((c) => c.lane));
  expect([...lanes].sort()).toEqual([...EVENT_TYPES].sort());
});

test('with 10,000 events a window asks for its events only', () => {
  const year = windowQuery('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  const result = slice(`max=1000&buckets=100&${year}`, synthetic);
  expect(result.total).toBeGreaterThan(500);
  expect(result.total).toBeLessThan(1000);
  expect(result.items).toHaveLength(result.total);
  const small = slice(`max=50&buckets=100&${year}`, synthetic);
  expect(small.total).toBe(result.total);
  expect(small.clusters.length).toBeLessThanOrEqual(50);
  expect(sumOf(small)).toBe(result.total);
  for (const cluster of small.clusters) {
    expect(cluster.start >= '2020-01-01T00:00:00.000Z').toBe(true);
    expect(cluster.end <= '2021-01-01T00:00:00.000Z').toBe(true);
  }
});

test('with 10,000 events counterpart lanes still match the client', () => {
  const result = slice('max=1&buckets=1&lane=counterpart', synthetic);
  const expected = new Map<string, number>();
  for (const event of large) {
    const lane = laneOf(event, 'counterpart');
    expected.set(lane, (expected.get(lane) ?? 0) + 1);
  }
  expect(
    new Map(result.clusters.map((cluster) => [cluster.lane, cluster.count])),
  ).toEqual(expected);
});
