import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import {
  countEvents,
  openTimedPage,
  startHarness,
  harnessForFile,
  waitForDrawnItems,
} from './harness';

const harness = await harnessForFile(startHarness);

/** A4's print width at print.css's 10 mm margins, in CSS pixels. */
const A4_PRINT_WIDTH_PX = ((210 - 2 * 10) / 25.4) * 96;

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [])
    .length;
}

/** The events' titles, as the table shows them. */
function tableTitles(page: Page) {
  return page
    .getByRole('table', { name: /events in time order/i })
    .locator('tbody [data-event-id]')
    .allInnerTexts();
}

test('a country’s timeline and the table of its events print on one A4 page, without the controls', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/?party=AZ`);
  const total = await countEvents(page, 'party=AZ');
  await waitForDrawnItems(page, total);
  const titles = await tableTitles(page);
  assert.equal(titles.length, total);

  await page.emulateMedia({ media: 'print' });
  for (const title of titles) {
    assert.ok(
      await page.getByRole('button', { name: title, exact: true }).isVisible(),
      `"${title}" is printed`,
    );
  }
  for (const control of [
    page.getByRole('combobox', { name: 'Theme' }),
    page.getByRole('button', { name: 'Print' }),
    page.getByRole('button', { name: 'Refresh' }),
    page.getByRole('button', { name: 'Zoom in' }),
    page.getByRole('searchbox').first(),
    page.getByText('Select an event on the timeline'),
  ]) {
    assert.equal(await control.isVisible(), false);
  }
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).color),
    'rgb(0, 0, 0)',
  );

  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(countPdfPages(pdf), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing redraws the timeline to fit the paper, and for the screen after', async () => {
  const { page, context } = await openTimedPage(harness);
  await page.goto(`${harness.baseUrl}/`);
  await waitForDrawnItems(page, await countEvents(page));
  const drawnWidth = () =>
    page.evaluate(() => {
      const timeline = document.querySelector('.vis-timeline');
      if (!timeline) throw new Error('no timeline is drawn');
      return timeline.getBoundingClientRect().width;
    });
  const screenWidth = await drawnWidth();

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printWidth = await drawnWidth();
  assert.ok(
    printWidth <= A4_PRINT_WIDTH_PX && printWidth > 0.9 * A4_PRINT_WIDTH_PX,
    `drawn ${printWidth}px wide for a ${A4_PRINT_WIDTH_PX}px print area`,
  );
  const itemsFit = await page.evaluate(() => {
    const center = document.querySelector('.tt-timeline .vis-panel.vis-center');
    if (!center) throw new Error('the timeline has no center panel');
    const panel = center.getBoundingClientRect();
    return [...document.querySelectorAll('.tt-timeline .vis-item .vis-dot')]
      .map((dot) => dot.getBoundingClientRect())
      .every((dot) => dot.left >= panel.left && dot.right <= panel.right);
  });
  assert.ok(itemsFit, 'every event is within the printed drawing');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await drawnWidth(), screenWidth);
  await context.close();
});

test('an open event prints its details, without the buttons to step through', async () => {
  const { page, context, problems } = await openTimedPage(harness);
  await page.goto(
    `${harness.baseUrl}/events/quang-azerbaijan-2025-10-26?party=AZ`,
  );
  const heading = page.locator('#detail-title');
  await heading.waitFor();
  await page.locator('#detail-sources').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await heading.isVisible());
  assert.ok(await page.locator('#detail-sources').isVisible());
  assert.equal(
    await page.getByRole('button', { name: 'Close' }).isVisible(),
    false,
  );
  // The details follow Azerbaijan's timeline, its table after them: two pages.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = countPdfPages(pdf);
  assert.ok(pages <= 2, `${pages} pages printed`);
  // Paper is narrower than a tablet, but a sheet is read as a table, not as
  // the phone's cards.
  await page.setViewportSize({
    width: Math.floor(A4_PRINT_WIDTH_PX),
    height: 1000,
  });
  assert.equal(
    await page
      .locator('.tt-list tbody tr')
      .first()
      .evaluate((row) => getComputedStyle(row).display),
    'table-row',
  );
  assert.deepEqual(problems, []);
  await context.close();
});
