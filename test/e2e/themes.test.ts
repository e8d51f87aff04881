import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Page } from 'playwright-core';

import {
  axeViolations,
  countEvents,
  openPage,
  openTimedPage,
  startHarness,
  THEMES,
  harnessForFile,
  waitForApp,
  waitForDrawnItems,
} from './harness';

declare global {
  interface Window {
    __themeAtFirstDraw?: string;
  }
}

const harness = await harnessForFile(startHarness);

const DARK_BG = 'rgb(17, 20, 24)';
const LIGHT_BG = 'rgb(247, 247, 245)';

function pageBackground(page: Page) {
  return page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
}

/** Records the theme the page had when the app first drew into #root. */
function recordThemeAtFirstDraw(): void {
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (root?.firstChild) {
      window.__themeAtFirstDraw = document.documentElement.dataset.theme;
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

test('the theme follows the system until the reader picks one, which is kept from the first paint on', async () => {
  const { page, context, problems } = await openPage(harness, {
    colorScheme: 'dark',
  });
  await page.addInitScript(recordThemeAtFirstDraw);
  await page.goto(`${harness.baseUrl}/`);
  await waitForApp(page);
  const menu = page.getByRole('combobox', { name: 'Theme' });
  assert.equal(await menu.inputValue(), 'system');
  assert.equal(await pageBackground(page), DARK_BG);

  await menu.selectOption({ label: 'Light' });
  assert.equal(await pageBackground(page), LIGHT_BG);
  await page.reload();
  // Hydrated, and the menu showing the kept choice (hydration shows the
  // prerendered "System" first): by the time the timeline is shown.
  await page.locator('.tt-timeline[data-placed]').waitFor();
  assert.equal(await menu.inputValue(), 'light');
  assert.equal(await page.evaluate(() => window.__themeAtFirstDraw), 'light');
  assert.equal(await pageBackground(page), LIGHT_BG);

  await menu.selectOption({ label: 'System' });
  assert.equal(await pageBackground(page), DARK_BG);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a system that asks for more contrast gets High contrast', async () => {
  const { page, context } = await openPage(harness, { contrast: 'more' });
  await page.goto(`${harness.baseUrl}/`);
  await page.getByRole('combobox', { name: 'Theme' }).waitFor();
  assert.equal(
    await page.evaluate(() => document.documentElement.dataset.theme),
    'contrast',
  );
  assert.equal(await pageBackground(page), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await pageBackground(page), 'rgb(0, 0, 0)');
  await context.close();
});

/**
 * Puts a cluster item (as the timeline will draw them: a vis item of class
 * tt-cluster that shows a count) among the drawn items.
 */
function addClusterItem(): void {
  const group = document.querySelector(
    '.tt-timeline .vis-foreground .vis-group',
  );
  const item = document.createElement('div');
  item.className = 'vis-item vis-range tt-cluster';
  item.style.left = '10px';
  item.style.top = '4px';
  const content = document.createElement('div');
  content.className = 'vis-item-content';
  content.textContent = '12 events';
  item.append(content);
  group?.append(item);
}

for (const theme of THEMES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the timeline is drawn in the ${theme} theme's colours (${colorScheme} system)`, async () => {
      const { page, context } = await openTimedPage(harness, { colorScheme });
      await page.goto(`${harness.baseUrl}/`);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await waitForDrawnItems(page, await countEvents(page));
      const colours = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`nothing matches ${selector}`);
          return getComputedStyle(element);
        };
        return {
          text: style('body').color,
          surface: style('.tt-timeline').backgroundColor,
          axis: style('.tt-timeline .vis-time-axis .vis-text').color,
          lane: style('.tt-timeline .vis-labelset .vis-label').color,
          item: style('.tt-timeline .vis-item .tt-item__label').color,
        };
      });
      assert.equal(colours.axis, colours.text);
      assert.equal(colours.lane, colours.text);
      assert.equal(colours.item, colours.text);
      assert.notEqual(colours.surface, colours.text);

      await page.evaluate(addClusterItem);
      assert.deepEqual(
        await axeViolations(page, {
          selector: '.tt-timeline',
          rules: ['color-contrast'],
        }),
        [],
      );
      await context.close();
    });
  }
}
