import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  countEvents,
  openTimedPage,
  RESULTS_DIR,
  startHarness,
  harnessForFile,
  drawnEvents,
  waitForDrawnItems,
  waitForRestingDrawing,
} from './harness';

const harness = await harnessForFile(startHarness);

test('draws every real event, a crowded signing day as one item with its count, with no console error', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  assert.ok(total > 0, 'the API serves events');
  const drawnAt = await waitForDrawnItems(page, total);
  console.log(
    `# navigation to ${total} drawn items: ${Math.round(drawnAt ?? 0)} ms`,
  );
  await page.waitForTimeout(300);
  assert.equal(await drawnEvents(page), total);
  const stack = page.locator('.vis-item .tt-stack__label');
  assert.equal(await stack.count(), 1);
  const stacked = Number(await stack.getAttribute('data-event-count'));
  assert.equal(await stack.innerText(), `${stacked} signatures`);
  assert.equal(
    await page.locator('.vis-item .tt-item__label').count(),
    total - stacked + 1,
  );
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
  // The mock starts with the first request, the treaty's progress's.
  await page
    .getByRole('heading', { name: 'How far from entry into force' })
    .waitFor();
  // The worker's module exposes the API on its global's "message" events
  // (Comlink): loaded by the page, it would build the API there too and
  // listen on the window's.
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'window',
  });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId ?? '',
  });
  assert.deepEqual(
    listeners.filter(({ type }) => type === 'message'),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('requests made before the mock API is ready wait for it, and are answered', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  const served: string[] = [];
  // The interceptor's chunk arrives a second late: the app renders and asks
  // for its data before anything could answer.
  await page.route(/\/assets\/browser-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) served.push(pathname);
  });
  // Not the prerendered view, whose answers come with the page: a filtered
  // link asks for its events at once.
  await page.goto(`${harness.baseUrl}/?party=AZ`);
  const total = await countEvents(page, 'party=AZ');
  await waitForDrawnItems(page, total);
  assert.equal(total, await drawnEvents(page));
  assert.equal(await page.getByRole('alert').count(), 0);
  // Every request was answered in the page; none reached the static server.
  assert.deepEqual(served, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking an item selects it and shows its summary', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  await page.getByRole('button', { name: 'Go to Hanoi signing week' }).click();
  // The week's window animates in steps a click can fall between.
  await waitForRestingDrawing(page);
  const item = page.locator('.vis-item', {
    has: page.locator('[data-event-id="quang-azerbaijan-2025-10-26"]'),
  });
  await item.locator('.tt-item__label').click();
  await page.waitForURL(
    (url) => url.pathname === '/events/quang-azerbaijan-2025-10-26',
  );
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

test('the signing day opens into the list of its signatures, by mouse and by keyboard', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  await page.getByRole('button', { name: 'Go to Hanoi signing week' }).click();
  // The week's window animates in steps a click can fall between.
  await waitForRestingDrawing(page);
  const stack = page.locator('.vis-item .tt-stack__label');
  const count = Number(await stack.getAttribute('data-event-count'));
  await stack.click();
  const list = page.getByRole('region', {
    name: `${count} signatures, Sat, 25 Oct 2025`,
  });
  await list.waitFor();
  const entries = list.getByRole('listitem');
  assert.equal(await entries.count(), count);
  // Opening the stack opens no event (the URL keeps the week's window).
  assert.equal(new URL(page.url()).pathname, '/');
  await entries.first().getByRole('button').click();
  await page.waitForURL((url) => url.pathname.startsWith('/events/'));
  // The event opened takes the focus, on its title, once it has loaded:
  // the list is closed after that, not before.
  await page.waitForFunction(
    () => document.activeElement?.id === 'detail-title',
  );
  assert.equal(await list.count(), 1, 'the list stays open');
  await list.getByRole('button', { name: 'Close the list' }).click();
  await list.waitFor({ state: 'detached' });
  // Focus is back on the stack, whose Enter opens it again.
  await page.keyboard.press('Enter');
  await list.waitFor();
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });
  await page.screenshot({
    path: `${RESULTS_DIR}/signing-day.png`,
    fullPage: true,
  });
  assert.deepEqual(problems, []);
  await context.close();
});
