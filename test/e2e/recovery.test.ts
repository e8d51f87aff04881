// Issue #14, point 5, in the production build against the hostile API: a
// page whose data failed comes back whole, with one Retry after a 500, and
// by itself when a dropped connection comes back (refetchOnReconnect).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';
import { z } from 'zod';

import {
  drawnEvents,
  harnessForFile,
  openPage,
  type OpenedPage,
  startHostileHarness,
} from './harness';

const harness = await harnessForFile(startHostileHarness);

/** Long enough for a request, its one retry (1 s later) and a redraw. */
const RECOVERY_MS = 10_000;

const PAGE = z.object({
  items: z.array(z.object({ title: z.string() })),
  total: z.number(),
});

/** The events that match `filters` ("party=AZ"), as the API reports them. */
async function apiEvents(filters = '') {
  const response = await fetch(`${harness.api.url}/api/events?${filters}`);
  assert.equal(response.status, 200, 'the API answers the test');
  const page = PAGE.parse(await response.json());
  assert.equal(page.items.length, page.total, 'one page holds them all');
  return { total: page.total, titles: page.items.map((item) => item.title) };
}

function alerts(page: Page) {
  return page.getByRole('alert');
}

function retryButtons(page: Page) {
  return page.getByRole('button', { name: /^Retry/ });
}

function table(page: Page) {
  return page.getByRole('table', { name: /events in time order/i });
}

function eventCount(page: Page) {
  return page.locator('.tt-active__count');
}

function azerbaijanCheckbox(page: Page) {
  return page
    .getByRole('group', { name: 'States' })
    .getByRole('checkbox', { name: /Azerbaijan/ });
}

/** Until exactly `count` events are drawn on the timeline. */
async function waitForDrawn(page: Page, count: number): Promise<void> {
  try {
    await page.waitForFunction(
      (expected) => window.__drawnEvents?.() === expected,
      count,
      { timeout: RECOVERY_MS },
    );
  } catch (error) {
    assert.fail(
      `the timeline draws ${await drawnEvents(page)} events, not ${count}: ${String(error)}`,
    );
  }
}

/** Until `condition` holds, checked every 50 ms; `describe` says what failed. */
async function until(
  condition: () => boolean,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + RECOVERY_MS;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Records the API's answers as the page receives them, by URL: a request
 * answered twice has been tried and retried (the app's one retry).
 */
function recordApiAnswers(page: Page): Map<string, number> {
  const answers = new Map<string, number>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(`${harness.api.url}/api`)) return;
    if (response.request().method() === 'OPTIONS') return;
    answers.set(url, (answers.get(url) ?? 0) + 1);
  });
  return answers;
}

/**
 * What the page shows for `shown` of `total` events, the filter's and all:
 * the table's rows, the count above it and the drawn timeline, and no alert.
 */
async function assertShows(
  page: Page,
  shown: { total: number; titles: string[] },
  all: { total: number },
) {
  await table(page).waitFor({ timeout: RECOVERY_MS });
  await page
    .getByRole('table', { name: `Events in time order (${shown.total})` })
    .waitFor({ timeout: RECOVERY_MS });
  await waitForDrawn(page, shown.total);
  await alerts(page)
    .first()
    .waitFor({ state: 'detached', timeout: RECOVERY_MS });
  const rowTitles = await table(page)
    .locator('tbody th button')
    .allTextContents();
  assert.deepEqual(rowTitles.toSorted(), shown.titles.toSorted());
  assert.equal(
    await eventCount(page).innerText(),
    `${shown.total} of ${all.total} event${all.total === 1 ? '' : 's'}`,
  );
  assert.equal(await drawnEvents(page), shown.total);
  assert.equal(await alerts(page).count(), 0);
  assert.equal(await retryButtons(page).count(), 0);
}

/** Failed requests are what these tests cause; an uncaught error is not. */
function pageErrors({ problems }: OpenedPage): string[] {
  return problems.filter((problem) => problem.startsWith('page error:'));
}

test('after a 500, one Retry brings back the whole page', async () => {
  harness.api.setMode('500');
  const opened = await openPage(harness);
  const { page, context } = opened;
  const answers = recordApiAnswers(page);
  await page.goto(`${harness.baseUrl}/`);

  // Settled: every request the page made failed twice, and every part of
  // the page says, in its own words, that it has nothing to show.
  const alert = alerts(page).filter({
    hasText: 'The events could not be loaded.',
  });
  await alert.first().waitFor({ timeout: RECOVERY_MS });
  await page.waitForFunction(
    () => document.querySelector('.tt-dashboard__more') !== null,
  );
  await page
    .getByText('The signatures and ratification steps could not be loaded.')
    .waitFor();
  await page
    .getByText('The countries and organisations could not be loaded.')
    .waitFor();
  await eventCount(page).getByText('Event count unavailable').waitFor();
  await retryButtons(page).and(page.locator(':enabled')).first().waitFor();
  await page.waitForFunction(
    () => document.querySelector('.tt-spinner') === null,
    undefined,
    { timeout: RECOVERY_MS },
  );
  // The count of all events is asked again when the treaty's progress
  // mounts on it: answered an even number of times, each try was retried.
  await until(
    () => {
      const paths = new Set(
        [...answers.keys()].map((url) => new URL(url).pathname),
      );
      return (
        ['/api/events', '/api/timeline', '/api/parties'].every((path) =>
          paths.has(path),
        ) &&
        [...answers.values()].every((times) => times >= 2 && times % 2 === 0)
      );
    },
    () => JSON.stringify([...answers]),
  );
  await retryButtons(page).and(page.locator(':enabled')).first().waitFor();

  assert.equal(await alerts(page).count(), 1, 'one alert for the page');
  assert.equal(await retryButtons(page).count(), 1, 'one Retry');
  assert.match(await alert.innerText(), /500.*Injected failure/s);
  assert.equal(await table(page).count(), 0);
  assert.equal(await drawnEvents(page), 0);

  harness.api.setMode('ok');
  const all = await apiEvents();
  assert.ok(all.total > 0, 'the API serves events');
  await retryButtons(page).click();

  await assertShows(page, all, all);
  // The rest of the page came back with it: the countries, and the treaty's
  // progress (no longer failed, nor loading).
  await azerbaijanCheckbox(page).waitFor();
  const progress = page.getByRole('region', {
    name: 'How far from entry into force',
  });
  await progress.waitFor();
  await progress
    .getByText(/could not be loaded|Loading/)
    .waitFor({ state: 'detached' });
  assert.deepEqual(pageErrors(opened), []);
  await context.close();
});

test('a dropped connection recovers by itself when the network is back', async () => {
  harness.api.setMode('ok');
  const opened = await openPage(harness);
  const { page, context } = opened;
  await page.goto(`${harness.baseUrl}/`);
  const all = await apiEvents();
  const azerbaijan = await apiEvents('party=AZ');
  assert.ok(
    azerbaijan.total > 0 && azerbaijan.total < all.total,
    'a filter that narrows',
  );
  await assertShows(page, all, all);

  // The connection drops before the browser knows it (as a lost Wi-Fi
  // link or a dead uplink does): the next view's requests fail.
  harness.api.setMode('network');
  await azerbaijanCheckbox(page).click();
  await page.waitForURL(/\?party=AZ$/);
  const alert = alerts(page).filter({
    hasText: /could not reach the events api/i,
  });
  await alert.first().waitFor({ timeout: RECOVERY_MS });
  await retryButtons(page).and(page.locator(':enabled')).first().waitFor();
  assert.equal(await alerts(page).count(), 1, 'one alert for the page');

  // Then the browser notices it is offline, and later the network is back:
  // the browser's online event, and nobody clicks Retry.
  await context.setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
  harness.api.setMode('ok');
  await context.setOffline(false);

  await assertShows(page, azerbaijan, all);
  assert.match(page.url(), /\?party=AZ$/);
  assert.deepEqual(pageErrors(opened), []);
  await context.close();
});
