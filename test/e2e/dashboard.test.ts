import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  countEvents,
  openTimedPage,
  RESULTS_DIR,
  startHarness,
  harnessForFile,
  waitForDrawnItems,
} from './harness';

const harness = await harnessForFile(startHarness);

test('draws one timeline item per real event, with no console error', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  assert.ok(total > 0, 'the API serves events');
  const drawnAt = await waitForDrawnItems(page, total);
  console.log(
    `# navigation to ${total} drawn items: ${Math.round(drawnAt ?? 0)} ms`,
  );
  await page.waitForTimeout(300);
  const drawn = await page.locator('.vis-item .tt-item__label').count();
  assert.equal(drawn, total);
  await page.screenshot({
    path: `${RESULTS_DIR}/timeline.png`,
    fullPage: true,
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the mock API runs in its worker only, not on the page as well', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  // The worker's module sets its global's onmessage when it runs: loaded by
  // the page, it would build the API there too and set the window's.
  assert.equal(await page.evaluate(() => window.onmessage), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking an item selects it and shows its summary', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  await page.getByRole('button', { name: 'Go to Hanoi signing week' }).click();
  const item = page.locator('.vis-item', {
    has: page.locator('[data-event-id="quang-azerbaijan-2025-10-26"]'),
  });
  await item.locator('.tt-item__label').click();
  await page.waitForURL(/\/events\/quang-azerbaijan-2025-10-26$/);
  await assert.doesNotReject(() =>
    page.getByRole('heading', { level: 2, name: /Naghiyev/ }).waitFor(),
  );
  assert.match((await item.getAttribute('class')) ?? '', /vis-selected/);
  await page.screenshot({
    path: `${RESULTS_DIR}/selected.png`,
    fullPage: true,
  });
  assert.deepEqual(problems, []);
  await context.close();
});
