// Serves the production build (dist/, made by `npm run build`) with
// `vite preview` and drives it in Debian's Chromium through playwright-core.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { after } from 'node:test';

import type Axe from 'axe-core';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { build, preview } from 'vite';
import { z } from 'zod';

import { createApi } from '../../mocks/api/respond';
import { scenarioData } from '../../mocks/data/scenario';
import { type HostileApi, startHostileApi } from './hostile-api';

/** What the harness's init scripts and axe-core leave on a page's window. */
declare global {
  interface Window {
    __drawnItems?: DrawnCount[];
    __lastClickAt?: number;
    __drawnEvents?: () => number;
    axe?: typeof Axe;
  }
}

type DrawnCount = { count: number; at: number };

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
export function findChromium(): string {
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

export type Harness = {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
};

/**
 * Starts the preview server of a build (dist/ by default) and the browser;
 * call close() when done.
 */
export async function startHarness({ outDir = 'dist' } = {}): Promise<Harness> {
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

export type OpenedPage = {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests, as they happen. */
  problems: string[];
};

/**
 * tsx compiles with esbuild's keepNames, which wraps a named function inside
 * a function in `__name(…)`; a function sent to the page (evaluate, an init
 * script) takes that call along, and the page has no such helper. This one
 * leaves names as they are. It runs before the page's own init scripts.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name = (target) => target;';

/**
 * How many events the timeline draws: an event's label counts one, a stack's
 * (src/features/timeline/item-content.ts) the events it holds, as its
 * data-event-count says; none until the drawing is shown, placed at its
 * first window (data-placed, timeline-view.tsx). Defined on every page, for
 * the functions below.
 */
const DRAWN_EVENTS_HELPER = `globalThis.__drawnEvents = () =>
  [...document.querySelectorAll('.tt-timeline[data-placed] .vis-item .tt-item__label')].reduce(
    (sum, label) => sum + Number(label.getAttribute('data-event-count') ?? '1'),
    0,
  );`;

/** A fresh page (a first visit) that records console errors and failures. */
export async function openPage(
  harness: Pick<Harness, 'browser'>,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await harness.browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...options,
  });
  await context.addInitScript({
    content: `${KEEP_NAMES_HELPER}\n${DRAWN_EVENTS_HELPER}`,
  });
  const page = await context.newPage();
  const problems: string[] = [];
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
  page.on('pageerror', (error) =>
    problems.push(`page error: ${String(error)}`),
  );
  page.on('requestfailed', (request) => {
    // A request the app cancels on purpose (a stale query) is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()}`);
  });
  return { page, context, problems };
}

/** The app's themes (src/app/theme.ts), as its theme menu names them. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * A fresh page whose reader chose `theme` on an earlier visit (it is in
 * localStorage before the app starts, as src/app/theme.ts keeps it).
 */
export async function openThemedPage(
  harness: Pick<Harness, 'browser'>,
  theme: Theme,
  options?: BrowserContextOptions,
): Promise<OpenedPage> {
  const opened = await openPage(harness, options);
  await opened.page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    ['tt-theme', theme] as const,
  );
  return opened;
}

/** Records, from navigation on, when the number of drawn events changes. */
function recordDrawnItems(): void {
  const record: DrawnCount[] = [];
  Object.defineProperty(window, '__drawnItems', { value: record });
  window.addEventListener(
    'click',
    () => {
      window.__lastClickAt = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const count = window.__drawnEvents?.() ?? 0;
    if (count !== record.at(-1)?.count) {
      record.push({ count, at: performance.now() });
    }
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-placed'],
  });
}

/** A page that records when timeline items are drawn. */
export async function openTimedPage(
  harness: Pick<Harness, 'browser'>,
  options?: BrowserContextOptions,
): Promise<OpenedPage> {
  const opened = await openPage(harness, options);
  await opened.page.addInitScript(recordDrawnItems);
  return opened;
}

/**
 * Waits until `count` events are drawn on the timeline; returns the ms from navigation
 * to the first moment they were.
 */
export async function waitForDrawnItems(
  page: Page,
  count: number,
): Promise<number | null> {
  await page.waitForFunction(
    (expected) => (window.__drawnEvents?.() ?? 0) >= expected,
    count,
    { timeout: 15_000 },
  );
  return page.evaluate(
    (expected) =>
      window.__drawnItems?.find((entry) => entry.count >= expected)?.at ?? null,
    count,
  );
}

/**
 * Waits until exactly `count` events are drawn after the last click; returns
 * the ms from that click to the first moment they were.
 */
export async function waitForRedraw(
  page: Page,
  count: number,
): Promise<number | null> {
  await page.waitForFunction(
    (expected) => window.__drawnEvents?.() === expected,
    count,
    { timeout: 15_000 },
  );
  return page.evaluate((expected) => {
    const clickedAt = window.__lastClickAt;
    if (clickedAt === undefined) return null;
    const entry = window.__drawnItems?.find(
      (candidate) => candidate.at >= clickedAt && candidate.count === expected,
    );
    return entry ? entry.at - clickedAt : null;
  }, count);
}

/** How many events the timeline draws now, a stack's counted in it. */
export async function drawnEvents(page: Page): Promise<number> {
  return page.evaluate(() => window.__drawnEvents?.() ?? 0);
}

const TOTAL = z.object({ total: z.number() });

/**
 * Waits until React runs the page: a prerendered page shows its controls at
 * once, and what is done to them before it hydrates is lost. React marks
 * each element it has taken over with a `__reactFiber$…` property; the
 * header's first control is among the first.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const control = document.querySelector('.tt-header select');
    return (
      control !== null &&
      Object.keys(control).some((key) => key.startsWith('__reactFiber$'))
    );
  });
}

/** The build's own API (the embedded mock over the real events), in Node. */
const realApi = createApi(scenarioData(0));

/**
 * How many real events match `filters` (the API's query, e.g. "party=AZ"),
 * once the page shows its table. The mock's own API answers, here in Node:
 * the page starts its copy only when the app first asks it something, and a
 * prerendered first view asks nothing.
 */
export async function countEvents(page: Page, filters = ''): Promise<number> {
  await page.getByRole('table', { name: /events in time order/i }).waitFor();
  await waitForApp(page);
  const { body } = realApi(
    'GET',
    `https://api.invalid/api/events?limit=1&${filters}`,
  );
  return TOTAL.parse(JSON.parse(body)).total;
}

const HOSTILE_API_PORT = 4599;

export type HostileHarness = Harness & { api: HostileApi };

/**
 * The production build pointed at a hostile API (test/e2e/hostile-api.ts):
 * built into dist-hostile/ with VITE_API_BASE_URL, so no mock starts.
 */
export async function startHostileHarness(): Promise<HostileHarness> {
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

export type AxeViolation = {
  id: string;
  impact: Axe.ImpactValue | undefined;
  nodes: number;
  target: string | undefined;
};

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which
 * the page's CSP does not govern) and returns the violations of WCAG 2.2 A
 * and AA, or of the axe rules named, in the elements `selector` matches (the
 * whole page by default).
 */
export async function axeViolations(
  page: Page,
  {
    selector = null,
    rules = null,
  }: { selector?: string | null; rules?: string[] | null } = {},
): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([include, ruleIds, tags]) => {
      if (!window.axe) throw new Error('axe-core did not load');
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
    [selector, rules, WCAG_TAGS] as const,
  );
}

/** The serious and critical violations of WCAG 2.2 A and AA on the page. */
export async function seriousAxeViolations(
  page: Page,
): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  return violations.filter(
    (violation) =>
      violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/**
 * Starts a harness for a test file's tests (`await` it at the top of the
 * file, before its tests) and closes it after them.
 */
export async function harnessForFile<H extends Harness>(
  start: () => Promise<H>,
): Promise<H> {
  const harness = await start();
  after(() => harness.close());
  return harness;
}

/** No change of the drawn timeline for 400 ms. */
async function waitForStillDrawing(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let changed = false;
        const observer = new MutationObserver(() => {
          changed = true;
        });
        const timeline = document.querySelector('.tt-timeline');
        if (!timeline) {
          resolve(false);
          return;
        }
        observer.observe(timeline, {
          subtree: true,
          childList: true,
          attributes: true,
        });
        setTimeout(() => {
          observer.disconnect();
          resolve(!changed);
        }, 400);
      }),
    undefined,
    { polling: 100 },
  );
}

/**
 * Waits for the drawn timeline to come to rest (a window animates, a link's
 * window follows the first view, a moved window fetches its slice): still,
 * then no slice on its way (the section is not `aria-busy`), then still.
 */
export async function waitForRestingDrawing(page: Page): Promise<void> {
  await waitForStillDrawing(page);
  await page
    .locator('section[aria-labelledby="events-heading"][aria-busy="false"]')
    .waitFor();
  await waitForStillDrawing(page);
}
