import { http } from 'msw';
import { expect, test } from 'vitest';

import { encodeCursor } from '../../mocks/api/event-params';
import { events } from '../../mocks/data/events';
import { withInternalErrors } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import {
  apiErrorBodySchema,
  eventDetailSchema,
  eventPageSchema,
  partiesResponseSchema,
} from '../../src/api/schemas';

const JSON_UTF8 = 'application/json; charset=utf-8';

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

async function request(path: string, init?: RequestInit) {
  const response = await fetch(path, init);
  const body: unknown = await response.json();
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    body,
  };
}

async function getPage(path: string) {
  const { status, contentType, body } = await request(path);
  expect({ status, contentType }).toEqual({
    status: 200,
    contentType: JSON_UTF8,
  });
  return eventPageSchema.parse(body);
}

async function getError(path: string, init?: RequestInit) {
  const { status, contentType, body } = await request(path, init);
  expect(contentType).toBe(JSON_UTF8);
  return { status, ...apiErrorBodySchema.parse(body).error };
}

async function getIds(path: string): Promise<string[]> {
  return (await getPage(path)).items.map((item) => item.id);
}

test('GET /api/events returns every event as summaries', async () => {
  const { body } = await request('/api/events');
  const page = eventPageSchema.parse(body);
  expect(page.total).toBe(events.length);
  expect(page.items).toHaveLength(events.length);
  expect(page.nextCursor).toBeNull();
  expect(page.facets.type.length).toBeGreaterThan(0);
  expect(body).toHaveProperty('items.0.summary');
  expect(body).not.toHaveProperty('items.0.participants');
  expect(body).not.toHaveProperty('items.0.sources');
});

test('party filters by any of the given parties', async () => {
  expect(await getIds('/api/events?party=AZ')).toEqual(AZ_EVENTS);
  expect(await getIds('/api/events?party=AZ&party=LA')).toEqual([
    ...AZ_EVENTS.slice(0, 4),
    'signature-az-2025-10-25',
    'signature-la-2025-10-25',
    'hanoi-convention-opening-2025-10-25',
    'quang-azerbaijan-2025-10-26',
    'new-york-reception-2025-11-17',
    ...AZ_EVENTS.slice(6),
  ]);
  expect(await getIds('/api/events?party=NOWHERE')).toEqual([]);
});

test('type filters by event type', async () => {
  expect(await getIds('/api/events?type=state-visit')).toEqual([
    'baku-state-visit-2025-05-07',
    'ramaphosa-state-visit-2025-10-23',
  ]);
});

test('verification filters by verification state', async () => {
  // Malaysia's date and Uganda's signature are disputed.
  expect(await getIds('/api/events?verification=disputed')).toEqual([
    'signature-my-2025-10-25',
    'signature-ug-2025-10-25-to-2025-10-26',
  ]);
});

test('from keeps the events that end on or after it', async () => {
  // Qatar's February and Fiji's dates, 19 November 2025 to March 2026, are
  // still under way on 11 February.
  expect(await getIds('/api/events?from=2026-02-11')).toEqual([
    'signature-fj-2025-11-19-to-2026-03',
    'qatar-ratifies-2026-02',
    'azerbaijan-president-approves-2026-02-23',
    'signature-ca-2026-07',
  ]);
  // March 2026 in New York ends at 04:00 UTC on 1 April.
  expect(await getIds('/api/events?from=2026-04-01T03:59:59Z')).toEqual([
    'signature-fj-2025-11-19-to-2026-03',
    'signature-ca-2026-07',
  ]);
  expect(await getIds('/api/events?from=2026-04-01T04:00:00Z')).toEqual([
    'signature-ca-2026-07',
  ]);
  const fromTheOpening = await getIds(
    '/api/events?from=2025-10-25T09:00:00%2B07:00&to=2025-10-25&type=ceremony&type=bilateral-meeting',
  );
  expect(fromTheOpening).toEqual([
    'quang-unodc-2025-10-25',
    'hanoi-convention-opening-2025-10-25',
  ]);
});

test('to keeps the events that start on or before it', async () => {
  expect(await getIds('/api/events?to=2024-12-31')).toEqual([
    'unga-adoption-2024-12-24',
  ]);
  expect(await getIds('/api/events?from=2025-05-15&to=2025-05-15')).toEqual([
    'mps-az-baku-agreements-2025-05',
  ]);
});

test('q matches case- and accent-insensitively', async () => {
  const accented = await getIds(`/api/events?q=${encodeURIComponent('LƯƠNG')}`);
  expect(accented.length).toBeGreaterThan(0);
  expect(accented).toContain('quang-azerbaijan-2025-10-26');
  expect(await getIds('/api/events?q=luong')).toEqual(accented);
});

test('limit caps the page and total still counts every match', async () => {
  const page = await getPage('/api/events?limit=5');
  expect(page.items).toHaveLength(5);
  expect(page.total).toBe(events.length);
  expect(typeof page.nextCursor).toBe('string');
});

test('cursor walks the pages of a filtered query', async () => {
  const seen: string[] = [];
  let path = '/api/events?party=AZ&limit=2';
  for (;;) {
    const page = await getPage(path);
    expect(page.total).toBe(8);
    seen.push(...page.items.map((item) => item.id));
    if (page.nextCursor === null) break;
    path = `/api/events?party=AZ&limit=2&cursor=${page.nextCursor}`;
  }
  expect(seen).toEqual(AZ_EVENTS);
});

test('facets count within the other filters', async () => {
  const page = await getPage('/api/events?party=AZ&type=agreement');
  expect(page.facets.type).toContainEqual({ value: 'state-visit', count: 1 });
  // The October meeting in Hanoi is an agreement too.
  expect(page.facets.type).toContainEqual({ value: 'agreement', count: 4 });
  expect(page.facets.type).toContainEqual({ value: 'ratification', count: 2 });
  expect(page.facets.party).toContainEqual({ value: 'LA', count: 0 });
});

test.each([
  { query: 'party=', parameter: 'party' },
  { query: 'type=meeting', parameter: 'type' },
  { query: 'verification=maybe', parameter: 'verification' },
  { query: 'from=2025-02-30', parameter: 'from' },
  { query: 'from=2025-10-26T09:00:00', parameter: 'from' },
  { query: 'from=2025-10-27&to=2025-10-26', parameter: 'from' },
  { query: 'to=soon', parameter: 'to' },
  { query: 'q=', parameter: 'q' },
  { query: 'q=a&q=b', parameter: 'q' },
  { query: 'limit=0', parameter: 'limit' },
  { query: 'limit=1001', parameter: 'limit' },
  { query: 'cursor=not-ours', parameter: 'cursor' },
  { query: `cursor=${encodeCursor(events.length)}`, parameter: 'cursor' },
  { query: `party=AZ&cursor=${encodeCursor(8)}`, parameter: 'cursor' },
])('400 for $query names $parameter', async ({ query, parameter }) => {
  const error = await getError(`/api/events?${query}`);
  expect(error).toMatchObject({
    status: 400,
    code: 'invalid_parameter',
    parameter,
  });
  expect(error.message.length).toBeGreaterThan(0);
});

test('GET /api/events/{id} returns the full event', async () => {
  const id = 'hanoi-convention-opening-2025-10-25';
  const { status, contentType, body } = await request(`/api/events/${id}`);
  expect({ status, contentType }).toEqual({
    status: 200,
    contentType: JSON_UTF8,
  });
  const detail = eventDetailSchema.parse(body);
  expect(detail.start).toBe('2025-10-25T09:00:00+07:00');
  expect(body).toEqual(events.find((event) => event.id === id));
});

test('404 not_found for an unknown event id', async () => {
  const error = await getError('/api/events/unknown-id');
  expect(error).toMatchObject({ status: 404, code: 'not_found' });
  expect(error.message).toContain('unknown-id');
});

test.each(['/api/unknown', '/api/events/a/b', '/api/parties/AZ'])(
  '404 not_found for the unknown path %s',
  async (path) => {
    expect(await getError(path)).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  },
);

test('GET /api/parties lists the parties with their event counts', async () => {
  const { status, contentType, body } = await request('/api/parties');
  expect({ status, contentType }).toEqual({
    status: 200,
    contentType: JSON_UTF8,
  });
  const { items } = partiesResponseSchema.parse(body);
  expect(items).toContainEqual({
    code: 'AZ',
    name: 'Azerbaijan',
    kind: 'state',
    eventCount: 8,
  });
  expect(items.every((party) => party.eventCount > 0)).toBe(true);
  const names = items.map((party) => party.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
});

test('an error thrown in a handler answers 500 internal', async () => {
  server.use(
    http.get(
      '/api/events',
      withInternalErrors(() => {
        throw new Error('index unavailable');
      }),
    ),
  );
  const error = await getError('/api/events');
  expect(error).toMatchObject({ status: 500, code: 'internal' });
  expect(error.message).toContain('index unavailable');
});

test('GET /api/timeline is served to the tests, as JSON', async () => {
  const { status, contentType, body } = await request(
    '/api/timeline?party=AZ&start=2025-10-01T00:00:00Z&end=2025-11-01T00:00:00Z',
  );
  expect({ status, contentType }).toEqual({
    status: 200,
    contentType: JSON_UTF8,
  });
  expect(body).toMatchObject({
    window: {
      start: '2025-10-01T00:00:00.000Z',
      end: '2025-11-01T00:00:00.000Z',
    },
    total: 2,
    items: [
      { id: 'signature-az-2025-10-25' },
      { id: 'quang-azerbaijan-2025-10-26' },
    ],
    clusters: [],
    extent: {
      start: '2025-04-30T20:00:00.000Z',
      end: '2026-02-23T19:59:59.999Z',
    },
  });
});

test('GET /api/timeline with a bad parameter is 400 invalid_parameter', async () => {
  expect(await getError('/api/timeline?lane=party')).toMatchObject({
    status: 400,
    code: 'invalid_parameter',
    parameter: 'lane',
  });
});

test('a throw behind /api/timeline answers 500 internal', async () => {
  server.use(
    http.get(
      '/api/timeline',
      withInternalErrors(() => Promise.reject(new Error('worker gone'))),
    ),
  );
  const error = await getError('/api/timeline');
  expect(error).toMatchObject({ status: 500, code: 'internal' });
  expect(error.message).toBe('The events API failed: worker gone');
});

test('type=signature lists every signature, each with its state as its only party', async () => {
  const page = await getPage('/api/events?type=signature&limit=1000');
  expect(page.total).toBe(75);
  expect(page.items.every((item) => item.type === 'signature')).toBe(true);
  expect(page.items.every((item) => item.parties.length === 1)).toBe(true);
  expect(page.facets.type).toContainEqual({ value: 'signature', count: 75 });
  const detail = eventDetailSchema.parse(
    (await request('/api/events/signature-br-2025-10-25')).body,
  );
  expect(detail.participants).toEqual([
    {
      name: 'Andrei Passos Rodrigues',
      title: 'Director-General of the Federal Police of Brazil',
      party: 'BR',
      role: 'signatory',
    },
  ]);
  expect(detail.place).toEqual({
    name: 'National Convention Centre',
    city: 'Hanoi',
    country: 'VN',
  });
});

test.each([
  { type: 'ratification', total: 3 },
  { type: 'decision', total: 4 },
  { type: 'statement', total: 6 },
  { type: 'multilateral-meeting', total: 4 },
])('type=$type is a type of the contract', async ({ type, total }) => {
  const page = await getPage(`/api/events?type=${type}`);
  expect(page.total).toBe(total);
  expect(page.items.every((item) => item.type === type)).toBe(true);
});

test('an event of one main type is found under its additional types too', async () => {
  const { body } = await request('/api/events?type=agreement&party=PL');
  const page = eventPageSchema.parse(body);
  expect(page.items.map((item) => item.id)).toEqual([
    'quang-poland-2025-10-27',
  ]);
  expect(body).toHaveProperty('items.0.type', 'bilateral-meeting');
  expect(body).toHaveProperty('items.0.additionalTypes', ['agreement']);
  // Every other item leaves the field out: it has no additional type.
  const all = (await request('/api/events?limit=1000')).body;
  const withField = eventPageSchema
    .parse(all)
    .items.filter((item) => item.additionalTypes !== undefined)
    .map((item) => item.id);
  expect(withField).toEqual([
    'quang-azerbaijan-2025-10-26',
    'quang-poland-2025-10-27',
  ]);
});

test('a date the sources do not settle is marked dateUncertain', async () => {
  const { body } = await request('/api/events?party=SE');
  expect(body).toHaveProperty('items.0', {
    id: 'signature-se-2025-10-25-to-2025-10-26',
    title: 'Sweden signs the UN Convention against Cybercrime',
    type: 'signature',
    start: '2025-10-25',
    end: '2025-10-26',
    dateUncertain: true,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: { name: 'National Convention Centre', city: 'Hanoi', country: 'VN' },
    parties: ['SE'],
    summary:
      'Sweden signed the UN Convention against Cybercrime in Hanoi on 25 or 26 October 2025 (the day is not known).',
    verification: 'partly-verified',
  });
});

test('a place with no venue or city is the acting party alone', async () => {
  const detail = eventDetailSchema.parse(
    (await request('/api/events/eu-council-authorises-signature-2025-10-13'))
      .body,
  );
  expect(detail.place).toEqual({
    name: 'Council of the European Union',
    city: '',
    country: 'EU',
  });
  expect(detail.parties).toEqual(['EU']);
});

test('the schemas accept a summary without the optional fields, and check them when present', () => {
  const base = {
    id: 'e',
    title: 't',
    type: 'signature',
    start: '2025-10-25',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: { name: '', city: 'Hanoi', country: 'VN' },
    parties: ['VN'],
    summary: 's',
    verification: 'verified',
  };
  const page = (items: unknown[]) =>
    eventPageSchema.safeParse({
      items,
      total: items.length,
      nextCursor: null,
      facets: { party: [], type: [], verification: [] },
    }).success;
  expect(page([base])).toBe(true);
  expect(
    page([{ ...base, additionalTypes: ['agreement'], dateUncertain: true }]),
  ).toBe(true);
  expect(page([{ ...base, additionalTypes: ['meeting'] }])).toBe(false);
  expect(page([{ ...base, dateUncertain: 'yes' }])).toBe(false);
  expect(page([{ ...base, type: 'treaty' }])).toBe(false);
});
