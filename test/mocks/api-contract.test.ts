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
  'quang-azerbaijan-2025-10-26',
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
    'hanoi-convention-opening-2025-10-25',
    'quang-azerbaijan-2025-10-26',
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
  expect(await getIds('/api/events?verification=disputed')).toEqual([
    'hanoi-convention-day2-2025-10-26',
  ]);
});

test('from keeps the events that end on or after it', async () => {
  expect(await getIds('/api/events?from=2025-10-27')).toEqual([
    'quang-poland-2025-10-27',
  ]);
  expect(
    await getIds('/api/events?from=2025-10-25T09:00:00%2B07:00&to=2025-10-25'),
  ).toEqual([
    'algeria-signs-2025-10-25',
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
    expect(page.total).toBe(5);
    seen.push(...page.items.map((item) => item.id));
    if (page.nextCursor === null) break;
    path = `/api/events?party=AZ&limit=2&cursor=${page.nextCursor}`;
  }
  expect(seen).toEqual(AZ_EVENTS);
});

test('facets count within the other filters', async () => {
  const page = await getPage('/api/events?party=AZ&type=agreement');
  expect(page.facets.type).toContainEqual({ value: 'state-visit', count: 1 });
  expect(page.facets.type).toContainEqual({ value: 'agreement', count: 3 });
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
  { query: `party=AZ&cursor=${encodeCursor(5)}`, parameter: 'cursor' },
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
    eventCount: 5,
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
    total: 1,
    items: [{ id: 'quang-azerbaijan-2025-10-26' }],
    clusters: [],
    extent: {
      start: '2025-04-30T20:00:00.000Z',
      end: '2025-10-26T16:59:59.999Z',
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
