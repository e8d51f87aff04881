import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { ApiError, type ApiErrorKind } from '@/api/api-error';
import { PAGE_LIMIT } from '@/api/events';
import { eventQueries } from '@/api/event-queries';
import { createQueryClient } from '@/app/query-client';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';
import { renderApp } from '../render';

async function findEventRows() {
  const table = await screen.findByRole('table', {
    name: /events in time order/i,
  });
  return within(table).getAllByRole('row', { hidden: true }).slice(1);
}

/** The table lists the first page of the events. */
const SHOWN = events.slice(0, PAGE_LIMIT);

test('a failed refresh keeps the events shown, says why, and Retry clears it', async () => {
  const { user, queryClient } = renderApp('/');
  expect(await findEventRows()).toHaveLength(SHOWN.length);
  expect(events.length).toBeGreaterThan(PAGE_LIMIT);
  // The treaty's progress loads after the first view; mounted later, it would
  // ask for the count again itself. Its second request follows its first:
  // the page is loaded once nothing is on its way.
  await screen.findByRole('heading', { name: 'How far from entry into force' });
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
  });

  let failedRequests = 0;
  server.use(
    http.get('/api/events', () => {
      failedRequests += 1;
      return HttpResponse.json(
        { error: { code: 'internal', message: 'Down for maintenance' } },
        { status: 500 },
      );
    }),
  );
  // Named Refresh, not Refreshing…, once nothing of the page is on its way.
  await user.click(await screen.findByRole('button', { name: 'Refresh' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Could not refresh');
  expect(alert).toHaveTextContent('Down for maintenance');
  // Refresh asks again for everything drawn from /api/events: the page of
  // events, the count of all events, and the treaty's signatures.
  expect(failedRequests).toBe(3);
  const rows = await findEventRows();
  expect(rows).toHaveLength(SHOWN.length);
  expect(
    rows.map(
      (row) => within(row).getByRole('button', { hidden: true }).textContent,
    ),
  ).toEqual(SHOWN.map((event) => event.title));
  // Once the timeline's slice, refreshed too, has its answer.
  expect(await screen.findByRole('button', { name: 'Refresh' })).toBeEnabled();

  server.resetHandlers();
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));

  await waitFor(() => {
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
  expect(await findEventRows()).toHaveLength(SHOWN.length);
  expect(failedRequests).toBe(3);
}, 30_000); // Two full loads of the app: slow on a busy machine.

function apiError(kind: ApiErrorKind, status?: number): ApiError {
  return new ApiError(kind, status === undefined ? {} : { status });
}

function defaultRetry() {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;
  if (typeof retry !== 'function') {
    throw new Error(`retry is ${String(retry)}, not a function`);
  }
  return retry;
}

test.each([
  { name: 'a network failure', error: apiError('network') },
  { name: 'a 500', error: apiError('http', 500) },
  { name: 'a 503', error: apiError('http', 503) },
])('$name is retried once, and only once', ({ error }) => {
  const retry = defaultRetry();
  expect(retry(0, error)).toBe(true);
  expect(retry(1, error)).toBe(false);
  expect(retry(2, error)).toBe(false);
});

test.each([
  { name: 'a 400', error: apiError('http', 400) },
  { name: 'a 404', error: apiError('http', 404) },
  { name: 'a timeout', error: apiError('timeout') },
  { name: 'a broken contract', error: apiError('contract') },
  { name: 'a body that is not JSON', error: apiError('not-json') },
  { name: 'an error that is not an ApiError', error: new Error('boom') },
])('$name is not retried', ({ error }) => {
  expect(defaultRetry()(0, error)).toBe(false);
});

test('the app client asks once for a 400 and twice for a 500', async () => {
  let requests = 0;
  let answer: 400 | 500 = 400;
  server.use(
    http.get('/api/events', () => {
      requests += 1;
      return answer === 400
        ? HttpResponse.json(
            {
              error: {
                code: 'invalid_parameter',
                message: 'limit must be an integer from 1 to 1000',
                parameter: 'limit',
              },
            },
            { status: 400 },
          )
        : HttpResponse.json(
            { error: { code: 'internal', message: 'Down for maintenance' } },
            { status: 500 },
          );
    }),
  );
  // The app's own retry rule, without the wait between tries.
  const queryClient = createQueryClient({ retryDelay: 0 });

  await expect(
    queryClient.query(eventQueries.list({ limit: 1 })),
  ).rejects.toMatchObject({ kind: 'http', status: 400 });
  expect(requests).toBe(1);

  requests = 0;
  answer = 500;
  await expect(
    queryClient.query(eventQueries.list({ limit: 2 })),
  ).rejects.toMatchObject({ kind: 'http', status: 500 });
  expect(requests).toBe(2);
});
