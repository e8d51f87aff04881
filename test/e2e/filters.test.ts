import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import {
  countEvents,
  openTimedPage,
  RESULTS_DIR,
  startHarness,
  harnessForFile,
  waitForDrawnItems,
  waitForRedraw,
} from './harness';

const harness = await harnessForFile(startHarness);

function azerbaijanCheckbox(page: Page) {
  return page
    .getByRole('group', { name: 'States' })
    .getByRole('checkbox', { name: /Azerbaijan/ });
}

function tableRows(page: Page) {
  return page
    .getByRole('table', { name: /events in time order/i })
    .locator('tbody tr');
}

test('a country filter chosen in the UI survives reload, Back and a shared link', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  const azerbaijanEvents = await countEvents(page, 'party=AZ');
  await waitForDrawnItems(page, total);

  const timings: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await azerbaijanCheckbox(page).click();
    timings.push((await waitForRedraw(page, azerbaijanEvents)) ?? 0);
    await azerbaijanCheckbox(page).click();
    await waitForRedraw(page, total);
  }
  const sorted = timings.toSorted((a, b) => a - b);
  console.log(
    `# country toggle, click to redrawn timeline: median ${Math.round(sorted[2] ?? 0)} ms (runs: ${timings.map(Math.round).join(', ')})`,
  );

  await azerbaijanCheckbox(page).click();
  await waitForRedraw(page, azerbaijanEvents);
  assert.match(page.url(), /\?party=AZ$/);
  assert.equal(await tableRows(page).count(), azerbaijanEvents);
  await page.screenshot({
    path: `${RESULTS_DIR}/filtered.png`,
    fullPage: true,
  });

  await page.reload();
  await waitForDrawnItems(page, azerbaijanEvents);
  assert.equal(await tableRows(page).count(), azerbaijanEvents);
  assert.ok(await azerbaijanCheckbox(page).isChecked());

  await page.goBack();
  await page.waitForURL(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, total);
  assert.equal(await azerbaijanCheckbox(page).isChecked(), false);

  const shared = await context.newPage();
  await shared.goto(`${harness.baseUrl}/?party=AZ&type=agreement`);
  const agreements = await countEvents(shared, 'party=AZ&type=agreement');
  assert.ok(agreements > 0);
  await shared
    .getByRole('table', { name: `Events in time order (${agreements})` })
    .waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad link says what it ignored and still works', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/?type=meeting&party=AZ`);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /type=meeting/);
  await page.waitForURL(/\?party=AZ$/);
  await waitForDrawnItems(page, await countEvents(page, 'party=AZ'));
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a choice shows at once, even when the page is slow to redraw', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });

  const checkbox = azerbaijanCheckbox(page);
  await checkbox.click();
  assert.equal(await checkbox.isChecked(), true);
  const byCountry = page.getByRole('radio', { name: 'Lanes by country' });
  await byCountry.click();
  assert.equal(await byCountry.isChecked(), true);
  const from = page.getByLabel('From', { exact: true });
  await from.fill('2025-05-01');
  assert.equal(await from.inputValue(), '2025-05-01');

  await page.waitForURL(/party=AZ/);
  await page.waitForURL(/lanes=country/);
  await page.waitForURL(/from=2025-05-01/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.deepEqual(problems, []);
  await context.close();
});
