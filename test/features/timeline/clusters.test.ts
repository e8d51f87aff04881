import { expect, test } from 'vitest';

import { NO_FILTERS } from '@/domain/filters';
import {
  clusterCount,
  clusterSpan,
  describeCluster,
} from '@/features/timeline/cluster-text';
import { createItemContent } from '@/features/timeline/item-content';
import { MAX_DRAWN, toTimelineParams } from '@/features/timeline/slice-params';
import {
  type ClusterItemModel,
  toClusterItem,
  toDrawnItems,
} from '@/features/timeline/to-timeline-items';

import { events } from '../../../mocks/data/events';
import { ENGLISH_WORDS } from '../../english';
import { buildSlice } from '../../fakes/timeline-slice';

const CLUSTER = {
  lane: 'ceremony',
  count: 12_345,
  start: '2025-10-20T00:00:00.000Z',
  end: '2025-10-27T00:00:00.000Z',
};

test('a cluster becomes an item of its lane over its bucket, keyed by both', () => {
  expect(toClusterItem(CLUSTER)).toEqual({
    id: `cluster:ceremony:${String(Date.UTC(2025, 9, 20))}`,
    group: 'ceremony',
    kind: 'cluster',
    start: new Date(Date.UTC(2025, 9, 20)),
    end: new Date(Date.UTC(2025, 9, 27)),
    count: 12_345,
  });
});

test('a slice draws its events, or else its clusters', () => {
  const [first, second] = events;
  if (!first || !second) throw new Error('the real data has events');
  const asEvents = toDrawnItems(buildSlice({ items: [first, second] }), 'type');
  expect(asEvents.map((item) => item.id)).toEqual([first.id, second.id]);
  const asClusters = toDrawnItems(buildSlice({ clusters: [CLUSTER] }), 'type');
  expect(asClusters.map((item) => item.kind)).toEqual(['cluster']);
});

function cluster(start: string, end: string, count = 7): ClusterItemModel {
  return toClusterItem({ lane: 'ceremony', count, start, end });
}

test('a cluster reads as its count, compact, and names its span in full', () => {
  const item = toClusterItem(CLUSTER);
  expect(clusterCount(item, 'en')).toBe('12K');
  const element = createItemContent(item, ENGLISH_WORDS);
  expect(element.textContent).toBe('12K');
  expect(element).toHaveAttribute('role', 'button');
  expect(element).toHaveAttribute('data-item-id', item.id);
  expect(element).toHaveAttribute(
    'aria-label',
    describeCluster(item, ENGLISH_WORDS),
  );
  expect(describeCluster(item, ENGLISH_WORDS)).toMatch(
    /^12,345 events, .+2025/,
  );
});

test('a bucket of days shows its days; its end is not one of them', () => {
  const days = cluster('2025-10-20T12:00:00.000Z', '2025-10-22T12:00:00.000Z');
  expect(clusterSpan(days, 'en-GB')).toBe(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).formatRange(
      new Date('2025-10-20T12:00:00.000Z'),
      new Date('2025-10-22T11:59:59.999Z'),
    ),
  );
});

test('a bucket shorter than a day shows its times too', () => {
  const hours = cluster('2025-10-25T02:00:00.000Z', '2025-10-25T04:00:00.000Z');
  expect(clusterSpan(hours, 'en-GB')).toMatch(/\d\d:\d\d/);
});

test('the timeline asks for the filters, the lanes and the planned window', () => {
  const params = toTimelineParams(
    { ...NO_FILTERS, party: ['AZ'], q: 'hanoi' },
    'counterpart',
    {
      window: { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 10, 1) },
      buckets: 31,
    },
  );
  expect(params).toEqual({
    party: ['AZ'],
    type: [],
    verification: [],
    q: 'hanoi',
    window: {
      start: '2025-10-01T00:00:00.000Z',
      end: '2025-11-01T00:00:00.000Z',
    },
    buckets: 31,
    max: MAX_DRAWN,
    lane: 'counterpart',
    focal: 'VN',
  });
});

test('the overview asks for no window, lanes by type', () => {
  const params = toTimelineParams(NO_FILTERS, 'type', {
    window: null,
    buckets: 20,
  });
  expect(params).not.toHaveProperty('window');
  expect(params).toMatchObject({ buckets: 20, lane: 'type' });
  expect(params).not.toHaveProperty('focal');
});
