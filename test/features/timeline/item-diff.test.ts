import { expect, test } from 'vitest';

import { diffItems } from '@/features/timeline/item-diff';
import { stackCrowds } from '@/features/timeline/stacks';
import type { TimelineItemModel } from '@/features/timeline/to-timeline-items';

import { BAKU_STATE_VISIT, timelineItem } from '../../fakes/timeline-items';

function buildItem(overrides: Partial<TimelineItemModel>) {
  return timelineItem({ ...BAKU_STATE_VISIT, ...overrides });
}

const FIRST: Partial<TimelineItemModel> = { id: 'first' };
const SECOND: Partial<TimelineItemModel> = {
  id: 'second',
  kind: 'point',
  end: null,
  label: 'Signing in Hanoi',
};

function drawn(
  ...items: TimelineItemModel[]
): ReadonlyMap<string, TimelineItemModel> {
  return new Map(items.map((item) => [item.id, item]));
}

test('unchanged items, even as new objects with new dates, are not upserted', () => {
  const previous = drawn(buildItem(FIRST), buildItem(SECOND));
  const next = [buildItem(FIRST), buildItem(SECOND)];
  expect(diffItems(previous, next)).toEqual({ upsert: [], remove: [] });
});

test.each<[string, Partial<TimelineItemModel>]>([
  ['label', { label: 'State visit to Azerbaijan (revised)' }],
  ['date label', { dateLabel: 'Wed, 7 May 2025' }],
  ['start', { start: new Date(Date.UTC(2025, 4, 7, 20)) }],
  ['end', { end: new Date(Date.UTC(2025, 4, 9, 20)) }],
  ['end, now none', { end: null }],
  ['lane', { group: 'AZ' }],
  ['type', { type: 'agreement' }],
  ['kind', { kind: 'uncertain' }],
  ['city', { city: 'Ganja' }],
  ['verification', { verification: 'disputed' }],
])('an item whose %s changed is upserted, alone', (_name, change) => {
  const previous = drawn(buildItem(FIRST), buildItem(SECOND));
  const changed = buildItem({ ...FIRST, ...change });
  const { upsert, remove } = diffItems(previous, [changed, buildItem(SECOND)]);
  expect(upsert).toEqual([changed]);
  expect(remove).toEqual([]);
});

test('an item that starts having an end is upserted', () => {
  const previous = drawn(buildItem(SECOND));
  const changed = buildItem({ ...SECOND, end: new Date(2025, 9, 26) });
  expect(diffItems(previous, [changed]).upsert).toEqual([changed]);
});

test('new items are upserted', () => {
  const previous = drawn(buildItem(FIRST));
  const added = buildItem({ id: 'added' });
  expect(diffItems(previous, [buildItem(FIRST), added])).toEqual({
    upsert: [added],
    remove: [],
  });
});

test('every item is upserted into an empty drawing', () => {
  const next = [buildItem(FIRST), buildItem(SECOND)];
  expect(diffItems(new Map(), next).upsert).toEqual(next);
});

test('items no longer present are removed by id', () => {
  const previous = drawn(
    buildItem(FIRST),
    buildItem(SECOND),
    buildItem({ id: 'third' }),
  );
  expect(diffItems(previous, [buildItem(SECOND)])).toEqual({
    upsert: [],
    remove: ['first', 'third'],
  });
});

test('an empty next removes everything drawn', () => {
  const previous = drawn(buildItem(FIRST), buildItem(SECOND));
  expect(diffItems(previous, []).remove.sort()).toEqual(['first', 'second']);
});

test('a stack made again of the same events is not upserted; one whose event changed is', () => {
  const crowd = (label: string) =>
    stackCrowds(
      ['a', 'b', 'c'].map((id) =>
        buildItem({ id, label: id === 'c' ? label : `Event ${id}` }),
      ),
      2,
    );
  const [stack] = crowd('Event c');
  if (stack?.kind !== 'stack') throw new Error('the crowd is not stacked');
  const previous = new Map([[stack.id, stack]]);
  expect(diffItems(previous, crowd('Event c'))).toEqual({
    upsert: [],
    remove: [],
  });
  expect(diffItems(previous, crowd('Renamed')).upsert).toHaveLength(1);
});
