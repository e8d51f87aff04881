import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import type { HostileMode } from './hostile-api';
import { hostileEvents, PAYLOADS } from './hostile-data';
import {
  openPage,
  RESULTS_DIR,
  seriousAxeViolations,
  startHostileHarness,
  harnessForFile,
} from './harness';

declare global {
  interface Window {
    /** Counts the runs of any script a payload managed to inject. */
    __xss?: number;
  }
}

const EVENTS = hostileEvents();

const harness = await harnessForFile(startHostileHarness);

/** Elements or effects that only injected markup could have produced. */
function injectedTraces(page: Page) {
  return page.evaluate(() => ({
    scriptRan: window.__xss ?? 0,
    // The page's own stylesheet is a <style> in the head; what a string
    // could inject is drawn in the body.
    elements: document.querySelectorAll(
      'img[src="x"], svg[onload], [onerror], [onload], b, body style, script:not([src]), a[href^="javascript:"], a[href^="data:"]',
    ).length,
  }));
}

async function openDashboard() {
  harness.api.setMode('ok');
  const opened = await openPage(harness);
  await opened.page.goto(`${harness.baseUrl}/`);
  await opened.page
    .getByRole('table', { name: `Events in time order (${EVENTS.length})` })
    .waitFor();
  return opened;
}

test('hostile strings stay text in timeline items, hints, lanes, list and detail', async () => {
  const { page, context, problems } = await openDashboard();
  await page.locator('.vis-item .tt-item__label').first().waitFor();

  const drawn = await page
    .locator('.vis-item .tt-item__label')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: node.firstChild?.textContent,
        name: node.getAttribute('aria-label') ?? '',
      })),
    );
  // Every title is an item's name, as text; every one but a signature's
  // (drawn as who signed) is its label too.
  for (const event of EVENTS) {
    const item = drawn.find(({ name }) => name.startsWith(`${event.title}, `));
    assert.ok(item, `${event.title} names an item`);
    if (event.type !== 'signature') assert.equal(item.text, event.title);
  }
  assert.equal(drawn.length, EVENTS.length);

  const hovered = EVENTS[0];
  assert.ok(hovered);
  await page.locator(`.vis-item [data-event-id="${hovered.id}"]`).hover();
  const hint = page.getByRole('tooltip');
  await hint.waitFor();
  assert.ok((await hint.innerText()).includes(hovered.title));

  await page.getByRole('radio', { name: 'Lanes by country' }).check();
  await page.waitForURL(/lanes=counterpart/);
  const lanes = await page
    .locator('.vis-label .tt-lane__label')
    .allTextContents();
  assert.ok(
    lanes.some((lane) => PAYLOADS.includes(lane)),
    lanes.join(' | '),
  );

  const rowTitles = await page
    .getByRole('table', { name: /events in time order/i })
    .locator('tbody th button')
    .allTextContents();
  assert.deepEqual(
    rowTitles.toSorted(),
    EVENTS.map((event) => event.title).toSorted(),
  );

  const first = EVENTS[0];
  assert.ok(first);
  await page.goto(`${harness.baseUrl}/events/${first.id}`);
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.waitFor();
  const hrefs = await sources
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  assert.deepEqual(hrefs, ['https://example.org/safe']);
  assert.equal(await sources.getByText(/not a secure link/).count(), 3);
  const detailText = await page
    .getByRole('region', { name: first.title })
    .innerText();
  for (const note of first.notes) {
    assert.ok(detailText.includes(note.slice(0, 30)), note.slice(0, 30));
  }
  await page.screenshot({
    path: `${RESULTS_DIR}/hostile-detail.png`,
    fullPage: true,
  });

  assert.deepEqual(await injectedTraces(page), { scriptRan: 0, elements: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

const FAILURES: readonly { mode: HostileMode; says: RegExp }[] = [
  { mode: '500', says: /500.*Injected failure/s },
  { mode: 'network', says: /could not reach the events api/i },
  { mode: 'malformed', says: /not valid JSON/i },
  { mode: 'schema', says: /breaks its contract.*items\.0/s },
  { mode: 'slow', says: /did not answer within 10 seconds/i },
];

for (const failure of FAILURES) {
  test(`an API failure (${failure.mode}) is named, and Retry recovers`, async () => {
    harness.api.setMode(failure.mode);
    const { page, context } = await openPage(harness);
    await page.goto(`${harness.baseUrl}/`);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The events could not be loaded.' });
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), failure.says);
    if (failure.mode === '500') {
      const violations = await seriousAxeViolations(page);
      console.log(
        `# axe serious/critical violations (error view): ${violations.length}`,
      );
      assert.deepEqual(violations, []);
    }
    harness.api.setMode('ok');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page
      .getByRole('table', { name: `Events in time order (${EVENTS.length})` })
      .waitFor();
    await context.close();
  });
}

test('a failed refresh keeps the last good data on screen, with a notice', async () => {
  const { page, context } = await openDashboard();
  harness.api.setMode('500');
  await page.getByRole('button', { name: 'Refresh' }).click();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: /could not refresh/i });
  await notice.waitFor();
  assert.equal(
    await page
      .getByRole('table', { name: /events in time order/i })
      .locator('tbody tr')
      .count(),
    EVENTS.length,
  );
  harness.api.setMode('ok');
  await notice.getByRole('button', { name: 'Retry' }).click();
  await notice.waitFor({ state: 'detached' });
  await context.close();
});
