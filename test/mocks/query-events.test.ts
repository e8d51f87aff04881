import { normalizeText } from '../../src/domain/normalize-text';
import { expect, test } from 'vitest';

import {
  decodeCursor,
  parseBound,
  type Bound,
  type EventQuery,
} from '../../mocks/api/event-params';
import { createEventIndex } from '../../mocks/api/event-index';
import {
  getEventDetail,
  listParties,
  queryEvents,
} from '../../mocks/api/query-events';
import { events } from '../../mocks/data/events';
import { parties } from '../../mocks/data/parties';
import { eventQuery } from '../fakes/queries';
import {
  type EventDetail,
  type EventPage,
  type EventType,
  eventTypesOf,
  type Verification,
} from '../../src/domain/event';

const index = createEventIndex(events);

type FacetName = keyof EventPage['facets'];
const FACET_NAMES: readonly FacetName[] = ['party', 'type', 'verification'];

const AZ_EVENTS = [
  'mps-az-baku-agreements-2025-05',
  'baku-state-visit-2025-05-07',
  'vn-az-documents-2025-05-07',
  'vn-az-strategic-partnership-2025-05-07',
  'signature-az-2025-10-25',
  'quang-azerbaijan-2025-10-26',
  'azerbaijan-parliament-approves-2026-02-10',
  'azerbaijan-president-approves-2026-02-23',
];

/** Present only when not the default ([] and false). */
const OPTIONAL_SUMMARY_KEYS = ['additionalTypes', 'dateUncertain'];

const SUMMARY_KEYS = [
  'end',
  'id',
  'parties',
  'place',
  'start',
  'summary',
  'timeZone',
  'title',
  'type',
  'verification',
];

function bound(value: string): Bound {
  const parsed = parseBound('from', value);
  if (!parsed.ok) throw new Error(parsed.error.error.message);
  return parsed.value;
}

function query(overrides: Partial<EventQuery> = {}): EventPage {
  return queryEvents(index, eventQuery(overrides));
}

function ids(page: EventPage): string[] {
  return page.items.map((item) => item.id);
}

function eventById(id: string): EventDetail {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

test('without filters every event is returned, sorted by start then id', () => {
  const page = query();
  expect(page.total).toBe(events.length);
  expect(page.nextCursor).toBeNull();
  expect(ids(page)[0]).toBe('unga-adoption-2024-12-24');
  // The month event starts on 1 May, before the visit of 7 May.
  expect(ids(page).slice(1, 5)).toEqual([
    'mps-az-baku-agreements-2025-05',
    'baku-state-visit-2025-05-07',
    'vn-az-documents-2025-05-07',
    'vn-az-strategic-partnership-2025-05-07',
  ]);
  // A whole-day event of the 25th starts before the 09:00 opening.
  const opening = ids(page).indexOf('hanoi-convention-opening-2025-10-25');
  expect(ids(page).indexOf('quang-unodc-2025-10-25')).toBeLessThan(opening);
});

test('items are summaries without the detail fields', () => {
  const items = query().items;
  for (const item of items) {
    const keys = Object.keys(item);
    expect(
      keys.filter((key) => !OPTIONAL_SUMMARY_KEYS.includes(key)).sort(),
    ).toEqual(SUMMARY_KEYS);
  }
  // Both optional fields occur, and only where they say something.
  expect(items.some((item) => item.additionalTypes?.length)).toBe(true);
  expect(items.some((item) => item.dateUncertain === true)).toBe(true);
  expect(items.every((item) => item.additionalTypes?.length !== 0)).toBe(true);
  expect(items.every((item) => item.dateUncertain !== false)).toBe(true);
});

test.each<{ party: string[]; expected: string[] }>([
  { party: ['AZ'], expected: AZ_EVENTS },
  {
    party: ['LA'],
    expected: [
      'signature-la-2025-10-25',
      'hanoi-convention-opening-2025-10-25',
      'new-york-reception-2025-11-17',
    ],
  },
  {
    party: ['LA', 'ERICSSON'],
    expected: [
      'signature-la-2025-10-25',
      'hanoi-convention-opening-2025-10-25',
      'quang-ericsson-2025-10-26',
      'new-york-reception-2025-11-17',
    ],
  },
  { party: ['XX'], expected: [] },
])('party $party matches any of its values', ({ party, expected }) => {
  expect(ids(query({ party }))).toEqual(expected);
});

test.each<{ type: EventType[]; expected: string[] }>([
  { type: ['adoption'], expected: ['unga-adoption-2024-12-24'] },
  {
    type: ['state-visit'],
    expected: [
      'baku-state-visit-2025-05-07',
      'ramaphosa-state-visit-2025-10-23',
    ],
  },
  {
    type: ['adoption', 'state-visit'],
    expected: [
      'unga-adoption-2024-12-24',
      'baku-state-visit-2025-05-07',
      'ramaphosa-state-visit-2025-10-23',
    ],
  },
  {
    type: ['ratification'],
    expected: [
      'qatar-ratifies-2026-02',
      'azerbaijan-parliament-approves-2026-02-10',
      'azerbaijan-president-approves-2026-02-23',
    ],
  },
])('type $type matches any of its values', ({ type, expected }) => {
  expect(ids(query({ type }))).toEqual(expected);
});

test('type matches an additional type as well as the main one', () => {
  const agreements = ids(query({ type: ['agreement'] }));
  expect(agreements).toEqual([
    'mps-az-baku-agreements-2025-05',
    'vn-az-documents-2025-05-07',
    'vn-az-strategic-partnership-2025-05-07',
    'quang-azerbaijan-2025-10-26',
    'quang-poland-2025-10-27',
  ]);
  // Their main type is still a meeting: the lane they are drawn in.
  expect(eventById('quang-poland-2025-10-27').type).toBe('bilateral-meeting');
  expect(ids(query({ type: ['bilateral-meeting'] }))).toContain(
    'quang-poland-2025-10-27',
  );
});

test.each<{ verification: Verification[] }>([
  { verification: ['verified'] },
  { verification: ['disputed'] },
  { verification: ['unverified', 'disputed'] },
])('verification $verification matches any of its values', (row) => {
  const expected = events
    .filter((event) => row.verification.includes(event.verification))
    .map((event) => event.id);
  const page = query(row);
  expect(page.total).toBeGreaterThan(0);
  expect([...ids(page)].sort()).toEqual([...expected].sort());
});

test.each<{ filters: Partial<EventQuery>; expected: string[] }>([
  {
    filters: { party: ['AZ'], type: ['agreement'] },
    expected: [
      'mps-az-baku-agreements-2025-05',
      'vn-az-documents-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'quang-azerbaijan-2025-10-26',
    ],
  },
  {
    filters: { party: ['AZ'], type: ['agreement'], verification: ['verified'] },
    expected: ['vn-az-strategic-partnership-2025-05-07'],
  },
  {
    filters: { party: ['AZ'], from: bound('2025-10-01') },
    expected: [
      'signature-az-2025-10-25',
      'quang-azerbaijan-2025-10-26',
      'azerbaijan-parliament-approves-2026-02-10',
      'azerbaijan-president-approves-2026-02-23',
    ],
  },
  {
    // Ali Naghiyev signed and met Quang; Arzu Naghiyev presented the law.
    filters: { party: ['AZ'], q: 'naghiyev' },
    expected: [
      'signature-az-2025-10-25',
      'quang-azerbaijan-2025-10-26',
      'azerbaijan-parliament-approves-2026-02-10',
    ],
  },
  { filters: { party: ['LA'], type: ['adoption'] }, expected: [] },
])('filters combine with AND: $filters', ({ filters, expected }) => {
  expect(ids(query(filters))).toEqual(expected);
});

test.each<{ id: string; from?: string; to?: string; expected: boolean }>([
  // A minute event (09:00+07:00) against calendar-date bounds.
  {
    id: 'hanoi-convention-opening-2025-10-25',
    from: '2025-10-25',
    to: '2025-10-25',
    expected: true,
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    to: '2025-10-24',
    expected: false,
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    from: '2025-10-26',
    expected: false,
  },
  // The same event against instant bounds, inclusive at both ends.
  {
    id: 'hanoi-convention-opening-2025-10-25',
    from: '2025-10-25T02:00:00Z',
    expected: true,
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    from: '2025-10-25T09:00:01+07:00',
    expected: false,
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    to: '2025-10-25T09:00:00+07:00',
    expected: true,
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    to: '2025-10-25T01:59:59Z',
    expected: false,
  },
  // A month event covers its whole month, in days and in instants (Baku, +04:00).
  {
    id: 'mps-az-baku-agreements-2025-05',
    from: '2025-05-20',
    to: '2025-05-20',
    expected: true,
  },
  { id: 'mps-az-baku-agreements-2025-05', from: '2025-05-31', expected: true },
  { id: 'mps-az-baku-agreements-2025-05', from: '2025-06-01', expected: false },
  { id: 'mps-az-baku-agreements-2025-05', to: '2025-05-01', expected: true },
  { id: 'mps-az-baku-agreements-2025-05', to: '2025-04-30', expected: false },
  {
    id: 'mps-az-baku-agreements-2025-05',
    from: '2025-05-31T23:59:59+04:00',
    expected: true,
  },
  {
    id: 'mps-az-baku-agreements-2025-05',
    from: '2025-06-01T00:00:00+04:00',
    expected: false,
  },
  {
    id: 'mps-az-baku-agreements-2025-05',
    to: '2025-04-30T20:00:00Z',
    expected: true,
  },
  {
    id: 'mps-az-baku-agreements-2025-05',
    to: '2025-04-30T19:59:59Z',
    expected: false,
  },
  // A day event is its local calendar day, never UTC's (New York, -05:00).
  {
    id: 'unga-adoption-2024-12-24',
    from: '2024-12-24',
    to: '2024-12-24',
    expected: true,
  },
  { id: 'unga-adoption-2024-12-24', to: '2024-12-23', expected: false },
  {
    id: 'unga-adoption-2024-12-24',
    to: '2024-12-24T05:00:00Z',
    expected: true,
  },
  {
    id: 'unga-adoption-2024-12-24',
    to: '2024-12-24T04:59:59Z',
    expected: false,
  },
  {
    id: 'unga-adoption-2024-12-24',
    from: '2024-12-25T04:59:59Z',
    expected: true,
  },
  {
    id: 'unga-adoption-2024-12-24',
    from: '2024-12-25T00:00:00-05:00',
    expected: false,
  },
  // A multi-day event overlaps a range that touches any of its days.
  { id: 'baku-state-visit-2025-05-07', from: '2025-05-08', expected: true },
  { id: 'baku-state-visit-2025-05-07', from: '2025-05-09', expected: false },
  {
    id: 'baku-state-visit-2025-05-07',
    from: '2025-05-01',
    to: '2025-05-07',
    expected: true,
  },
])(
  '$id overlaps from=$from to=$to: $expected',
  ({ id, from, to, expected }) => {
    const page = query({
      from: from === undefined ? null : bound(from),
      to: to === undefined ? null : bound(to),
    });
    expect(ids(page).includes(id)).toBe(expected);
  },
);

test('a one-day range returns exactly the events of that local day', () => {
  const page = query({ from: bound('2025-10-25'), to: bound('2025-10-25') });
  const found = ids(page);
  // 65 signatures of the 25th, the 4 of "25 or 26 October", the UNODC
  // meeting and the 09:00 opening.
  expect(found).toHaveLength(71);
  expect(found.slice(0, 2)).toEqual([
    'algeria-signs-2025-10-25',
    'quang-unodc-2025-10-25',
  ]);
  expect(found.at(-1)).toBe('hanoi-convention-opening-2025-10-25');
  expect(found).toContain('signature-se-2025-10-25-to-2025-10-26');
  expect(found).not.toContain('signature-ml-2025-10-26');
  expect(found).not.toContain('ramaphosa-state-visit-2025-10-23');
  expect(found.filter((id) => eventById(id).type === 'signature')).toHaveLength(
    69,
  );
});

test('normalised text drops case, accents and the stroke of đ', () => {
  expect(normalizeText('LƯƠNG Tam Quang')).toBe('luong tam quang');
  expect(normalizeText('Philémon António')).toBe('philemon antonio');
  expect(normalizeText('Đà Nẵng đường')).toBe('da nang duong');
});

test('q is accent-insensitive in both directions', () => {
  const upperAccented = ids(query({ q: 'LƯƠNG' }));
  expect(upperAccented.length).toBeGreaterThan(0);
  expect(upperAccented).toContain('quang-azerbaijan-2025-10-26');
  expect(ids(query({ q: 'luong' }))).toEqual(upperAccented);
  expect(ids(query({ q: 'Philemon' }))).toEqual(['unga-adoption-2024-12-24']);
  expect(ids(query({ q: 'PHILÉMON' }))).toEqual(['unga-adoption-2024-12-24']);
});

test.each<{ q: string; contains: string }>([
  { q: 'Naghiyev', contains: 'quang-azerbaijan-2025-10-26' },
  { q: 'heydar aliyev international', contains: 'baku-state-visit-2025-05-07' },
  { q: 'new york', contains: 'unga-adoption-2024-12-24' },
  { q: 'politburo', contains: 'quang-poland-2025-10-27' },
  { q: 'ghada waly', contains: 'quang-unodc-2025-10-25' },
  { q: 'mokbel', contains: 'quang-ericsson-2025-10-26' },
  { q: 'mikbel', contains: 'quang-ericsson-2025-10-26' },
  { q: 'gawkowski', contains: 'signature-pl-2025-10-25' },
])('q $q searches title, summary, place and participants', (row) => {
  expect(ids(query({ q: row.q }))).toContain(row.contains);
});

test('every q term must occur, anywhere and in any order', () => {
  const both = ids(query({ q: 'azerbaijan quang' }));
  expect(both).toContain('quang-azerbaijan-2025-10-26');
  for (const id of both) {
    expect(ids(query({ q: 'azerbaijan' }))).toContain(id);
    expect(ids(query({ q: 'quang' }))).toContain(id);
  }
  expect(ids(query({ q: 'azerbaijan zzzz' }))).toEqual([]);
});

test('facets list every value of the data set, zero counts included', () => {
  const page = query({ party: ['LA'] });
  const values = (name: FacetName) =>
    page.facets[name].map((facet) => facet.value).sort();
  expect(values('party')).toEqual(
    [...new Set(events.flatMap((event) => event.parties))].sort(),
  );
  expect(values('type')).toEqual(
    [...new Set(events.flatMap((event) => eventTypesOf(event)))].sort(),
  );
  expect(values('verification')).toEqual(
    [...new Set(events.map((event) => event.verification))].sort(),
  );
  expect(page.facets.type).toContainEqual({ value: 'adoption', count: 0 });
});

test('facets count within the other filters, not their own', () => {
  const page = query({ party: ['AZ'], type: ['agreement'] });
  // The meeting at which an agreement was signed counts under both types,
  // so the type counts add up to more than the eight Azerbaijan events.
  expect(page.facets.type).toEqual([
    { value: 'agreement', count: 4 },
    { value: 'ratification', count: 2 },
    { value: 'bilateral-meeting', count: 1 },
    { value: 'signature', count: 1 },
    { value: 'state-visit', count: 1 },
    { value: 'adoption', count: 0 },
    { value: 'ceremony', count: 0 },
    { value: 'decision', count: 0 },
    { value: 'multilateral-meeting', count: 0 },
    { value: 'statement', count: 0 },
  ]);
  expect(page.facets.party.slice(0, 3)).toEqual([
    { value: 'VN', count: 5 },
    { value: 'AZ', count: 4 },
    { value: 'PL', count: 1 },
  ]);
  expect(page.facets.verification).toEqual([
    { value: 'partly-verified', count: 2 },
    { value: 'unverified', count: 1 },
    { value: 'verified', count: 1 },
    { value: 'disputed', count: 0 },
  ]);
});

test('facet counts equal a brute-force count under the other filters', () => {
  const filters = {
    party: ['VN'],
    type: ['bilateral-meeting', 'ceremony'] satisfies EventType[],
    verification: ['verified', 'partly-verified'] satisfies Verification[],
  };
  const page = query({ ...filters, from: bound('2025-10-25') });
  // Every event of the data set starts and ends on the same side of 25 Oct.
  const inRange = events.filter((event) => event.start >= '2025-10-25');
  const selected: Record<FacetName, readonly string[]> = filters;
  const valuesOf = (event: EventDetail, name: FacetName): string[] =>
    name === 'party'
      ? event.parties
      : name === 'type'
        ? eventTypesOf(event)
        : [event[name]];
  for (const name of FACET_NAMES) {
    const others = FACET_NAMES.filter((other) => other !== name);
    const base = inRange.filter((event) =>
      others.every((other) =>
        valuesOf(event, other).some((v) => selected[other].includes(v)),
      ),
    );
    for (const facet of page.facets[name]) {
      const count = base.filter((event) =>
        valuesOf(event, name).includes(facet.value),
      ).length;
      expect({ name, ...facet }).toEqual({ name, value: facet.value, count });
    }
  }
});

test('facets are sorted by count descending, then value', () => {
  for (const facets of Object.values(query({ q: 'hanoi' }).facets)) {
    const sorted = [...facets].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
    expect(facets).toEqual(sorted);
  }
});

test.each([1, 2, 5, 16, 17, 1000])(
  'walking every page of %i returns every event once, in order',
  (limit) => {
    const seen: string[] = [];
    let offset = 0;
    let pages = 0;
    for (;;) {
      const page = query({ limit, offset });
      pages += 1;
      expect(page.total).toBe(events.length);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...ids(page));
      if (page.nextCursor === null) break;
      const next = decodeCursor(page.nextCursor);
      if (next === null) throw new Error('the API issued an invalid cursor');
      offset = next;
    }
    expect(pages).toBe(Math.ceil(events.length / limit));
    expect(seen).toEqual(ids(query()));
    expect(new Set(seen).size).toBe(events.length);
  },
);

test('pagination applies after filtering; total counts every match', () => {
  const first = query({ party: ['AZ'], limit: 2 });
  expect(first.total).toBe(8);
  expect(ids(first)).toEqual(AZ_EVENTS.slice(0, 2));
  expect(first.nextCursor).not.toBeNull();
});

test('an index sorts its own data set by start instant, then id', () => {
  const base = eventById('quang-iran-2025-10-26');
  const synthetic = ['synthetic-b', 'synthetic-a', 'synthetic-c'].map(
    (id, i): EventDetail => ({
      ...base,
      id,
      start: i === 2 ? '2025-10-26T06:00:00+07:00' : '2025-10-26',
    }),
  );
  const own = createEventIndex(synthetic);
  const page = queryEvents(own, eventQuery({ limit: 10 }));
  expect(ids(page)).toEqual(['synthetic-a', 'synthetic-b', 'synthetic-c']);
  expect(page.facets.party).toEqual([
    { value: 'IR', count: 3 },
    { value: 'VN', count: 3 },
  ]);
});

test('getEventDetail returns the full event, or undefined', () => {
  const detail = getEventDetail(index, 'quang-azerbaijan-2025-10-26');
  expect(detail).toEqual(eventById('quang-azerbaijan-2025-10-26'));
  expect(detail?.participants.length).toBeGreaterThan(0);
  expect(getEventDetail(index, 'unknown-id')).toBeUndefined();
});

test('listParties counts events per party, sorted by name', () => {
  const listed = listParties(index, [
    ...parties,
    { code: 'NO-EVENTS', name: 'Atlantis', kind: 'state' },
  ]);
  expect(listed.map((party) => party.code)).not.toContain('NO-EVENTS');
  expect(listed.find((party) => party.code === 'AZ')).toEqual({
    code: 'AZ',
    name: 'Azerbaijan',
    kind: 'state',
    eventCount: 8,
  });
  const names = listed.map((party) => party.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  for (const party of listed) {
    expect(party.eventCount).toBe(
      events.filter((event) => event.parties.includes(party.code)).length,
    );
  }
});
