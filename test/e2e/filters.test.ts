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
  waitForRestingDrawing,
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
  await page.waitForURL(/lanes=counterpart/);
  await page.waitForURL(/from=2025-05-01/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('one click, one redraw: after a country toggle the timeline changes once, then stays still', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  await waitForDrawnItems(page, total);
  await page.waitForTimeout(1500);
  for (const expected of [await countEvents(page, 'party=AZ'), total]) {
    await page.evaluate(() => {
      const changes: number[] = [];
      Object.assign(window, { __timelineChanges: changes });
      const timeline = document.querySelector('.vis-timeline');
      if (!timeline) throw new Error('no timeline drawn');
      new MutationObserver(() => {
        changes.push(performance.now());
      }).observe(timeline, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    });
    await azerbaijanCheckbox(page).click();
    await waitForRedraw(page, expected);
    // vis-timeline's own size check runs once a second: wait out two.
    await page.waitForTimeout(2500);
    const changes = await page.evaluate(
      () =>
        (window as unknown as { __timelineChanges: number[] })
          .__timelineChanges,
    );
    // Changes closer than 300 ms apart are one redraw.
    const redraws = changes.filter(
      (at, index) => index === 0 || at - (changes[index - 1] ?? 0) > 300,
    );
    assert.equal(
      redraws.length,
      1,
      `redraws at ${changes.map(Math.round).join(', ')}`,
    );
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('with reduced motion nothing on the page transitions, a country filter included', async () => {
  const { page, context, problems } = await openTimedPage(harness, {
    reducedMotion: 'reduce',
  });
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  await azerbaijanCheckbox(page).click();
  await waitForRedraw(page, await countEvents(page, 'party=AZ'));
  // A transition of any length on an element makes each change of each of
  // its properties a transition: the timeline's items would start one per
  // move. None is left, vis-timeline's own included.
  const transitioning = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return (
          style.transitionProperty !== 'none' &&
          style.transitionDuration
            .split(',')
            .some((duration) => Number.parseFloat(duration) > 0)
        );
      })
      .map((element) => `${element.localName}.${element.className}`),
  );
  assert.deepEqual(transitioning.slice(0, 5), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a narrower window redraws the timeline at its new width', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  const widths = () =>
    page.evaluate(() => {
      const container = document.querySelector('.tt-timeline');
      const axis = document.querySelector('.vis-timeline .vis-panel.vis-top');
      if (!container || !axis) throw new Error('no timeline drawn');
      return {
        container: container.clientWidth,
        drawn: axis.getBoundingClientRect().right,
        right: container.getBoundingClientRect().right,
      };
    });
  const before = await widths();
  // Below 1200 px the filters move above: the timeline's column narrows.
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.waitForFunction(
    (wide) =>
      (document.querySelector('.tt-timeline')?.clientWidth ?? wide) < wide,
    before.container,
  );
  await page.waitForTimeout(300);
  const after = await widths();
  assert.ok(after.container < before.container);
  // The drawing ends where its box does, not beyond it as before.
  assert.ok(Math.abs(after.right - after.drawn) <= 2, JSON.stringify(after));
  assert.deepEqual(problems, []);
  await context.close();
});

/** The timeline's window as its axis reads it: the dates along the top, sorted. */
function shownWindow(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tt-timeline .vis-time-axis .vis-text')]
      .map((label) => label.textContent)
      .sort()
      .join(' '),
  );
}

/** Waits until the axis reads `axis` (a window lands, then draws). */
async function waitForWindow(page: Page, axis: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let shown = await shownWindow(page);
  while (shown !== axis && Date.now() < deadline) {
    await page.waitForTimeout(100);
    shown = await shownWindow(page);
  }
  assert.equal(shown, axis);
}

test('the window the reader moved to survives a reload, a shared link and Back', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  const overview = await shownWindow(page);
  const entries = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: 'Go to Baku, May 2025' }).click();
  // Replaced, not pushed, once the window rests.
  await page.waitForURL(/\?window=2025-0\d-\d\dT\d\d:\d\dZ\/2025-/);
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.waitForTimeout(500);
  const baku = await shownWindow(page);
  assert.notEqual(baku, overview);
  assert.match(baku, /May 2025/);
  const bakuUrl = page.url();

  await page.reload();
  await waitForWindow(page, baku);
  assert.equal(page.url(), bakuUrl);

  const shared = await context.newPage();
  await shared.goto(bakuUrl);
  await waitForWindow(shared, baku);
  await shared.close();

  // A filter keeps the window; Back gives the unfiltered view in it.
  await azerbaijanCheckbox(page).click();
  await page.waitForURL(/party=AZ&window=/);
  await page.goBack();
  await page.waitForURL(bakuUrl);
  await waitForWindow(page, baku);

  // Fit all gives the window back to the events, and the URL drops it.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForURL(`${harness.baseUrl}/`);
  await waitForWindow(page, overview);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad window in a link is dropped with the notice, the rest kept', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(
    `${harness.baseUrl}/?party=AZ&window=2025-10-30T00:00Z/2025-10-01T00:00Z`,
  );
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /window=/);
  await page.waitForURL(/\?party=AZ$/);
  await waitForDrawnItems(page, await countEvents(page, 'party=AZ'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shared link to an event in the Hanoi week draws that week, with nothing left at its edge from the first view', async () => {
  const { page, context, problems } = await openTimedPage(harness, {
    viewport: { width: 1280, height: 800 },
  });
  await page.goto(
    `${harness.baseUrl}/events/quang-azerbaijan-2025-10-26?window=2025-10-24T12:00Z/2025-10-28T12:00Z`,
  );
  await page.locator('#detail-title').waitFor();
  await page.locator('.vis-item .tt-item__label').first().waitFor();
  // The link's window is drawn, and the drawing has come to rest.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.tt-timeline .vis-time-axis .vis-text')]
      .map((label) => label.textContent)
      .some((text) => text.startsWith('Sat 25')),
  );
  await waitForRestingDrawing(page);
  const shownTitles = await page.evaluate(() => {
    const center = document.querySelector('.tt-timeline .vis-panel.vis-center');
    if (!center) throw new Error('the timeline has no center panel');
    const panel = center.getBoundingClientRect();
    return [...document.querySelectorAll('.tt-timeline .tt-item__label')]
      .filter((label) => {
        const box = label.getBoundingClientRect();
        return (
          box.width > 0 && box.right > panel.left && box.left < panel.right
        );
      })
      .map((label) => label.getAttribute('aria-label') ?? '');
  });
  assert.ok(shownTitles.length > 0, 'the week has events drawn');
  // Each drawn label's accessible name has its date (then a time or a note):
  // all in October 2025, none from the first view's December 2024 or 2026.
  for (const title of shownTitles) assert.match(title, /\d Oct 2025\b/, title);
  assert.deepEqual(problems, []);
  await context.close();
});
