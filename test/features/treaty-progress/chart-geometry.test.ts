import { expect, test } from 'vitest';

import {
  CHART_HEIGHT,
  CHART_MARGIN,
  toChartGeometry,
} from '@/features/treaty-progress/chart-geometry';
import { toTreatyProgress } from '@/features/treaty-progress/treaty-progress';

import { hanoiSignatures, kindOf, progressEvent } from './progress-events';

const PROGRESS = toTreatyProgress(
  [
    ...hanoiSignatures(),
    progressEvent('ratification', '2026-02-10', 'AZ'),
    progressEvent('ratification', '2026-02-23', 'AZ'),
  ],
  kindOf,
);

/** The x and y values of a path of M, H and V commands. */
function coordinatesOf(path: string): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, command, values] of path.matchAll(/([MHV])([^MHV]+)/g)) {
    const numbers = (values ?? '').split(',').map(Number);
    if (command === 'M') {
      xs.push(numbers[0] ?? NaN);
      ys.push(numbers[1] ?? NaN);
    } else (command === 'H' ? xs : ys).push(numbers[0] ?? NaN);
  }
  return { xs, ys };
}

test('the counts run from 0 to a round number above the signatories and the 40', () => {
  const chart = toChartGeometry(PROGRESS.dates, 600);
  expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80]);
  expect(chart.yTicks[0]?.at).toBe(CHART_HEIGHT - CHART_MARGIN.bottom);
  expect(chart.yTicks.at(-1)?.at).toBe(CHART_MARGIN.top);
  expect(chart.needed.y).toBe(chart.yTicks[2]?.at);
});

test('a few dates still give a chart of 40 with finer ticks', () => {
  const chart = toChartGeometry(
    toTreatyProgress([progressEvent('signature', '2025-10-25', 'VN')], kindOf)
      .dates,
    400,
  );
  expect(chart.yTicks.map((tick) => tick.value)).toEqual([
    0, 10, 20, 30, 40, 50,
  ]);
});

test('the lines stay inside the plot and end at its right edge', () => {
  const width = 390;
  const chart = toChartGeometry(PROGRESS.dates, width);
  for (const path of [chart.signatories, chart.steps]) {
    const { xs, ys } = coordinatesOf(path);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(CHART_MARGIN.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width - CHART_MARGIN.right);
    expect(xs.at(-1)).toBeCloseTo(width - CHART_MARGIN.right, 0);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(CHART_MARGIN.top);
    expect(Math.max(...ys)).toBeLessThanOrEqual(
      CHART_HEIGHT - CHART_MARGIN.bottom,
    );
  }
  expect(chart.deposits).toBeNull();
  expect(chart.ends.signatories.value).toBe(72);
  expect(chart.ends.steps.value).toBe(2);
  expect(chart.ends.steps.x).toBeCloseTo(width - CHART_MARGIN.right, 0);
});

test('month ticks thin out on a narrow chart', () => {
  const wide = toChartGeometry(PROGRESS.dates, 1200);
  const narrow = toChartGeometry(PROGRESS.dates, 320);
  expect(wide.xTicks.length).toBeGreaterThan(narrow.xTicks.length);
  expect(narrow.xTicks.length).toBeLessThanOrEqual(3);
  for (const tick of narrow.xTicks) {
    expect(new Date(tick.value).getUTCDate()).toBe(1);
  }
});
