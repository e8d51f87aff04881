import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { expect, test } from 'vitest';

import { getEvents } from '@/api/events';
import { toCsvRow } from '@/features/export/to-csv';
import type { JsonExport } from '@/features/export/to-json';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';
import { catchDownloads } from '../fakes/downloads';
import { itemAt } from '../fakes/export-events';
import { renderApp } from '../render';

/** The real events with Azerbaijan, in the API's order (start, then id). */
const AZERBAIJAN_EVENTS = events.filter((event) =>
  event.parties.includes('AZ'),
);

/** Answers the export's requests (pages of 1000), not the dashboard's. */
/**
 * Answers the export's pages of Azerbaijan's events (the API's largest page),
 * not the treaty's progress, which asks for signatures in pages as large.
 */
function answerExportPages(answer: () => Response | Promise<Response>) {
  server.use(
    http.get('/api/events', ({ request }) => {
      const params = new URL(request.url).searchParams;
      return params.get('limit') === '1000' && params.get('party') === 'AZ'
        ? answer()
        : undefined;
    }),
  );
}

async function exportAs(format: 'CSV' | 'JSON' | 'iCalendar') {
  const group = await screen.findByRole('group', { name: 'Export' });
  return within(group).getByRole('button', { name: `Export as ${format}` });
}

test('Export as CSV saves every event of the filter, in a file that parses back to them', async () => {
  const downloads = catchDownloads();
  const { user } = renderApp('/?party=AZ&view=list');
  await user.click(await exportAs('CSV'));

  expect(
    await screen.findByText(/Exported 8 events to treaty-timeline-az-/),
  ).toBeInTheDocument();
  expect(downloads).toHaveLength(1);
  const download = itemAt(downloads, 0);
  expect(download.name).toMatch(/^treaty-timeline-az-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(download.blob.type).toBe('text/csv;charset=utf-8');
  const bytes = new Uint8Array(await download.blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [, ...rows] = Papa.parse<string[]>(await download.blob.text(), {
    skipEmptyLines: true,
  }).data;
  const byId = (a: string[], b: string[]) =>
    (a[0] ?? '').localeCompare(b[0] ?? '');
  expect(rows.toSorted(byId)).toEqual(
    AZERBAIJAN_EVENTS.map(toCsvRow).toSorted(byId),
  );
});

test('a new filter clears the message about the last export', async () => {
  catchDownloads();
  const { user } = renderApp('/?party=AZ&view=list');
  await user.click(await exportAs('CSV'));
  const message = await screen.findByText(/Exported 8 events/);

  await user.click(screen.getByRole('checkbox', { name: /Agreement/ }));
  await waitFor(() => {
    expect(message).not.toBeInTheDocument();
  });
  expect(screen.queryByText(/Exported \d+ events/)).not.toBeInTheDocument();
});

test('Export as JSON gives the API fields of every event of the filter', async () => {
  const downloads = catchDownloads();
  const { user } = renderApp('/?q=l%C6%B0%C6%A1ng&type=state-visit&view=list');
  await user.click(await exportAs('JSON'));

  await screen.findByText(/Exported \d+ events/);
  const body = JSON.parse(await itemAt(downloads, 0).blob.text()) as JsonExport;
  expect(body.filter).toEqual({
    q: 'lương',
    type: ['state-visit'],
    party: [],
    verification: [],
  });
  const page = await getEvents({
    q: 'lương',
    type: ['state-visit'],
    limit: 1000,
  });
  expect(body.items.length).toBeGreaterThan(0);
  expect(body.items).toEqual(page.items);
  expect(body.total).toBe(page.total);
});

test('Export as iCalendar saves a calendar of the filtered events', async () => {
  const downloads = catchDownloads();
  const { user } = renderApp('/?party=AZ&view=list');
  await user.click(await exportAs('iCalendar'));

  await screen.findByText(/Exported 8 events/);
  expect(downloads[0]?.name).toMatch(/\.ics$/);
  const text = await itemAt(downloads, 0).blob.text();
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(AZERBAIJAN_EVENTS.length);
});

test('a server error while paging is shown as text, and Retry exports', async () => {
  const downloads = catchDownloads();
  const { user } = renderApp('/?party=AZ&view=list');
  const button = await exportAs('CSV');
  answerExportPages(() =>
    HttpResponse.json(
      { error: { code: 'internal', message: '<b>Database</b> down' } },
      { status: 500 },
    ),
  );
  await user.click(button);

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The CSV export failed.');
  expect(alert).toHaveTextContent('<b>Database</b> down');
  expect(downloads).toHaveLength(0);

  server.resetHandlers();
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  await screen.findByText(/Exported 8 events/);
  expect(downloads).toHaveLength(1);
  await waitFor(() => {
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

test('a long export shows its progress and can be cancelled', async () => {
  const downloads = catchDownloads();
  const { user } = renderApp('/?party=AZ&view=list');
  const button = await exportAs('JSON');
  answerExportPages(() => new Promise<never>(() => undefined));
  await user.click(button);

  expect(await screen.findByText('Fetching events…')).toBeInTheDocument();
  expect(button).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Cancel export' }));

  expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
  expect(button).toBeEnabled();
  expect(downloads).toHaveLength(0);
});
