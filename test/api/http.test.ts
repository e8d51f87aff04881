import { createServer } from 'node:http';

import { delay, http, HttpResponse, passthrough } from 'msw';
import { expect, test } from 'vitest';

import { ApiError, isNotFound } from '@/api/api-error';
import { getEvent, getEvents, toEventSearchParams } from '@/api/events';
import { holdRequestsUntil, startApiOnFirstRequest } from '@/api/api-ready';
import { fetchJson } from '@/api/http';
import { eventPageSchema } from '@/api/schemas';
import type { EventPage, EventSummary } from '@/domain/event';

import { server } from '../../mocks/node';

const SUMMARY: EventSummary = {
  id: 'baku-state-visit-2025-05-07',
  title: 'State visit to Azerbaijan',
  type: 'state-visit',
  start: '2025-05-07',
  end: '2025-05-08',
  timeZone: 'Asia/Baku',
  place: { name: 'Presidential Palace', city: 'Baku', country: 'AZ' },
  parties: ['VN', 'AZ'],
  summary: 'A state visit with agreements signed.',
  verification: 'verified',
};

const PAGE: EventPage = {
  items: [SUMMARY],
  total: 1,
  nextCursor: null,
  facets: {
    party: [{ value: 'AZ', count: 1 }],
    type: [{ value: 'state-visit', count: 1 }],
    verification: [{ value: 'verified', count: 1 }],
  },
};

function answerEvents(response: () => Response | Promise<Response>) {
  server.use(http.get('/api/events', response));
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail, but it succeeded');
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failureOf(promise);
  if (!(error instanceof ApiError)) {
    throw new Error(`expected an ApiError, got ${String(error)}`);
  }
  return error;
}

test('getEvents returns the page the real mock API serves for a filter', async () => {
  const page = await getEvents({ party: ['AZ'], limit: 500 });
  expect(page.items.length).toBeGreaterThan(0);
  expect(page.total).toBe(page.items.length);
  for (const item of page.items) expect(item.parties).toContain('AZ');
});

test('getEvent returns the detail of an event the list names', async () => {
  const [first] = (await getEvents({ limit: 1 })).items;
  if (!first) throw new Error('the mock API served no events');
  const detail = await getEvent(first.id);
  expect(detail.id).toBe(first.id);
  expect(detail.title).toBe(first.title);
  expect(Array.isArray(detail.sources)).toBe(true);
});

test('a 500 with an error body is an http ApiError carrying the server message', async () => {
  answerEvents(() =>
    HttpResponse.json(
      { error: { code: 'internal', message: 'The index is rebuilding.' } },
      { status: 500 },
    ),
  );
  const error = await apiErrorOf(getEvents({}));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(500);
  expect(error.message).toContain('The index is rebuilding.');
  expect(error.message).toContain('500');
});

test('a 502 whose body is not an error body is still an http ApiError with its status', async () => {
  answerEvents(
    () =>
      new HttpResponse('<html>Bad gateway</html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  );
  const error = await apiErrorOf(getEvents({}));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(502);
  expect(error.message).toContain('502');
  expect(error.message).not.toContain('<html>');
  expect(error.parameter).toBeUndefined();
});

test('a 400 invalid_parameter carries the parameter it names', async () => {
  answerEvents(() =>
    HttpResponse.json(
      {
        error: {
          code: 'invalid_parameter',
          message: 'from "2025-13-01" is not a calendar date.',
          parameter: 'from',
        },
      },
      { status: 400 },
    ),
  );
  const error = await apiErrorOf(getEvents({ from: '2025-13-01' }));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(400);
  expect(error.parameter).toBe('from');
  expect(error.message).toContain('from "2025-13-01" is not a calendar date.');
});

test('the real mock API rejects an out-of-range limit and the error names it', async () => {
  const error = await apiErrorOf(getEvents({ limit: 5000 }));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(400);
  expect(error.parameter).toBe('limit');
});

test('a network failure is a network ApiError', async () => {
  answerEvents(() => HttpResponse.error());
  const error = await apiErrorOf(getEvents({}));
  expect(error.kind).toBe('network');
  expect(error.status).toBeUndefined();
});

test('a response that is not valid JSON is a not-json ApiError', async () => {
  answerEvents(
    () =>
      new HttpResponse('{oops', {
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const error = await apiErrorOf(getEvents({}));
  expect(error.kind).toBe('not-json');
});

test.each<[string, Record<string, unknown>, string]>([
  [
    'an item whose start is not a date',
    { ...PAGE, items: [{ ...SUMMARY, start: 'yesterday' }] },
    'items.0.start',
  ],
  [
    'a second item with an unknown type',
    { ...PAGE, items: [SUMMARY, { ...SUMMARY, type: 'picnic' }] },
    'items.1.type',
  ],
  [
    'an item with an unknown time zone',
    { ...PAGE, items: [{ ...SUMMARY, timeZone: 'Mars/Olympus_Mons' }] },
    'items.0.timeZone',
  ],
  ['no items', { ...PAGE, items: undefined }, 'items'],
  ['a negative total', { ...PAGE, total: -1 }, 'total'],
])(
  'a body with %s is a contract ApiError naming the path',
  async (_name, body, path) => {
    answerEvents(() => HttpResponse.json(body));
    const error = await apiErrorOf(getEvents({}));
    expect(error.kind).toBe('contract');
    expect(error.message).toContain(path);
  },
);

test('unknown extra fields are accepted and dropped', async () => {
  answerEvents(() =>
    HttpResponse.json({
      ...PAGE,
      servedBy: 'v2',
      items: [
        {
          ...SUMMARY,
          mood: 'cheerful',
          place: { ...SUMMARY.place, latitude: 40.4 },
        },
      ],
    }),
  );
  const page = await getEvents({});
  expect(page).toStrictEqual(PAGE);
  expect(page).not.toHaveProperty('servedBy');
  expect(page.items[0]).not.toHaveProperty('mood');
  expect(page.items[0]?.place).not.toHaveProperty('latitude');
});

test('getEvent of an unknown id is a 404 ApiError', async () => {
  const error = await apiErrorOf(getEvent('no-such-event'));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(404);
  expect(isNotFound(error)).toBe(true);
});

test('getEvent asks for the id encoded as one path segment', async () => {
  let requested = '';
  server.use(
    http.get('/api/events/:id', ({ request }) => {
      requested = new URL(request.url).pathname;
      return HttpResponse.json(
        { error: { code: 'not_found', message: 'No such event.' } },
        { status: 404 },
      );
    }),
  );
  await failureOf(getEvent('a/b?c'));
  expect(requested).toBe('/api/events/a%2Fb%3Fc');
});

test('getEvents sends repeated filters as repeated query parameters', async () => {
  let search = new URLSearchParams();
  server.use(
    http.get('/api/events', ({ request }) => {
      search = new URL(request.url).searchParams;
      return HttpResponse.json(PAGE);
    }),
  );
  await getEvents({
    party: ['VN', 'AZ'],
    type: ['agreement', 'state-visit'],
    q: 'Baku',
  });
  expect(search.getAll('party')).toEqual(['VN', 'AZ']);
  expect(search.getAll('type')).toEqual(['agreement', 'state-visit']);
  expect(search.get('q')).toBe('Baku');
  expect(search.has('verification')).toBe(false);
});

test('an already aborted request rejects with the abort, not an ApiError', async () => {
  const controller = new AbortController();
  controller.abort();
  const error = await failureOf(getEvents({}, controller.signal));
  expect(error).not.toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ name: 'AbortError' });
});

test('a request aborted in flight rejects with the abort, not an ApiError', async () => {
  answerEvents(async () => {
    await delay('infinite');
    return HttpResponse.json(PAGE);
  });
  const controller = new AbortController();
  const request = failureOf(getEvents({}, controller.signal));
  await new Promise((resolve) => setTimeout(resolve, 20));
  controller.abort();
  const error = await request;
  expect(error).not.toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ name: 'AbortError' });
});

test('a request that takes too long is a timeout ApiError', async () => {
  answerEvents(async () => {
    await delay('infinite');
    return HttpResponse.json(PAGE);
  });
  const error = await apiErrorOf(
    fetchJson('/api/events', () => eventPageSchema, undefined, 50),
  );
  expect(error.kind).toBe('timeout');
});

/**
 * A real HTTP server on this machine that sends its headers at once and then
 * stalls halfway through the body, as a slow or overloaded API does. MSW lets
 * requests to it through to the network, so Node's own fetch reads it.
 */
async function withStalledBody(
  run: (url: string) => Promise<void>,
): Promise<void> {
  const stalled = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{"items": [');
  });
  await new Promise<void>((resolve) => {
    stalled.listen(0, '127.0.0.1', resolve);
  });
  const address = stalled.address();
  if (address === null || typeof address === 'string') {
    throw new Error('the stalled server has no port');
  }
  const origin = `http://127.0.0.1:${String(address.port)}`;
  server.use(http.get(`${origin}/*`, () => passthrough()));
  try {
    await run(`${origin}/api/events`);
  } finally {
    stalled.closeAllConnections();
    await new Promise((resolve) => stalled.close(resolve));
  }
}

test('a timeout while the body is still arriving is a timeout ApiError, not not-json', async () => {
  await withStalledBody(async (url) => {
    const error = await apiErrorOf(
      fetchJson(url, () => eventPageSchema, undefined, 200),
    );
    expect(error.kind).toBe('timeout');
  });
});

test('an abort while the body is still arriving passes the abort through, not an ApiError', async () => {
  await withStalledBody(async (url) => {
    const controller = new AbortController();
    const request = failureOf(
      fetchJson(url, () => eventPageSchema, controller.signal),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    const error = await request;
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

test('toEventSearchParams repeats party, type and verification', () => {
  const search = toEventSearchParams({
    party: ['VN', 'AZ', 'UNODC'],
    type: ['agreement', 'ceremony'],
    verification: ['verified', 'disputed'],
  });
  expect(search.getAll('party')).toEqual(['VN', 'AZ', 'UNODC']);
  expect(search.getAll('type')).toEqual(['agreement', 'ceremony']);
  expect(search.getAll('verification')).toEqual(['verified', 'disputed']);
});

test('toEventSearchParams sets from, to, q and limit once', () => {
  const search = toEventSearchParams({
    from: '2025-05-01',
    to: '2025-10-31',
    q: 'Hanoi Convention',
    limit: 500,
  });
  expect(search.getAll('from')).toEqual(['2025-05-01']);
  expect(search.getAll('to')).toEqual(['2025-10-31']);
  expect(search.getAll('q')).toEqual(['Hanoi Convention']);
  expect(search.getAll('limit')).toEqual(['500']);
});

test('toEventSearchParams omits empty values', () => {
  const search = toEventSearchParams({
    party: [],
    type: [],
    verification: [],
    from: '',
    to: '',
    q: '',
  });
  expect(search.toString()).toBe('');
});

test('toEventSearchParams of no parameters is empty', () => {
  expect(toEventSearchParams({}).toString()).toBe('');
});

test('a request made before the API is ready waits for it, then goes out', async () => {
  let asked = 0;
  answerEvents(() => {
    asked += 1;
    return HttpResponse.json(PAGE);
  });
  let markReady: () => void = () => {
    throw new Error('nothing is held');
  };
  holdRequestsUntil(
    new Promise<void>((resolve) => {
      markReady = resolve;
    }),
  );
  try {
    const page = fetchJson('/api/events', () => eventPageSchema);
    await delay(50);
    expect(asked).toBe(0);
    markReady();
    await expect(page).resolves.toEqual(PAGE);
    expect(asked).toBe(1);
  } finally {
    holdRequestsUntil(Promise.resolve());
  }
});

test('an API started on the first request starts once, and that request waits for it', async () => {
  answerEvents(() => HttpResponse.json(PAGE));
  let starts = 0;
  let markReady: () => void = () => {
    throw new Error('the API was not started');
  };
  startApiOnFirstRequest(() => {
    starts += 1;
    return new Promise<void>((resolve) => {
      markReady = resolve;
    });
  });
  try {
    await delay(20);
    // Nothing asked yet: not started.
    expect(starts).toBe(0);
    const first = fetchJson('/api/events', () => eventPageSchema);
    const second = fetchJson('/api/events', () => eventPageSchema);
    await delay(20);
    expect(starts).toBe(1);
    markReady();
    await expect(Promise.all([first, second])).resolves.toEqual([PAGE, PAGE]);
    expect(starts).toBe(1);
  } finally {
    holdRequestsUntil(Promise.resolve());
  }
});

test('when the API cannot start, a request is a network ApiError', async () => {
  holdRequestsUntil(Promise.reject(new Error('the mock did not load')));
  try {
    const error = await fetchJson('/api/events', () => eventPageSchema).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network' });
  } finally {
    holdRequestsUntil(Promise.resolve());
  }
});
