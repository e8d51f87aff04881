import fc from 'fast-check';
import { expect, test } from 'vitest';

import {
  BUCKET_PX,
  bucketMsFor,
  coverageOf,
  needsFetch,
  planFetch,
  OVERVIEW,
  type View,
} from '@/features/timeline/fetch-window';
import { buildSlice } from '../../fakes/timeline-slice';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.UTC(2025, 9, 20);

function view(start: number, days: number, widthPx = 960): View {
  return { start, end: start + days * DAY, widthPx };
}

const views = fc
  .record({
    start: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
    width: fc.integer({ min: 6 * 60 * MINUTE, max: 100 * 365 * DAY }),
    widthPx: fc.integer({ min: 200, max: 3000 }),
  })
  .map(({ start, width, widthPx }) => ({ start, end: start + width, widthPx }));

test('a bucket is a power of two of minutes, drawn 34 to 68 px wide', () => {
  fc.assert(
    fc.property(views, (visible) => {
      const bucket = bucketMsFor(visible);
      expect(Math.log2(bucket / MINUTE) % 1).toBe(0);
      const px = (bucket / (visible.end - visible.start)) * visible.widthPx;
      if (bucket > MINUTE) {
        expect(px).toBeGreaterThan(BUCKET_PX / Math.SQRT2 - 1e-6);
      }
      expect(px).toBeLessThan(BUCKET_PX * Math.SQRT2 + 1e-6);
    }),
  );
});

test('the planned window holds the view with margin, on the bucket grid', () => {
  fc.assert(
    fc.property(views, (visible) => {
      const plan = planFetch(visible);
      if (!plan.window) throw new Error('a view plans a window');
      const bucket = bucketMsFor(visible);
      expect(plan.window.start).toBeLessThanOrEqual(visible.start);
      expect(plan.window.end).toBeGreaterThanOrEqual(visible.end);
      if (plan.buckets < 1000) {
        // A day's margin at least: a day's event is drawn on the viewer's
        // calendar, up to a day from its own zone's.
        expect(plan.window.start).toBeLessThanOrEqual(visible.start - DAY);
        expect(plan.window.end).toBeGreaterThanOrEqual(visible.end + DAY);
      }
      expect(Math.abs(plan.window.start % bucket)).toBe(0);
      expect(Math.abs(plan.window.end % bucket)).toBe(0);
      expect(plan.buckets).toBe((plan.window.end - plan.window.start) / bucket);
      expect(plan.buckets).toBeLessThanOrEqual(1000);
      expect(plan.buckets).toBeGreaterThan(0);
    }),
  );
});

test('a small pan asks the same question: same window, same buckets', () => {
  const here = view(START, 8);
  const panned = view(START + DAY / 4, 8);
  expect(planFetch(panned)).toEqual(planFetch(here));
});

test('a view that stays within the fetched window and scale needs nothing', () => {
  const plan = planFetch(view(START, 8));
  if (!plan.window) throw new Error('a view plans a window');
  const coverage = {
    window: plan.window,
    bucketMs: (plan.window.end - plan.window.start) / plan.buckets,
  };
  expect(needsFetch(coverage, view(START + DAY, 8))).toBe(false);
  expect(needsFetch(coverage, view(START - 8 * DAY, 8))).toBe(true);
  expect(needsFetch(coverage, view(START + 12 * DAY, 8))).toBe(true);
  // Zoomed in two steps: the clusters are drawn wider, still right.
  expect(needsFetch(coverage, view(START + DAY, 2))).toBe(false);
  // Zoomed in three steps: the clusters are far too coarse.
  expect(needsFetch(coverage, view(START + DAY, 1))).toBe(true);
  // Zoomed out within the window: the clusters are too fine to read.
  expect(needsFetch(coverage, view(START, 8, 200))).toBe(true);
});

test('events (no clusters) need a new slice only outside their window', () => {
  const coverage = {
    window: { start: START, end: START + 16 * DAY },
    bucketMs: 0,
  };
  expect(needsFetch(coverage, view(START + DAY, 0.01))).toBe(false);
  expect(needsFetch(coverage, view(START + DAY, 15))).toBe(false);
  expect(needsFetch(coverage, view(START + DAY, 16))).toBe(true);
});

test('every match, as events, is complete: no view needs more', () => {
  const coverage = coverageOf(
    buildSlice({
      window: {
        start: '2025-01-01T00:00:00.000Z',
        end: '2025-12-31T00:00:00.000Z',
      },
    }),
    false,
  );
  expect(coverage).toEqual({ window: null, bucketMs: 0 });
  expect(needsFetch(coverage, view(Date.UTC(1990, 0, 1), 20_000))).toBe(false);
});

test('the coverage of clusters is their window and their widest bucket', () => {
  const coverage = coverageOf(
    buildSlice({
      window: {
        start: '2025-10-01T00:00:00.000Z',
        end: '2025-11-01T00:00:00.000Z',
      },
      clusters: [
        {
          lane: 'ceremony',
          count: 3,
          start: '2025-10-01T00:00:00.000Z',
          end: '2025-10-02T00:00:00.000Z',
        },
        {
          lane: 'ceremony',
          count: 9,
          start: '2025-10-02T00:00:00.000Z',
          end: '2025-10-04T00:00:00.000Z',
        },
      ],
    }),
    true,
  );
  expect(coverage).toEqual({
    window: { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 10, 1) },
    bucketMs: 2 * DAY,
  });
});

test('the overview asks for every match, in buckets a phone then re-asks', () => {
  expect(OVERVIEW.window).toBeNull();
  const coverage = { window: null, bucketMs: DAY };
  // What the overview's clusters are as wide as, over a year's span.
  const year = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  const bucketMs = (year.end - year.start) / OVERVIEW.buckets;
  // A wide screen's 800 px of dates can draw them; a phone's 210 cannot.
  expect(needsFetch({ ...coverage, bucketMs }, { ...year, widthPx: 800 })).toBe(
    false,
  );
  expect(needsFetch({ ...coverage, bucketMs }, { ...year, widthPx: 210 })).toBe(
    true,
  );
});
