import { expect, test } from 'vitest';
import { z } from 'zod';

import { createApi } from '../../mocks/api/respond';
import { events } from '../../mocks/data/events';
import { parties } from '../../mocks/data/parties';
import { apiErrorBodySchema, eventSummarySchema } from '../../src/api/schemas';
import { TIMELINE_LANES } from '../../src/domain/event';

const api = createApi({ events, parties });
const ORIGIN = 'http://localhost';

const isoInstant = z.iso.datetime();
const spanSchema = z.object({ start: isoInstant, end: isoInstant });
const timelineSliceSchema = z.strictObject({
  window: spanSchema.nullable(),
  total: z.number().int().nonnegative(),
  items: z.array(eventSummarySchema),
  clusters: z.array(
    spanSchema.extend({
      lane: z.string().min(1),
      count: z.number().int().positive(),
    }),
  ),
  extent: spanSchema.nullable(),
});

function get(path: string, method = 'GET') {
  const { status, body } = api(method, `${ORIGIN}${path}`);
  return { status, body: JSON.parse(body) as unknown };
}

function errorOf(path: string, method = 'GET') {
  const { status, body } = get(path, method);
  return { status, ...apiErrorBodySchema.parse(body).error };
}

test('GET /api/timeline answers a slice of the contract', () => {
  const { status, body } = get('/api/timeline');
  expect(status).toBe(200);
  const slice = timelineSliceSchema.parse(body);
  expect(slice.total).toBe(events.length);
  expect(slice.items).toHaveLength(events.length);
});

test.each(TIMELINE_LANES)('GET /api/timeline clusters by %s', (lane) => {
  const { status, body } = get(`/api/timeline?max=2&lane=${lane}`);
  expect(status).toBe(200);
  const slice = timelineSliceSchema.parse(body);
  expect(slice.items).toEqual([]);
  expect(slice.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(
    events.length,
  );
});

test.each([
  { query: 'start=2025-10-25T00:00:00Z', parameter: 'end' },
  { query: 'start=2025-10-25&end=2025-10-26', parameter: 'start' },
  {
    query: 'start=2025-10-26T00:00:00Z&end=2025-10-25T00:00:00Z',
    parameter: 'start',
  },
  { query: 'max=0', parameter: 'max' },
  { query: 'buckets=1001', parameter: 'buckets' },
  { query: 'lane=verification', parameter: 'lane' },
  { query: 'focal=', parameter: 'focal' },
  { query: 'type=meeting', parameter: 'type' },
])(
  'GET /api/timeline?$query is 400 naming $parameter',
  ({ query, parameter }) => {
    expect(errorOf(`/api/timeline?${query}`)).toMatchObject({
      status: 400,
      code: 'invalid_parameter',
      parameter,
    });
  },
);

test('the parameters of /api/events the timeline does not take are ignored', () => {
  expect(get('/api/timeline?limit=0&cursor=x')).toEqual(get('/api/timeline'));
});

test.each([
  '/api/timeline/',
  '/api/timeline/clusters',
  '/api/unknown',
  '/api/events/',
  '/api/events/a/b',
  '/api/parties/AZ',
  '/api',
])('%s is 404 not_found', (path) => {
  const error = errorOf(path);
  expect(error).toMatchObject({ status: 404, code: 'not_found' });
  expect(error.message).toContain(path);
});

test.each(['POST', 'PUT', 'DELETE'])('%s /api/timeline is 404', (method) => {
  expect(errorOf('/api/timeline', method)).toMatchObject({
    status: 404,
    code: 'not_found',
  });
});

test('an event id is percent-decoded', () => {
  const id = 'quang-azerbaijan-2025-10-26';
  const encoded = id.replace('q', '%71');
  expect(get(`/api/events/${encoded}`)).toMatchObject({
    status: 200,
    body: { id },
  });
});

test('an id with broken percent-encoding is 404 naming it as sent', () => {
  const error = errorOf('/api/events/%E0%A4%A');
  expect(error).toMatchObject({ status: 404, code: 'not_found' });
  expect(error.message).toContain('%E0%A4%A');
});

test('a failure inside the API is 500 internal, with the error body', () => {
  const { status, body } = api('GET', 'not a URL');
  expect(status).toBe(500);
  const error = apiErrorBodySchema.parse(JSON.parse(body)).error;
  expect(error.code).toBe('internal');
  expect(error.message).toMatch(/^The events API failed: /);
});
