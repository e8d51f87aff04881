import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  countEvents,
  openTimedPage,
  RESULTS_DIR,
  startHarness,
  harnessForFile,
  waitForDrawnItems,
  waitForRestingDrawing,
} from './harness';

const MEETING = 'quang-azerbaijan-2025-10-26';

const harness = await harnessForFile(startHarness);

test('drill into the Azerbaijan meeting from the drawn timeline, step on, close, go back', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  await page.getByRole('button', { name: 'Go to Hanoi signing week' }).click();
  // The week's window animates in steps a click can fall between.
  await waitForRestingDrawing(page);
  await page.locator(`.vis-item [data-event-id="${MEETING}"]`).click();
  // The week's window may join the address (it is written once it rests).
  await page.waitForURL((url) => url.pathname === `/events/${MEETING}`);

  const detail = page.getByRole('region', { name: /Ali Naghiyev/ });
  const people = detail.getByRole('region', { name: 'Who took part' });
  await people.getByText('Ali Naghiyev', { exact: true }).waitFor();
  const sources = detail.getByRole('region', { name: 'Sources' });
  assert.ok((await sources.getByRole('link').count()) > 0);
  await page.screenshot({ path: `${RESULTS_DIR}/detail.png`, fullPage: true });

  await page.reload();
  await people.getByText('Ali Naghiyev', { exact: true }).waitFor();
  assert.match(
    (await page
      .locator('.vis-item.vis-selected .tt-item__label')
      .textContent()) ?? '',
    /Naghiyev/,
  );

  await detail.getByRole('button', { name: /next/i }).click();
  await page.waitForURL((url) => !url.pathname.endsWith(MEETING));
  const nextPath = new URL(page.url()).pathname;
  assert.match(nextPath, /^\/events\//);

  // The week's window travels with the event's address, and back.
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => url.pathname === '/');
  assert.match(page.url(), /\?window=2025-10-/);

  await page.goBack();
  await page.waitForURL((url) => url.pathname === nextPath);
  await page.goBack();
  await page.waitForURL((url) => url.pathname === `/events/${MEETING}`);
  await people.getByText('Ali Naghiyev', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
