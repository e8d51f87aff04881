import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { z } from 'zod';

import { openPage, startHarness, harnessForFile } from './harness';

const MEETING = 'quang-azerbaijan-2025-10-26';

const harness = await harnessForFile(startHarness);

/** What this test reads of an `EventPage` (docs/api.md). */
const EVENT_PAGE = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      start: z.string(),
      place: z.object({ city: z.string() }),
    }),
  ),
});

/** The events of a filter, asked of the API the page itself uses. */
async function apiEvents(page: Page, query: string) {
  const body = await page.evaluate(
    async (search): Promise<unknown> =>
      (await fetch(`/api/events?${search}&limit=1000`)).json(),
    query,
  );
  return EVENT_PAGE.parse(body).items;
}

async function saved(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('Export as CSV saves the filtered events in a file that parses back to them', async () => {
  const { page, context, problems } = await openPage(harness);
  await page.goto(`${harness.baseUrl}/?party=AZ&view=list`);
  await page.getByRole('table', { name: /events in time order/i }).waitFor();
  const expected = await apiEvents(page, 'party=AZ');

  const { name, bytes } = await saved(page, () =>
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  );
  assert.match(name, /^treaty-timeline-az-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const { data, errors } = Papa.parse<Record<string, string>>(
    bytes.toString('utf8').slice(1),
    { header: true, skipEmptyLines: true },
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(
    data.map((row) => [row.id, row.title, row.start, row['place.city']]),
    expected.map((event) => [
      event.id,
      event.title,
      event.start,
      event.place.city,
    ]),
  );
  await page.getByText(`Exported ${expected.length} events`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('Add to calendar saves the open event as iCalendar', async () => {
  const { page, context, problems } = await openPage(harness);
  await page.goto(`${harness.baseUrl}/events/${MEETING}?view=list`);
  const { name, bytes } = await saved(page, () =>
    page.getByRole('button', { name: 'Add to calendar' }).click(),
  );
  assert.equal(name, `treaty-timeline-${MEETING}.ics`);
  const ics = bytes.toString('utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, new RegExp(`UID:${MEETING}@treaty-timeline\r\n`));
  assert.match(ics, /DTSTART;VALUE=DATE:20251026\r\nDTEND;VALUE=DATE:20251027/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Copy link puts the address of the view on the clipboard', async () => {
  const { page, context, problems } = await openPage(harness, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.goto(`${harness.baseUrl}/?party=AZ&type=state-visit&view=list`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    page.url(),
  );
  assert.match(page.url(), /\?party=AZ&type=state-visit&view=list$/);
  assert.deepEqual(problems, []);
  await context.close();
});
