// The JS a first visit fetches before the timeline is drawn: what the page
// loads (entry, chunks and the mock API's worker) by the moment all its
// events are on the timeline, measured in headless Chromium on a build, and
// gzipped from the build's files. Shared by check-bundle.ts and bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Page } from 'playwright-core';

import {
  countEvents,
  openTimedPage,
  startHarness,
  waitForDrawnItems,
} from '../test/e2e/harness';

/**
 * The most JS, gzipped, a first visit may fetch before the timeline is
 * drawn (issue #13's target): CI fails above it.
 */
export const JS_BEFORE_DRAW_BUDGET_BYTES = 250_000;

export type JsFetched = {
  files: { path: string; gzipBytes: number }[];
  gzipBytes: number;
};

/** The build's JS files the page had fetched by `before` (ms from navigation). */
export async function jsFetchedBefore(
  page: Page,
  outDir: string,
  before: number,
): Promise<JsFetched> {
  const paths = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= until)
        .map((entry) => new URL(entry.name))
        .filter(
          (url) =>
            url.origin === location.origin && url.pathname.endsWith('.js'),
        )
        .map((url) => url.pathname),
    before,
  );
  const files = [...new Set(paths)].map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length,
  }));
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, gzipBytes };
}

/** Opens the build at `/` as a first visit and measures until it is drawn. */
export async function measureJsBeforeDraw(outDir: string): Promise<JsFetched> {
  const harness = await startHarness({ outDir });
  try {
    const { page } = await openTimedPage(harness);
    await page.goto(`${harness.baseUrl}/`);
    const drawnAt = await waitForDrawnItems(page, await countEvents(page));
    if (drawnAt === null) throw new Error('the timeline was not drawn');
    return await jsFetchedBefore(page, outDir, drawnAt);
  } finally {
    await harness.close();
  }
}

/** Bytes as kB (1 kB = 1000 bytes), one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
