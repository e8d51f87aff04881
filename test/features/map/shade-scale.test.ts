import { expect, test } from 'vitest';

import {
  shadeBins,
  shadeLevel,
  toShadeScale,
} from '@/features/map/shade-scale';

test('no events: no levels, and every count is level 0', () => {
  const scale = toShadeScale(0);
  expect(scale.lowerBounds).toEqual([]);
  expect(shadeBins(scale)).toEqual([]);
  expect(shadeLevel(scale, 0)).toBe(0);
});

test('a few events: one level per count', () => {
  const scale = toShadeScale(3);
  expect(shadeBins(scale)).toEqual([
    { level: 1, from: 1, to: 1 },
    { level: 2, from: 2, to: 2 },
    { level: 3, from: 3, to: 3 },
  ]);
  expect([0, 1, 2, 3].map((count) => shadeLevel(scale, count))).toEqual([
    0, 1, 2, 3,
  ]);
});

test('uneven counts (the host in every event) get geometric bins', () => {
  const scale = toShadeScale(17);
  expect(shadeBins(scale)).toEqual([
    { level: 1, from: 1, to: 1 },
    { level: 2, from: 2, to: 2 },
    { level: 3, from: 3, to: 4 },
    { level: 4, from: 5, to: 9 },
    { level: 5, from: 10, to: 17 },
  ]);
  expect(shadeLevel(scale, 4)).toBe(3);
  expect(shadeLevel(scale, 17)).toBe(5);
});

test.each([6, 17, 80, 1000, 100_000])(
  'bins up to %i cover every count once, in at most 5 levels',
  (max) => {
    const scale = toShadeScale(max);
    const bins = shadeBins(scale);
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins[0]?.from).toBe(1);
    expect(bins.at(-1)?.to).toBe(max);
    for (const [index, bin] of bins.entries()) {
      expect(bin.to).toBeGreaterThanOrEqual(bin.from);
      const next = bins[index + 1];
      if (next) expect(next.from).toBe(bin.to + 1);
      expect(shadeLevel(scale, bin.from)).toBe(bin.level);
      expect(shadeLevel(scale, bin.to)).toBe(bin.level);
    }
  },
);
