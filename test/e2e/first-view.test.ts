import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';
import { z } from 'zod';

import { createApi } from '../../mocks/api/respond';
import { scenarioData } from '../../mocks/data/scenario';
import {
  harnessForFile,
  openTimedPage,
  startHarness,
  waitForApp,
  waitForRestingDrawing,
} from './harness';

const harness = await harnessForFile(startHarness);

/** The first page of events, as the build's own API serves the dashboard. */
const FIRST_PAGE = z
  .object({
    items: z.array(z.object({ title: z.string() })),
    total: z.number(),
  })
  .parse(
    JSON.parse(
      createApi(scenarioData(0))(
        'GET',
        'https://api.invalid/api/events?limit=100',
      ).body,
    ),
  );

/** The event table's rows, as the text a reader sees in each. */
function tableRows(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: /events in time order/i })
    .locator('tbody tr')
    .allInnerTexts();
}

test('without JavaScript, the page shows the header, the filters and the first page of events as text', async () => {
  const context = await harness.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet')
      stylesheets.push(request.url());
  });
  await page.goto(`${harness.baseUrl}/`);
  await page
    .getByRole('heading', { level: 1, name: 'Treaty Timeline' })
    .waitFor();
  await page.getByRole('searchbox', { name: /search/i }).waitFor();
  await page.getByRole('checkbox', { name: /Azerbaijan/ }).waitFor();
  const rows = await tableRows(page);
  assert.equal(rows.length, FIRST_PAGE.items.length);
  for (const [index, event] of FIRST_PAGE.items.entries()) {
    assert.ok(
      rows[index]?.includes(event.title),
      `row ${String(index + 1)} shows "${event.title}"`,
    );
  }
  // Each row has its date and type as text too: the same words the app
  // shows once it runs (next test).
  assert.match(rows[0] ?? '', /\d{4}/);
  // Styled by the stylesheet in the page, which its policy allows by its
  // hash: none is fetched.
  assert.deepEqual(stylesheets, []);
  assert.deepEqual(
    await page.evaluate(() => ({
      inline: document.querySelectorAll('head style').length,
      hidden: getComputedStyle(
        document.querySelector('.tt-visually-hidden') ?? document.body,
      ).position,
    })),
    { inline: 1, hidden: 'absolute' },
  );
  await context.close();
});

test('the page’s stylesheet is not loaded again when the lazy panels bring theirs', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await page.locator('.tt-timeline[data-placed] .vis-item').first().waitFor();
  // The map's chunk lists the entry's stylesheet among its own, and Vite's
  // loader adds the links of those the page has none for, all at once.
  await page
    .locator('link[rel="stylesheet"][href*="world-map-panel"]')
    .waitFor({
      state: 'attached',
    });
  assert.deepEqual(
    await page.evaluate(() => {
      const inline = document.querySelector('link[rel="stylesheet"][disabled]');
      const href = inline?.getAttribute('href') ?? '';
      return {
        links: Array.from(
          document.querySelectorAll('link[rel="stylesheet"]'),
          (link) => link.getAttribute('href'),
        ).filter((other) => other !== null && other.endsWith(href)).length,
        isStyle: inline?.previousElementSibling?.tagName,
      };
    }),
    { links: 1, isStyle: 'STYLE' },
  );
  assert.deepEqual(problems, []);
  await context.close();
});

const SCREENS = [
  {
    name: 'a phone',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    reducedMotion: 'no-preference',
  },
  {
    name: 'a laptop, with reduced motion',
    viewport: { width: 1400, height: 900 },
    isMobile: false,
    reducedMotion: 'reduce',
  },
] as const;

for (const { name, viewport, isMobile, reducedMotion } of SCREENS) {
  test(`on ${name}, the prerendered page hydrates as it is: no error, no warning, nothing moves, nothing is asked before the first draw`, async () => {
    const noScript = await harness.browser.newContext({
      javaScriptEnabled: false,
      viewport,
      isMobile,
    });
    const prerendered = await tableRows(
      await noScript.newPage().then(async (page) => {
        await page.goto(`${harness.baseUrl}/`);
        return page;
      }),
    );
    await noScript.close();

    const { page, context, problems } = await openTimedPage(harness, {
      viewport,
      isMobile,
      hasTouch: isMobile,
      reducedMotion,
    });
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') {
        messages.push(`${message.type()}: ${message.text()}`);
      }
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { __shifts: shifts });
      // The first draw: when the drawing is shown, at its first window.
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.tt-timeline[data-placed]')) return;
        observer.disconnect();
        Object.assign(window, { __shownAt: performance.now() });
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-placed'],
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          shifts.push((entry as PerformanceEntry & { value: number }).value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${harness.baseUrl}/`);
    await page.locator('.tt-timeline[data-placed] .vis-item').first().waitFor();
    await waitForRestingDrawing(page);

    const firstDrawAt = await page.evaluate(
      () => (window as Window & { __shownAt?: number }).__shownAt ?? 0,
    );
    const askedBeforeDraw = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < before)
          .map((entry) => new URL(entry.name).pathname),
      firstDrawAt,
    );
    assert.ok(firstDrawAt > 0, 'the timeline was drawn');
    assert.deepEqual(
      askedBeforeDraw.filter(
        (path) =>
          path.startsWith('/api/') ||
          /\/(browser|api-worker|world-map-panel)-[^/]+\.js$/.test(path) ||
          // A flag (country-flag-icons' SVGs, named by their code).
          /\/assets\/[A-Z]{2}-[^/]+\.svg$/.test(path),
      ),
      [],
      'no API request, no flag, and neither the mock nor the map, before the first draw',
    );
    // The app's code was asked for from the head, while the page was
    // parsed, not once the entry (which draws the timeline) ran after it.
    const preloaded = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const parsedAt = (navigation as PerformanceNavigationTiming)
        .domInteractive;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < parsedAt)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/render-app-[^/]+\.js$/.test(path));
    });
    assert.equal(
      preloaded.length,
      1,
      `asked for while parsing: ${preloaded.join(', ')}`,
    );
    if (!isMobile) {
      // The flags beside the States come once the drawing is shown.
      await page.waitForFunction(() => {
        const flag = document.querySelector<HTMLImageElement>(
          '.tt-dashboard__filters .tt-flag > img',
        );
        return flag?.complete === true && flag.naturalWidth > 0;
      });
    }
    const shifts = await page.evaluate(
      () => (window as Window & { __shifts?: number[] }).__shifts ?? [],
    );
    const cls = shifts.reduce((sum, value) => sum + value, 0);
    assert.ok(cls <= 0.02, `cumulative layout shift ${cls.toFixed(3)}`);
    assert.deepEqual(await tableRows(page), prerendered);
    assert.deepEqual(messages, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/**
 * Holds the app's code back until `release()`: the page shows what the
 * entry draws before the app runs. `isServed()` says whether it has come.
 */
async function holdAppCode(
  page: Page,
): Promise<{ release: () => void; isServed: () => boolean }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let isServed = false;
  await page.route(/\/assets\/render-app-[^/]+\.js$/, async (route) => {
    await held;
    isServed = true;
    await route.continue();
  });
  return { release, isServed: () => isServed };
}

test('the prerendered view’s timeline is drawn before the app’s code has come, and the app keeps that drawing', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  const app = await holdAppCode(page);
  await page.goto(`${harness.baseUrl}/`);
  const drawing = await page
    .locator('.tt-timeline[data-placed] > .vis-timeline')
    .elementHandle();
  assert.ok(drawing, 'the timeline is drawn and shown');
  assert.equal(app.isServed(), false);
  assert.ok(
    (await page.locator('.tt-timeline .vis-item .tt-item__label').count()) > 0,
    'its labels are drawn',
  );
  await drawing.evaluate((element) => {
    element.setAttribute('data-drawn-before-the-app', '');
  });
  app.release();
  await waitForApp(page);
  await page.locator('.tt-dashboard:not(.tt-dashboard--drawing)').waitFor();
  // The same drawing, taken over: one widget, and it answers the reader.
  assert.equal(
    await page.locator('.vis-timeline[data-drawn-before-the-app]').count(),
    1,
  );
  assert.equal(await page.locator('.vis-timeline').count(), 1);
  await page
    .locator('.tt-timeline .vis-item')
    .filter({ hasText: 'UN Convention against Cybercrime opens for signature' })
    .click();
  await page.waitForURL(/\/events\/hanoi-convention-opening-2025-10-25$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table below the timeline is not laid out until the timeline is drawn, then drawn and read aloud as ever', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  const app = await holdAppCode(page);
  await page.goto(`${harness.baseUrl}/`);
  // Not by its role: until the timeline is drawn, the table is hidden.
  const table = page.locator('.tt-dashboard__list table');
  const isDrawn = () => table.evaluate((element) => element.checkVisibility());
  await page.locator('.tt-timeline[data-placed]').waitFor();
  // The timeline drawn, the app not come yet: the page is still as it was
  // while the timeline was drawn, and the browser skips the table.
  assert.equal(await isDrawn(), false);

  app.release();
  await waitForApp(page);
  await page.locator('.tt-dashboard:not(.tt-dashboard--drawing)').waitFor();
  assert.equal(await isDrawn(), true);
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: unknown } }[];
  };
  const heard = new Set(nodes.map((node) => node.name?.value));
  const lastTitle = FIRST_PAGE.items.at(-1)?.title ?? '';
  assert.ok(
    heard.has(lastTitle),
    `"${lastTitle}" is in the accessibility tree`,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to another view or language is not shown the prerendered one: it is hidden until the app renders the reader’s', async () => {
  const views = [
    { path: '/', isOther: false },
    { path: '/?party=AZ', isOther: true },
    { path: '/?lang=vi', isOther: true },
    { path: '/events/quang-azerbaijan-2025-10-26', isOther: true },
  ];
  for (const { path, isOther } of views) {
    const { page, context, problems } = await openTimedPage(harness);
    // What the page was when the parser first put the prerendered view in.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const root = document.getElementById('root');
        if (!root?.firstChild) return;
        observer.disconnect();
        Object.assign(window, {
          __hiddenAtFirstView:
            document.documentElement.hasAttribute('data-other-view'),
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${harness.baseUrl}${path}`);
    await page.locator('.tt-timeline[data-placed] .vis-item').first().waitFor();
    assert.equal(
      await page.evaluate(
        () =>
          (window as Window & { __hiddenAtFirstView?: boolean })
            .__hiddenAtFirstView,
      ),
      isOther,
      `${path}: hidden while it is not the reader's view`,
    );
    // The app's own render is seen.
    assert.equal(
      await page
        .locator('#root')
        .evaluate((root) => getComputedStyle(root).visibility),
      'visible',
    );
    assert.deepEqual(problems, []);
    await context.close();
  }
});
