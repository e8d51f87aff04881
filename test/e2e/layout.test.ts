// The dashboard on the screen it is on (issue 14): a phone, a tablet, a
// laptop and a wide screen, each checked as its reader would meet it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import {
  harnessForFile,
  openPage,
  openThemedPage,
  seriousAxeViolations,
  startHarness,
  THEMES,
  waitForRestingDrawing,
} from './harness';

const harness = await harnessForFile(startHarness);

const SCREENS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'tablet', width: 768, height: 1024, touch: true },
  { name: 'laptop', width: 1280, height: 800, touch: false },
  { name: 'wide screen', width: 1920, height: 1080, touch: false },
] as const;

type Screen = (typeof SCREENS)[number];

const LABELS = '.tt-timeline .vis-item .tt-item__label';

async function openOn(screen: Screen, path = '/') {
  const opened = await openPage(harness, {
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.touch,
    hasTouch: screen.touch,
  });
  await opened.page.goto(`${harness.baseUrl}${path}`);
  await opened.page.locator(LABELS).first().waitFor();
  return opened;
}

/** How far the page scrolls sideways (0 when it does not). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
}

/** The drawn labels whose text does not fit their box: cut off. */
function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter(
          (label) =>
            label.scrollWidth > label.clientWidth + 1 ||
            label.scrollHeight > label.clientHeight + 1,
        )
        .map((label) => label.textContent),
    LABELS,
  );
}

/** Pairs of drawn labels whose boxes overlap on the screen. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)].map(
      (label) => ({
        text: label.textContent,
        box: label.getBoundingClientRect(),
      }),
    );
    const overlaps: string[] = [];
    boxes.forEach((a, index) => {
      for (const b of boxes.slice(index + 1)) {
        const apart =
          a.box.right <= b.box.left + 1 ||
          b.box.right <= a.box.left + 1 ||
          a.box.bottom <= b.box.top + 1 ||
          b.box.bottom <= a.box.top + 1;
        if (!apart) overlaps.push(`${a.text} × ${b.text}`);
      }
    });
    return overlaps;
  }, LABELS);
}

/**
 * The words of the app's own short texts (headers, dates, types, badges)
 * that are broken across lines: a word drawn as more than one line box.
 */
function wordsBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      '.tt-list thead th',
      '.tt-list td:nth-child(1)',
      '.tt-list td:nth-child(3)',
      '.tt-list td:nth-child(5)',
      '.tt-section-title',
      '.tt-badge',
      '.tt-count',
      '.tt-fieldset legend',
    ].join(', ');
    const broken: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const word of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()]
              .filter((rect) => rect.width > 0)
              .map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
}

for (const screen of SCREENS) {
  test(`${screen.name} (${String(screen.width)} px): no sideways scroll, the timeline first and wide, no serious axe violation`, async () => {
    const { page, context, problems } = await openOn(screen);
    assert.equal(await sidewaysScroll(page), 0, 'no sideways scroll');

    const timeline = await page.locator('.tt-timeline').boundingBox();
    assert.ok(timeline);
    if (screen.width >= 1024) {
      assert.ok(
        timeline.width >= 0.65 * screen.width,
        `the timeline spans ${String(timeline.width)} px of ${String(screen.width)}`,
      );
      // The filters are a column beside it, not above it.
      assert.ok(
        await page.getByRole('search', { name: 'Filter events' }).isVisible(),
      );
    } else {
      // The whole width but the page's margins, and no filter above it:
      // they open from a button.
      assert.ok(
        timeline.width >= screen.width - 2 * 24,
        `the timeline spans ${String(timeline.width)} px of ${String(screen.width)}`,
      );
      assert.equal(
        await page.getByRole('search', { name: 'Filter events' }).isVisible(),
        false,
      );
      const filters = page.getByRole('button', { name: /^Filters/ });
      assert.ok(await filters.isVisible());
      const button = await filters.boundingBox();
      assert.ok(button && button.height >= 44, 'the Filters button is 44 px');
    }
    assert.ok(
      timeline.y < screen.height * 0.75,
      `the timeline starts ${String(timeline.y)} px down, on the first screen`,
    );
    await page.locator('.tt-list tbody tr').first().waitFor();
    assert.deepEqual(await wordsBrokenMidWord(page), [], 'no word broken');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('axe finds no serious or critical violation at any size, in the dark and high-contrast themes', async () => {
  const report: string[] = [];
  for (const screen of SCREENS) {
    for (const theme of THEMES.filter((each) => each !== 'light')) {
      const { page, context } = await openThemedPage(harness, theme, {
        viewport: { width: screen.width, height: screen.height },
        isMobile: screen.touch,
        hasTouch: screen.touch,
      });
      await page.goto(`${harness.baseUrl}/`);
      await page.locator(LABELS).first().waitFor();
      for (const violation of await seriousAxeViolations(page)) {
        report.push(`${String(screen.width)} px, ${theme}: ${violation.id}`);
      }
      await context.close();
    }
  }
  assert.deepEqual(report, []);
});

for (const screen of SCREENS.filter((each) => each.width >= 1280)) {
  test(`${screen.name} (${String(screen.width)} px): every label is whole and none overlaps, in the first view and both presets`, async () => {
    const { page, context, problems } = await openOn(screen);
    await waitForRestingDrawing(page);
    for (const preset of [
      null,
      'Go to Baku, May 2025',
      'Go to Hanoi signing week',
    ]) {
      if (preset !== null) {
        await page.getByRole('button', { name: preset }).click();
        await waitForRestingDrawing(page);
      }
      const view = preset ?? 'the first view';
      assert.ok((await page.locator(LABELS).count()) > 0, `${view} draws`);
      assert.deepEqual(await cutLabels(page), [], `no label cut in ${view}`);
      assert.deepEqual(
        await overlappingLabels(page),
        [],
        `no labels overlap in ${view}`,
      );
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('laptop: an opened event is a panel over the page that leaves the timeline its width', async () => {
  const laptop = SCREENS[2];
  const { page, context, problems } = await openOn(laptop);
  const before = await page.locator('.tt-timeline').boundingBox();
  await page
    .getByRole('button', { name: /^Quang meets Azerbaijan's security chief/ })
    .first()
    .click();
  const detail = page.getByRole('complementary', { name: 'Selected event' });
  await detail.getByRole('heading', { level: 2 }).waitFor();
  const after = await page.locator('.tt-timeline').boundingBox();
  assert.ok(before && after);
  assert.deepEqual(
    { x: after.x, width: after.width },
    { x: before.x, width: before.width },
  );
  // Nothing takes a column for it while no event is open.
  await detail.getByRole('button', { name: 'Close' }).click();
  await detail.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: an opened event fills the screen, and Back returns to the timeline', async () => {
  const phone = SCREENS[0];
  const { page, context, problems } = await openOn(phone);
  await page
    .getByRole('row', { name: /Quang meets Azerbaijan's security chief/ })
    .getByRole('button')
    .tap();
  const detail = page.getByRole('complementary', { name: 'Selected event' });
  await detail.getByRole('heading', { level: 2 }).waitFor();
  const box = await detail.boundingBox();
  assert.deepEqual(box, {
    x: 0,
    y: 0,
    width: phone.width,
    height: phone.height,
  });
  await page.goBack();
  await detail.waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).pathname, '/');
  assert.ok(await page.locator('.tt-timeline').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: the table is a list of cards, each as wide as the screen allows', async () => {
  const phone = SCREENS[0];
  const { page, context } = await openOn(phone);
  const rows = page.locator('.tt-list tbody tr');
  await rows.first().waitFor();
  const widths = await rows.evaluateAll((elements) =>
    elements.slice(0, 10).map((row) => row.getBoundingClientRect().width),
  );
  for (const width of widths) assert.ok(width >= phone.width - 2 * 24);
  // The caption above the cards runs across them, on one line.
  const caption = await page.locator('.tt-list caption').evaluate((element) => {
    const box = element.getBoundingClientRect();
    const list = element.closest('table')?.getBoundingClientRect();
    return {
      width: box.width,
      listWidth: list?.width ?? 0,
      lines:
        box.height / Number.parseFloat(getComputedStyle(element).lineHeight),
    };
  });
  assert.ok(
    caption.width >= caption.listWidth - 1 && caption.lines < 2.5,
    `caption ${JSON.stringify(caption)}`,
  );
  // Each card names what it shows beside the date and title.
  const names = await rows
    .first()
    .locator('td')
    .evaluateAll((cells) =>
      cells.map((cell) => getComputedStyle(cell, '::before').content),
    );
  assert.deepEqual(names, [
    'none',
    '"Type: "',
    '"Parties: "',
    '"Verification: "',
  ]);
  await context.close();
});

test('phone: the filters sheet by keyboard keeps focus inside, and Escape gives it back', async () => {
  const phone = SCREENS[0];
  const { page, context, problems } = await openOn(phone);
  const opener = page.getByRole('button', { name: 'Filters, none on' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await sheet.waitFor();
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press('Tab');
    assert.ok(
      await sheet.evaluate((dialog) => dialog.contains(document.activeElement)),
      `focus is inside the sheet after ${String(step + 1)} Tab presses`,
    );
  }
  await sheet.getByRole('checkbox', { name: /^Azerbaijan/ }).check();
  await page.waitForURL(/party=AZ/);
  await page.keyboard.press('Escape');
  await sheet.waitFor({ state: 'hidden' });
  const reopen = page.getByRole('button', { name: 'Filters, 1 on' });
  assert.ok(
    await reopen.evaluate((button) => button === document.activeElement),
    'focus is back on the button',
  );
  assert.equal(
    await reopen.locator('.tt-filters-button__count').textContent(),
    '1',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: the filters sheet by touch closes with a swipe down', async () => {
  const phone = SCREENS[0];
  const { page, context, problems } = await openOn(phone);
  await page.getByRole('button', { name: 'Filters, none on' }).tap();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await sheet.waitFor();
  const bar = await sheet.locator('.tt-sheet__bar').boundingBox();
  assert.ok(bar);
  const x = bar.x + bar.width / 2;
  const y = bar.y + 10;
  const touch = await context.newCDPSession(page);
  await touch.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x, y }],
  });
  for (const dy of [30, 60, 90, 120]) {
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y + dy }],
    });
  }
  await touch.send('Input.dispatchTouchEvent', {
    type: 'touchEnd',
    touchPoints: [],
  });
  await sheet.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

/** The window in the page's URL, in ms since the epoch. */
function windowInUrl(url: string): { start: number; end: number } {
  const value = new URL(url).searchParams.get('window');
  const [start = '', end = ''] = value?.split('/') ?? [];
  return { start: Date.parse(start), end: Date.parse(end) };
}

/** The URL once it has not changed for half a second (the window rests). */
async function restingUrl(page: Page): Promise<string> {
  let url = page.url();
  for (let still = 0; still < 5;) {
    await page.waitForTimeout(100);
    still = page.url() === url ? still + 1 : 0;
    url = page.url();
  }
  return url;
}

test('phone: the timeline pans with a drag and zooms with a pinch', async () => {
  const phone = SCREENS[0];
  const { page, context, problems } = await openOn(phone);
  // A window in the URL to compare with: one step in from the fitted view.
  await page.getByRole('button', { name: 'Zoom in' }).tap();
  await page.waitForURL(/[?&]window=/);
  const before = windowInUrl(await restingUrl(page));

  const center = await page
    .locator('.tt-timeline .vis-panel.vis-center')
    .boundingBox();
  assert.ok(center);
  const y = center.y + 40;
  const touch = await context.newCDPSession(page);
  const send = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) => touch.send('Input.dispatchTouchEvent', { type, touchPoints: points });

  // A drag to the left shows later dates, the span unchanged.
  const from = center.x + center.width * 0.8;
  await send('touchStart', [{ x: from, y }]);
  for (const dx of [20, 40, 60, 80, 100, 120]) {
    await send('touchMove', [{ x: from - dx, y }]);
  }
  await send('touchEnd', []);
  await page.waitForURL((url) => windowInUrl(url.href).start > before.start);
  const panned = windowInUrl(page.url());
  const span = before.end - before.start;
  assert.ok(
    Math.abs(panned.end - panned.start - span) <= 0.02 * span,
    'a drag moves the window without zooming it',
  );

  // Two fingers moving apart zoom in: a shorter span.
  const middle = center.x + center.width / 2;
  await send('touchStart', [
    { x: middle - 20, y },
    { x: middle + 20, y },
  ]);
  for (const spread of [30, 45, 60, 75, 90]) {
    await send('touchMove', [
      { x: middle - spread, y },
      { x: middle + spread, y },
    ]);
  }
  await send('touchEnd', []);
  await page.waitForURL((url) => {
    const pinched = windowInUrl(url.href);
    return pinched.end - pinched.start < 0.8 * span;
  });
  assert.deepEqual(problems, []);
  await context.close();
});
