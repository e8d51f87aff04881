// Serves the production build (dist/, made by `npm run build`) with
// `vite preview` and drives it in Debian's Chromium through playwright-core.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { after, before } from 'node:test';

import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

import { startHostileApi } from './hostile-api.ts';

export const RESULTS_DIR = 'test-results';

/** Headless, and quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function findChromium() {
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

/**
 * Starts the preview server of a build (dist/ by default) and the browser;
 * call close() when done.
 */
export async function startHarness({ outDir = 'dist' } = {}) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report its URL');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
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
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('requestfailed', (request) => {
    // A request the app cancels on purpose (a stale query) is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()}`);
  });
  return { page, context, problems };
}

/** The app's themes (src/app/theme.ts), as its theme menu names them. */
export const THEMES = ['light', 'dark', 'contrast'];

/**
 * A fresh page whose reader chose `theme` on an earlier visit (it is in
 * localStorage before the app starts, as src/app/theme.ts keeps it).
 */
export async function openThemedPage(harness, theme, options) {
  const opened = await openPage(harness, options);
  await opened.page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    ['tt-theme', theme],
  );
  return opened;
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

const HOSTILE_API_PORT = 4599;

/**
 * The production build pointed at a hostile API (test/e2e/hostile-api.ts):
 * built into dist-hostile/ with VITE_API_BASE_URL, so no mock starts.
 */
export async function startHostileHarness() {
  const api = await startHostileApi({ port: HOSTILE_API_PORT });
  process.env.VITE_API_BASE_URL = api.url;
  try {
    await build({
      logLevel: 'warn',
      build: { outDir: 'dist-hostile', emptyOutDir: true },
    });
  } finally {
    delete process.env.VITE_API_BASE_URL;
  }
  const harness = await startHarness({ outDir: 'dist-hostile' });
  return {
    ...harness,
    api,
    async close() {
      await harness.close();
      await api.close();
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which
 * the page's CSP does not govern) and returns the violations of WCAG 2.2 A
 * and AA, or of the axe rules named, in the elements `selector` matches (the
 * whole page by default).
 */
export async function axeViolations(
  page,
  { selector = null, rules = null } = {},
) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([include, ruleIds, tags]) => {
      const result = await window.axe.run(include ?? document, {
        runOnly: ruleIds
          ? { type: 'rule', values: ruleIds }
          : { type: 'tag', values: tags },
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.length,
        target: violation.nodes[0]?.target.join(' '),
      }));
    },
    [selector, rules, WCAG_TAGS],
  );
}

/** The serious and critical violations of WCAG 2.2 A and AA on the page. */
export async function seriousAxeViolations(page) {
  const violations = await axeViolations(page);
  return violations.filter(
    (violation) =>
      violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/**
 * Starts a harness before a test file's tests and closes it after them; the
 * returned object is filled in once started.
 */
export function useHarness(start = startHarness) {
  const harness = {};
  before(async () => {
    Object.assign(harness, await start());
  });
  after(async () => {
    await harness.close?.();
  });
  return harness;
}
