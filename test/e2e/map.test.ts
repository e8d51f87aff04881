import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import {
  axeViolations,
  countEvents,
  openThemedPage,
  openTimedPage,
  RESULTS_DIR,
  startHarness,
  harnessForFile,
  type Theme,
  waitForDrawnItems,
  waitForRedraw,
} from './harness';

const harness = await harnessForFile(startHarness);

const MAP_NAME = 'World map of the states with events';

function theMap(page: Page) {
  return page.getByRole('group', { name: MAP_NAME });
}

/** Waits until the table lists `count` events (it may follow the timeline). */
async function rowsShown(page: Page, count: number) {
  await page
    .getByRole('table', { name: `Events in time order (${count})` })
    .waitFor({ timeout: 10_000 });
}

/** The aria-label of the focused element. */
function focusedLabel(page: Page) {
  return page.evaluate(() =>
    document.activeElement?.getAttribute('aria-label'),
  );
}

test('the map loads in its own chunk, after the timeline is drawn', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  const drawnAt = await waitForDrawnItems(page, total);
  await theMap(page).waitFor();
  const chunks = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /world-map-panel-[\w-]+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  );
  const [requestedAt] = chunks;
  assert.equal(chunks.length, 1, 'one map chunk');
  assert.ok(requestedAt !== undefined && drawnAt !== null);
  console.log(
    `# map chunk requested ${Math.round(requestedAt - drawnAt)} ms after the timeline's first draw`,
  );
  assert.ok(requestedAt > drawnAt, 'the map chunk is asked for after the draw');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a state on the map filters the timeline and the URL', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  const algerias = await countEvents(page, 'party=DZ');
  await waitForDrawnItems(page, total);
  const algeria = theMap(page).getByRole('button', {
    name: `Algeria: ${algerias} event${algerias === 1 ? '' : 's'}`,
  });
  await algeria.click();
  await waitForRedraw(page, algerias);
  assert.match(page.url(), /\?party=DZ$/);
  await rowsShown(page, algerias);
  assert.equal(await algeria.getAttribute('aria-pressed'), 'true');
  // Hover shows its name and count.
  await algeria.hover();
  const tip = page.locator('.tt-map__tip');
  await tip.waitFor();
  assert.match(
    await tip.innerText(),
    new RegExp(`Algeria\\s+${algerias} events?`),
  );

  await algeria.click();
  await waitForRedraw(page, total);
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('by keyboard: one Tab stop, the arrows and letters to a state, Enter filters by it', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  const total = await countEvents(page);
  const azerbaijan = await countEvents(page, 'party=AZ');
  await waitForDrawnItems(page, total);
  // The map loads after the first view: wait for it, then Tab onto it from
  // the control before it in Tab order.
  await theMap(page).waitFor();
  await page.locator('.tt-list tbody button').last().focus();
  await page.keyboard.press('Tab');
  const first = await focusedLabel(page);
  assert.match(first ?? '', /: \d+ events?$/, `on a state: ${first}`);
  await page.keyboard.press('ArrowRight');
  const second = await focusedLabel(page);
  assert.notEqual(second, first, 'ArrowRight moves to the next state east');
  // A letter goes to the next state whose name starts with it.
  const seen = [first, second];
  for (let step = 0; step < 10; step += 1) {
    if ((await focusedLabel(page))?.startsWith('Azerbaijan')) break;
    await page.keyboard.press('a');
    seen.push(await focusedLabel(page));
  }
  assert.equal(
    await focusedLabel(page),
    `Azerbaijan: ${azerbaijan} events`,
    seen.join(' → '),
  );
  await page.keyboard.press('Enter');
  await waitForRedraw(page, azerbaijan);
  assert.match(page.url(), /\?party=AZ$/);
  await rowsShown(page, azerbaijan);
  // Focus stays on the state, now pressed; Space removes it again.
  assert.equal(
    await page.evaluate(() =>
      document.activeElement?.getAttribute('aria-pressed'),
    ),
    'true',
  );
  await page.keyboard.press(' ');
  await waitForRedraw(page, total);
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(problems, []);
  await context.close();
});

const RUNS: { theme: Theme; scheme: 'light' | 'dark' }[] = [
  { theme: 'light', scheme: 'dark' },
  { theme: 'dark', scheme: 'light' },
  { theme: 'contrast', scheme: 'light' },
  { theme: 'contrast', scheme: 'dark' },
];

for (const { theme, scheme } of RUNS) {
  test(`axe finds no contrast, serious or critical violation on the map view (${theme} theme, ${scheme} system)`, async () => {
    const { page, context, problems } = await openThemedPage(harness, theme, {
      colorScheme: scheme,
    });
    await page.goto(`${harness.baseUrl}/?party=AZ`);
    await theMap(page).waitFor();
    await page.locator('.tt-map__list summary').click();
    await page.getByRole('table', { name: /States with events/ }).waitFor();
    await theMap(page)
      .getByRole('button', { name: /^Azerbaijan: \d+ events$/ })
      .focus();
    await page.waitForTimeout(200);
    const violations = (await axeViolations(page)).filter(
      (violation) =>
        violation.id === 'color-contrast' ||
        violation.impact === 'serious' ||
        violation.impact === 'critical',
    );
    assert.deepEqual(violations, [], `axe on the map (${theme}, ${scheme})`);
    await page
      .locator('.tt-dashboard__more')
      .screenshot({ path: `${RESULTS_DIR}/map-${theme}-${scheme}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone the map and the progress fit the width: no sideways scroll', async () => {
  const { page, context, problems } = await openTimedPage(harness, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await page.goto(`${harness.baseUrl}/?party=AZ`);
  await theMap(page).waitFor();
  await page.locator('.tt-map__list summary').click();
  await page
    .getByRole('heading', { name: 'How far from entry into force' })
    .waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide`);
  assert.deepEqual(problems, []);
  await context.close();
});
