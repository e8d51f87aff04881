// Serves the production build (dist/, made by `npm run build`) with
// `vite preview` and drives it in Debian's Chromium through playwright-core.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const RESULTS_DIR = 'test-results';

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = execSync(
    'command -v chromium || command -v chromium-browser || true',
    { shell: '/bin/sh' },
  )
    .toString()
    .trim();
  if (!found) {
    throw new Error(
      'No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Starts the preview server and the browser; call close() when done. */
export async function startHarness() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report its URL');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh page (a first visit) that records console errors and failures. */
export async function openPage(harness, options = {}) {
  const context = await harness.browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()}`),
  );
  return { page, context, problems };
}

const ITEM_LABELS = '.vis-item .tt-item__label';

/** Records, from navigation on, when the number of drawn items changes. */
function recordDrawnItems(selector) {
  const record = [];
  Object.defineProperty(window, '__drawnItems', { value: record });
  window.addEventListener(
    'click',
    () => {
      window.__lastClickAt = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const count = document.querySelectorAll(selector).length;
    if (count !== record.at(-1)?.count) {
      record.push({ count, at: performance.now() });
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A page that records when timeline items are drawn. */
export async function openTimedPage(harness, options) {
  const opened = await openPage(harness, options);
  await opened.page.addInitScript(recordDrawnItems, ITEM_LABELS);
  return opened;
}

/**
 * Waits until `count` timeline items are drawn; returns the ms from navigation
 * to the first moment they were.
 */
export async function waitForDrawnItems(page, count) {
  await page.waitForFunction(
    ([selector, expected]) =>
      document.querySelectorAll(selector).length >= expected,
    [ITEM_LABELS, count],
    { timeout: 15_000 },
  );
  return page.evaluate(
    (expected) =>
      window.__drawnItems.find((entry) => entry.count >= expected)?.at ?? null,
    count,
  );
}

/**
 * Waits until exactly `count` items are drawn after the last click; returns
 * the ms from that click to the first moment they were.
 */
export async function waitForRedraw(page, count) {
  await page.waitForFunction(
    ([selector, expected]) =>
      document.querySelectorAll(selector).length === expected,
    [ITEM_LABELS, count],
    { timeout: 15_000 },
  );
  return page.evaluate((expected) => {
    const clickedAt = window.__lastClickAt;
    const entry = window.__drawnItems.find(
      (candidate) => candidate.at >= clickedAt && candidate.count === expected,
    );
    return entry ? entry.at - clickedAt : null;
  }, count);
}

/** The real events' count, asked of the API the page itself uses. */
export async function countEvents(page) {
  await page.getByRole('table', { name: /events in time order/i }).waitFor();
  return page.evaluate(() =>
    fetch('/api/events?limit=1000')
      .then((response) => response.json())
      .then((body) => body.total),
  );
}
