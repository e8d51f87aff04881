import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { PAGE_LIMIT } from '@/api/events';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';
import { renderApp } from '../render';

function titleOf(id: string): string {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no real event ${id}`);
  return event.title;
}

const AZERBAIJAN_MEETING = 'quang-azerbaijan-2025-10-26';

test('user sees the real events in time order, the first page of them in the table, with the count of all', async () => {
  renderApp('/');
  const table = await screen.findByRole('table', {
    name: `Events in time order (${String(PAGE_LIMIT)})`,
  });
  const rows = within(table).getAllByRole('row', { hidden: true }).slice(1);
  expect(events.length).toBeGreaterThan(PAGE_LIMIT);
  expect(rows).toHaveLength(PAGE_LIMIT);
  expect(
    rows.map(
      (row) => within(row).getByRole('button', { hidden: true }).textContent,
    ),
  ).toEqual(events.slice(0, PAGE_LIMIT).map((event) => event.title));
  expect(
    await screen.findByText(`${events.length} of ${events.length} events`),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      `Showing the first ${String(PAGE_LIMIT)} of ${String(events.length)} matching events.`,
    ),
  ).toBeInTheDocument();
});

test('user selects an event in the table and sees its date, place and parties', async () => {
  const { user } = renderApp('/');
  await user.click(
    await screen.findByRole('button', { name: titleOf(AZERBAIJAN_MEETING) }),
  );
  const detail = await screen.findByRole('region', {
    name: titleOf(AZERBAIJAN_MEETING),
  });
  const facts = within(detail).getAllByRole('definition');
  expect(facts[0]).toHaveTextContent('Sun, 26 Oct 2025');
  expect(facts[1]).toHaveTextContent('Hanoi');
  expect(facts[2]).toHaveTextContent('Vietnam');
  expect(facts[2]).toHaveTextContent('Azerbaijan');
  expect(window.location.pathname).toBe(`/events/${AZERBAIJAN_MEETING}`);

  await user.click(within(detail).getByRole('button', { name: 'Close' }));
  expect(window.location.pathname).toBe('/');
  expect(
    screen.queryByRole('region', { name: titleOf(AZERBAIJAN_MEETING) }),
  ).not.toBeInTheDocument();
});

test('a deep link opens with its event selected', async () => {
  renderApp('/events/hanoi-convention-opening-2025-10-25');
  const summary = await screen.findByRole('region', {
    name: titleOf('hanoi-convention-opening-2025-10-25'),
  });
  expect(within(summary).getAllByRole('definition')[0]).toHaveTextContent(
    /09:00/,
  );
});

test('a month-precision event says its day is not known', async () => {
  renderApp('/events/mps-az-baku-agreements-2025-05');
  const summary = await screen.findByRole('region', {
    name: titleOf('mps-az-baku-agreements-2025-05'),
  });
  const facts = within(summary).getAllByRole('definition');
  expect(facts[0]).toHaveTextContent('May 2025, day not known');
  expect(facts[3]).toHaveTextContent('Unverified');
});

test('an unknown event id says there is no such event and leads back', async () => {
  const { user } = renderApp('/events/no-such-event?party=AZ');
  expect(
    await screen.findByRole('heading', { name: 'No such event' }),
  ).toBeInTheDocument();
  expect(
    screen.getByText(/no event with the id “no-such-event”/i),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: /back to the timeline/i }));
  expect(window.location.pathname).toBe('/');
  expect(window.location.search).toBe('?party=AZ');
  expect(
    await screen.findByRole('table', { name: /events in time order \(8\)/i }),
  ).toBeInTheDocument();
});

test('a link whose id is not validly encoded says there is no such event', async () => {
  renderApp('/events/%E0%A4');
  expect(
    await screen.findByRole('heading', { name: 'No such event' }),
  ).toBeInTheDocument();
  expect(
    screen.getByText(/no event with the id “%E0%A4”/i),
  ).toBeInTheDocument();
});

test('an API error names the failure, and Retry recovers', async () => {
  server.use(
    http.get(
      '/api/events',
      () =>
        HttpResponse.json(
          { error: { code: 'internal', message: 'The database is down.' } },
          { status: 500 },
        ),
      { once: true },
    ),
  );
  const { user } = renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/could not be loaded/i);
  expect(alert).toHaveTextContent('500');
  expect(alert).toHaveTextContent('The database is down.');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(
    await screen.findByRole('table', { name: /events in time order/i }),
  ).toBeInTheDocument();
});

test('a network failure says the API could not be reached', async () => {
  server.use(http.get('/api/events', () => HttpResponse.error()));
  renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /could not reach the events api/i,
  );
});

test('a response that breaks the contract says what was wrong', async () => {
  server.use(
    http.get('/api/events', () =>
      HttpResponse.json({
        items: [{ ...events[0], start: 'yesterday' }],
        total: 1,
        nextCursor: null,
        facets: { party: [], type: [], verification: [] },
      }),
    ),
  );
  renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/breaks its contract/i);
  expect(alert).toHaveTextContent('items.0.start');
});

test('an empty result shows the empty state', async () => {
  server.use(
    http.get('/api/events', () =>
      HttpResponse.json({
        items: [],
        total: 0,
        nextCursor: null,
        facets: { party: [], type: [], verification: [] },
      }),
    ),
  );
  renderApp('/');
  expect(
    await screen.findByText(/no events match these filters/i),
  ).toBeInTheDocument();
});

test('an unknown page says so and links home', async () => {
  renderApp('/nowhere');
  expect(await screen.findByRole('alert')).toHaveTextContent(/no page/i);
  expect(
    screen.getByRole('link', { name: /back to the timeline/i }),
  ).toHaveAttribute('href', '/');
});

test('when the timeline has nothing to draw though the table has events, what waits for the drawing still comes', async () => {
  server.use(
    http.get('/api/timeline', () =>
      HttpResponse.json({
        window: null,
        total: 0,
        items: [],
        clusters: [],
        extent: null,
      }),
    ),
  );
  renderApp('/');
  expect(await screen.findAllByRole('row')).not.toHaveLength(0);
  // The treaty's progress loads once the first view has settled.
  expect(
    await screen.findByRole(
      'heading',
      { name: 'How far from entry into force' },
      { timeout: 10_000 },
    ),
  ).toBeVisible();
});
