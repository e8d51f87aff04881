import fc from 'fast-check';
import { expect, test } from 'vitest';

import { type BucketCount, countBuckets } from '../../mocks/api/buckets';

const SPAN = { start: 1_000, end: 2_000 };

function total(counts: readonly BucketCount[]): number {
  return counts.reduce((sum, cell) => sum + cell.count, 0);
}

test('no events give no cells', () => {
  expect(countBuckets([], SPAN, 10, 5)).toEqual([]);
});

test('events count in the equal slice they start in, per lane', () => {
  const placed = [
    { lane: 'agreement', at: 1_050 },
    { lane: 'agreement', at: 1_099 },
    { lane: 'ceremony', at: 1_050 },
    { lane: 'agreement', at: 1_950 },
  ];
  expect(countBuckets(placed, SPAN, 10, 100)).toEqual([
    { lane: 'agreement', start: 1_000, end: 1_100, count: 2 },
    { lane: 'ceremony', start: 1_000, end: 1_100, count: 1 },
    { lane: 'agreement', start: 1_900, end: 2_000, count: 1 },
  ]);
});

test('an event exactly on an edge counts in the slice that starts there', () => {
  const placed = [1_000, 1_100, 1_200, 2_000].map((at) => ({ lane: 'a', at }));
  expect(countBuckets(placed, SPAN, 10, 100)).toEqual([
    { lane: 'a', start: 1_000, end: 1_100, count: 1 },
    { lane: 'a', start: 1_100, end: 1_200, count: 1 },
    { lane: 'a', start: 1_200, end: 1_300, count: 1 },
    // The span's own end is in its last slice.
    { lane: 'a', start: 1_900, end: 2_000, count: 1 },
  ]);
});

test('edges of uneven slices are whole milliseconds, and events on them count right', () => {
  // 1000 ms in three slices: edges at 0, 333, 667 and 1000.
  const placed = [0, 332, 333, 666, 667, 1_000].map((at) => ({
    lane: 'a',
    at,
  }));
  expect(countBuckets(placed, { start: 0, end: 1_000 }, 3, 100)).toEqual([
    { lane: 'a', start: 0, end: 333, count: 2 },
    { lane: 'a', start: 333, end: 667, count: 2 },
    { lane: 'a', start: 667, end: 1_000, count: 2 },
  ]);
});

test('events before or after the span count in its first or last slice', () => {
  const placed = [
    { lane: 'a', at: 0 },
    { lane: 'a', at: 9_999 },
  ];
  expect(countBuckets(placed, SPAN, 4, 100)).toEqual([
    { lane: 'a', start: 1_000, end: 1_250, count: 1 },
    { lane: 'a', start: 1_750, end: 2_000, count: 1 },
  ]);
});

test('too many cells merge neighbouring slices in pairs', () => {
  const placed = [1_050, 1_150, 1_250, 1_350, 1_450].map((at) => ({
    lane: 'a',
    at,
  }));
  // Ten slices of 100 ms hold five cells; max 2 merges twice, to 400 ms.
  expect(countBuckets(placed, SPAN, 10, 2)).toEqual([
    { lane: 'a', start: 1_000, end: 1_400, count: 4 },
    { lane: 'a', start: 1_400, end: 1_800, count: 1 },
  ]);
});

test('an odd last slice stays alone and ends at the span', () => {
  const placed = [1_000, 1_700, 1_900].map((at) => ({ lane: 'a', at }));
  // Five slices of 200 ms; max 2 merges them to [1000,1400) [1400,1800) [1800,2000).
  expect(countBuckets(placed, SPAN, 5, 2)).toEqual([
    { lane: 'a', start: 1_000, end: 1_800, count: 2 },
    { lane: 'a', start: 1_800, end: 2_000, count: 1 },
  ]);
});

test('merging stops at one slice per lane, even above max', () => {
  const placed = ['a', 'b', 'c'].map((lane) => ({ lane, at: 1_500 }));
  expect(countBuckets(placed, SPAN, 8, 1)).toEqual([
    { lane: 'a', start: 1_000, end: 2_000, count: 1 },
    { lane: 'b', start: 1_000, end: 2_000, count: 1 },
    { lane: 'c', start: 1_000, end: 2_000, count: 1 },
  ]);
});

test('a short span has no more slices than milliseconds', () => {
  const placed = [0, 1, 2].map((at) => ({ lane: 'a', at }));
  expect(countBuckets(placed, { start: 0, end: 2 }, 50, 10)).toEqual([
    { lane: 'a', start: 0, end: 1, count: 1 },
    { lane: 'a', start: 1, end: 2, count: 2 },
  ]);
});

test('a span of one instant puts every event in one cell per lane', () => {
  const placed = [
    { lane: 'a', at: 5 },
    { lane: 'a', at: 5 },
  ];
  expect(countBuckets(placed, { start: 5, end: 5 }, 10, 10)).toEqual([
    { lane: 'a', start: 5, end: 5, count: 2 },
  ]);
});

const scenario = fc
  .record({
    start: fc.integer({ min: -1e12, max: 1e12 }),
    length: fc.integer({ min: 1, max: 1e11 }),
    buckets: fc.integer({ min: 1, max: 200 }),
    max: fc.integer({ min: 1, max: 300 }),
    lanes: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), {
      minLength: 1,
      maxLength: 200,
    }),
    offsets: fc.array(fc.double({ min: -0.2, max: 1.2, noNaN: true }), {
      minLength: 200,
      maxLength: 200,
    }),
  })
  .map(({ start, length, buckets, max, lanes, offsets }) => ({
    span: { start, end: start + length },
    buckets,
    max,
    placed: lanes.map((lane, index) => ({
      lane,
      at: start + Math.round((offsets[index] ?? 0) * length),
    })),
  }));

test('counts add up to the number of events placed', () => {
  fc.assert(
    fc.property(scenario, ({ placed, span, buckets, max }) => {
      expect(total(countBuckets(placed, span, buckets, max))).toBe(
        placed.length,
      );
    }),
  );
});

test('cells lie within the span, never overlap within a lane, and are sorted', () => {
  fc.assert(
    fc.property(scenario, ({ placed, span, buckets, max }) => {
      const counts = countBuckets(placed, span, buckets, max);
      for (const cell of counts) {
        expect(cell.count).toBeGreaterThan(0);
        expect(cell.start).toBeGreaterThanOrEqual(span.start);
        expect(cell.end).toBeLessThanOrEqual(span.end);
        expect(cell.start).toBeLessThan(cell.end);
        expect(Number.isInteger(cell.start)).toBe(true);
        expect(Number.isInteger(cell.end)).toBe(true);
      }
      const lanes = new Set(counts.map((cell) => cell.lane));
      for (const lane of lanes) {
        const row = counts.filter((cell) => cell.lane === lane);
        row.slice(1).forEach((cell, index) => {
          expect(cell.start).toBeGreaterThanOrEqual(row[index]?.end ?? 0);
        });
      }
      const order = counts.map((cell) => [cell.start, cell.lane] as const);
      expect(order).toEqual(
        [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)),
      );
    }),
  );
});

test('at most max cells, unless there are more lanes than max', () => {
  fc.assert(
    fc.property(scenario, ({ placed, span, buckets, max }) => {
      const counts = countBuckets(placed, span, buckets, max);
      const lanes = new Set(placed.map((event) => event.lane)).size;
      expect(counts.length).toBeLessThanOrEqual(Math.max(max, lanes));
    }),
  );
});

test('each event counts in the cell of its lane that holds its start', () => {
  fc.assert(
    fc.property(scenario, ({ placed, span, buckets, max }) => {
      const counts = countBuckets(placed, span, buckets, max);
      const expected = new Map<BucketCount, number>();
      for (const { lane, at } of placed) {
        const clamped = Math.min(span.end, Math.max(span.start, at));
        const cell = counts.find(
          (candidate) =>
            candidate.lane === lane &&
            candidate.start <= clamped &&
            (clamped < candidate.end || candidate.end === span.end),
        );
        expect(cell).toBeDefined();
        if (cell) expected.set(cell, (expected.get(cell) ?? 0) + 1);
      }
      for (const cell of counts) expect(expected.get(cell)).toBe(cell.count);
    }),
  );
});
