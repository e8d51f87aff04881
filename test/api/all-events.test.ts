import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { getAllEvents, type Progress } from '@/api/all-events';
import { eventTypesOf } from '@/domain/event';

import { createApi } from '../../mocks/api/respond';
import { scenarioData } from '../../mocks/data/scenario';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const SCENARIO = scenarioData(2_500);

/** Serves a scenario and records the query string of every list request. */
function serveScenario(failOnRequest?: number) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/events', ({ request }) => {
      const search = new URL(request.url).searchParams;
      requests.push(search);
      return requests.length === failOnRequest
        ? HttpResponse.json(
            { error: { code: 'internal', message: 'Disk full' } },
            { status: 500 },
          )
        : undefined;
    }),
    ...createHandlers(createApi(SCENARIO)),
  );
  return requests;
}

test('every matching event is fetched in pages of 1000, following the cursor', async () => {
  const requests = serveScenario();
  const progress: Progress[] = [];
  const events = await getAllEvents({ limit: 500 }, undefined, (p) => {
    progress.push(p);
  });

  expect(events).toHaveLength(SCENARIO.events.length);
  expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  expect(requests.map((search) => search.get('limit'))).toEqual([
    '1000',
    '1000',
    '1000',
  ]);
  expect(requests[0]?.get('cursor')).toBeNull();
  expect(requests[1]?.get('cursor')).toBeTruthy();
  // 2,500 synthetic events and the 108 real ones.
  expect(progress).toEqual([
    { loaded: 1000, total: 2608 },
    { loaded: 2000, total: 2608 },
    { loaded: 2608, total: 2608 },
  ]);
});

test('the filters go with every page', async () => {
  const requests = serveScenario();
  const events = await getAllEvents({ party: ['VN'], type: ['agreement'] });

  expect(events.length).toBeGreaterThan(0);
  expect(
    events.every(
      (event) =>
        eventTypesOf(event).includes('agreement') &&
        event.parties.includes('VN'),
    ),
  ).toBe(true);
  for (const search of requests) {
    expect(search.getAll('party')).toEqual(['VN']);
    expect(search.getAll('type')).toEqual(['agreement']);
  }
});

test('a server error on a later page fails the whole export', async () => {
  serveScenario(2);
  await expect(getAllEvents({})).rejects.toMatchObject({
    kind: 'http',
    status: 500,
  });
});

test('an abort stops the paging', async () => {
  const requests = serveScenario();
  const controller = new AbortController();
  const paging = getAllEvents({}, controller.signal, () => {
    controller.abort();
  });
  await expect(paging).rejects.toThrow();
  expect(requests).toHaveLength(1);
});
