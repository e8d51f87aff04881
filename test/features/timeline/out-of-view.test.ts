import { expect, test } from 'vitest';

import { outOfView } from '@/features/timeline/out-of-view';
import type { ClusterItemModel } from '@/features/timeline/to-timeline-items';

import { BAKU_STATE_VISIT, timelineItem } from '../../fakes/timeline-items';

const WINDOW = {
  start: new Date(Date.UTC(2025, 9, 1)),
  end: new Date(Date.UTC(2025, 10, 1)),
};
const WIDTH = WINDOW.end.getTime() - WINDOW.start.getTime();

test('a point is moved a window’s width before the window, and stays a point', () => {
  const moved = outOfView(timelineItem(), WINDOW);
  expect(moved.start.getTime()).toBe(WINDOW.start.getTime() - WIDTH);
  expect(moved.end).toBeNull();
  expect(moved.label).toBe('Event a');
});

test('a range keeps its duration and ends a window’s width before the window', () => {
  const visit = timelineItem(BAKU_STATE_VISIT);
  const moved = outOfView(visit, WINDOW);
  expect(moved.end?.getTime()).toBe(WINDOW.start.getTime() - WIDTH);
  expect((moved.end?.getTime() ?? 0) - moved.start.getTime()).toBe(
    (visit.end?.getTime() ?? 0) - visit.start.getTime(),
  );
  expect(moved.kind).toBe('range');
});

test('an item already before the window, or after it, is moved to the same place', () => {
  const cluster: ClusterItemModel = {
    id: 'cluster:ceremony:0',
    group: 'ceremony',
    kind: 'cluster',
    start: new Date(Date.UTC(2030, 0, 1)),
    end: new Date(Date.UTC(2030, 0, 2)),
    count: 12,
  };
  const early = { ...cluster, start: new Date(0), end: new Date(86_400_000) };
  expect(outOfView(cluster, WINDOW).end.getTime()).toBe(
    outOfView(early, WINDOW).end.getTime(),
  );
  expect(outOfView(cluster, WINDOW).count).toBe(12);
});

test('the original item is left as it was', () => {
  const item = timelineItem();
  const start = item.start.getTime();
  outOfView(item, WINDOW);
  expect(item.start.getTime()).toBe(start);
});
