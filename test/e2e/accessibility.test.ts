import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  axeViolations,
  countEvents,
  openThemedPage,
  openTimedPage,
  startHarness,
  harnessForFile,
  waitForDrawnItems,
} from './harness';

const harness = await harnessForFile(startHarness);

const VIEWS = [
  { name: 'timeline', path: '/', ready: '.vis-item .tt-item__label' },
  { name: 'filtered', path: '/?party=AZ', ready: '.vis-item .tt-item__label' },
  {
    name: 'detail',
    path: '/events/quang-azerbaijan-2025-10-26',
    ready: '#detail-sources',
  },
  { name: 'list', path: '/?view=list', ready: '.tt-list tbody tr' },
  {
    name: 'not found',
    path: '/events/no-such-event',
    ready: '#detail-missing',
  },
  { name: 'unknown page', path: '/nowhere', ready: '[role="alert"]' },
];

/**
 * Every palette side: Light on a dark system and Dark on a light one (so the
 * choice overrides the system), High contrast on both.
 */
const RUNS = [
  { theme: 'light', scheme: 'dark' },
  { theme: 'dark', scheme: 'light' },
  { theme: 'contrast', scheme: 'light' },
  { theme: 'contrast', scheme: 'dark' },
] as const;

for (const { theme, scheme } of RUNS) {
  test(`axe finds no contrast, serious or critical violation on any view (${theme} theme, ${scheme} system)`, async () => {
    const { page, context, problems } = await openThemedPage(harness, theme, {
      colorScheme: scheme,
    });
    const report = [];
    for (const view of VIEWS) {
      await page.goto(`${harness.baseUrl}${view.path}`);
      await page.locator(view.ready).first().waitFor();
      await page.waitForTimeout(200);
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.theme),
        theme,
      );
      const violations = (await axeViolations(page)).filter(
        (violation) =>
          violation.id === 'color-contrast' ||
          violation.impact === 'serious' ||
          violation.impact === 'critical',
      );
      report.push(`${view.name}: ${violations.length}`);
      assert.deepEqual(violations, [], `axe on ${view.name} (${theme})`);
    }
    console.log(
      `# axe contrast/serious/critical violations (${theme}, ${scheme}): ${report.join(', ')}`,
    );
    // The not-found view is the API's 404, which Chromium logs as a failed load.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('status of 404')),
      [],
    );
    await context.close();
  });
}

test('the timeline works by keyboard: Tab in, arrows in time order, Enter opens, Escape closes', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/?party=AZ`);
  await waitForDrawnItems(page, await countEvents(page, 'party=AZ'));
  const order = await page
    .getByRole('table', { name: /events in time order/i })
    .locator('tbody [data-event-id]')
    .evaluateAll((buttons) => buttons.map((button) => button.dataset.eventId));
  await page.locator('.tt-timeline').focus();
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  await page.waitForFunction(() =>
    document.activeElement?.hasAttribute('data-event-id'),
  );
  assert.equal(await focusedId(), order[0]);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (id) => document.activeElement?.getAttribute('data-event-id') === id,
    order[1],
  );
  await page.keyboard.press('End');
  await page.waitForFunction(
    (id) => document.activeElement?.getAttribute('data-event-id') === id,
    order.at(-1),
  );
  await page.keyboard.press('Enter');
  // The filter stays; a move to an item out of view may add its window.
  await page.waitForURL(
    (url) =>
      url.pathname === `/events/${order.at(-1) ?? ''}` &&
      url.searchParams.getAll('party').join() === 'AZ',
  );
  await page.waitForFunction(
    () => document.activeElement?.id === 'detail-title',
  );
  await page.keyboard.press('Escape');
  await page.waitForURL(
    (url) =>
      url.pathname === '/' && url.searchParams.getAll('party').join() === 'AZ',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the count is announced in a live region', async () => {
  const { page, context } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  const status = page.getByRole('status').filter({ hasText: /of \d+ events/ });
  assert.equal(await status.innerText(), `${total} of ${total} events`);
  await context.close();
});
