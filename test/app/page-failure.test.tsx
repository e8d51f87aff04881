import { act, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test } from 'vitest';

import { PAGE_LIMIT } from '@/api/events';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';
import { fakeTimelines } from '../fakes/vis-timeline';
import { renderApp } from '../render';

/** Every request of the page's API answers 500, and is counted. */
function failEverything() {
  const asked: string[] = [];
  server.use(
    http.all('/api/*', ({ request }) => {
      asked.push(new URL(request.url).pathname);
      return HttpResponse.json(
        { error: { code: 'internal', message: 'Down for maintenance' } },
        { status: 500 },
      );
    }),
  );
  return asked;
}

function drawnItems(): number {
  return fakeTimelines.reduce(
    (sum, timeline) =>
      timeline.destroy.mock.calls.length === 0
        ? sum + timeline.items.length
        : sum,
    0,
  );
}

afterEach(() => {
  onlineManager.setOnline(true);
});

test('when the API fails, the page says so once, with one Retry that brings back everything, the timeline included', async () => {
  const asked = failEverything();
  const { user } = renderApp('/');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The events could not be loaded.');
  expect(alert).toHaveTextContent('Down for maintenance');
  await waitFor(() => {
    expect(asked).toContain('/api/timeline');
  });
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);

  server.resetHandlers();
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));

  await waitFor(() => {
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
  const table = await screen.findByRole('table', {
    name: `Events in time order (${String(PAGE_LIMIT)})`,
  });
  expect(table).toBeInTheDocument();
  await waitFor(() => {
    expect(drawnItems()).toBeGreaterThan(0);
  });
  expect(
    await screen.findByText(`${events.length} of ${events.length} events`),
  ).toBeInTheDocument();
});

test('while the API fails, the counts say they are unavailable, never 0, and the party list never claims no party matches', async () => {
  failEverything();
  renderApp('/');
  await screen.findByRole('alert');

  expect(
    await screen.findByText('Event count unavailable'),
  ).toBeInTheDocument();
  expect(screen.queryByText(/^0 events/)).not.toBeInTheDocument();
  const types = screen.getByRole('group', { name: 'Event type' });
  expect(within(types).getAllByLabelText('count unavailable').length).toBe(
    within(types).getAllByRole('checkbox').length,
  );
  expect(within(types).queryByLabelText('0 events')).not.toBeInTheDocument();
  expect(
    screen.getByText('The countries and organisations could not be loaded.'),
  ).toBeInTheDocument();
  expect(screen.queryByText(/No party matches/)).not.toBeInTheDocument();
});

test('a dropped connection recovers by itself when the network comes back', async () => {
  failEverything();
  renderApp('/');
  await screen.findByRole('alert');

  act(() => {
    onlineManager.setOnline(false);
  });
  server.resetHandlers();
  act(() => {
    onlineManager.setOnline(true);
  });

  await waitFor(() => {
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
  expect(
    await screen.findByRole('table', {
      name: `Events in time order (${String(PAGE_LIMIT)})`,
    }),
  ).toBeInTheDocument();
});
