import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { ApiError } from '@/api/api-error';
import { getTimeline, toTimelineSearchParams } from '@/api/timeline';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';

test('the timeline query carries the filters, the window, the limits and the lanes', () => {
  const search = toTimelineSearchParams({
    party: ['AZ', 'DZ'],
    q: 'hanoi',
    window: {
      start: '2025-10-01T00:00:00.000Z',
      end: '2025-11-01T00:00:00.000Z',
    },
    max: 300,
    buckets: 31,
    lane: 'counterpart',
    focal: 'VN',
  });
  expect(search.getAll('party')).toEqual(['AZ', 'DZ']);
  expect(
    Object.fromEntries([...search].filter(([key]) => key !== 'party')),
  ).toEqual({
    q: 'hanoi',
    start: '2025-10-01T00:00:00.000Z',
    end: '2025-11-01T00:00:00.000Z',
    max: '300',
    buckets: '31',
    lane: 'counterpart',
    focal: 'VN',
  });
});

test('without a window the query asks for the whole span', () => {
  const search = toTimelineSearchParams({
    max: 300,
    buckets: 20,
    lane: 'type',
  });
  expect(search.has('start')).toBe(false);
  expect(search.has('end')).toBe(false);
  expect(search.has('focal')).toBe(false);
});

test('the mock API answers the real data as events, every one of them', async () => {
  const slice = await getTimeline({ max: 300, buckets: 20, lane: 'type' });
  expect(slice.total).toBe(events.length);
  expect(slice.clusters).toEqual([]);
  expect(slice.items.map((event) => event.id).sort()).toEqual(
    events.map((event) => event.id).sort(),
  );
  expect(slice.extent).not.toBeNull();
});

test('more matches than max come back as clusters that add up', async () => {
  const slice = await getTimeline({ max: 5, buckets: 12, lane: 'type' });
  expect(slice.items).toEqual([]);
  expect(slice.clusters.length).toBeGreaterThan(0);
  expect(slice.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
    events.length,
  );
});

test('a slice that breaks the contract is an error that says where', async () => {
  server.use(
    http.get('/api/timeline', () =>
      HttpResponse.json({
        window: null,
        total: 1,
        items: [],
        clusters: [{ lane: 'ceremony', count: 0, start: 'soon', end: 'later' }],
        extent: null,
      }),
    ),
  );
  const failure = await getTimeline({
    max: 5,
    buckets: 12,
    lane: 'type',
  }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ApiError);
  expect(String(failure)).toMatch(/clusters\.0/);
});
