import fc from 'fast-check';
import { expect, test } from 'vitest';

import { HANDFUL, isStackId, stackCrowds } from '@/features/timeline/stacks';
import {
  type DrawnItem,
  drawnTypes,
  type TimelineItemModel,
  toClusterItem,
  toDrawnItems,
} from '@/features/timeline/to-timeline-items';

import { events } from '../../../mocks/data/events';
import { timelineItem } from '../../fakes/timeline-items';

const ALL_DAY = {
  kind: 'range' as const,
  start: new Date(2025, 9, 25),
  end: new Date(2025, 9, 26),
};

function signatures(count: number, overrides: Partial<TimelineItemModel> = {}) {
  return Array.from({ length: count }, (_, index) =>
    timelineItem({
      id: `sig-${String(index)}`,
      group: 'signature',
      type: 'signature',
      ...ALL_DAY,
      ...overrides,
    }),
  );
}

/** Every event drawn, alone or in its stack, by id. */
function drawnEventIds(items: readonly DrawnItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'stack') return item.events.map((event) => event.id);
    if (item.kind === 'cluster') return [];
    return [item.id];
  });
}

test('a handful of events at one place is drawn one by one', () => {
  const items = signatures(HANDFUL);
  expect(stackCrowds(items)).toEqual(items);
});

test('more than a handful of one lane at one place is one stack of them all', () => {
  const items = signatures(HANDFUL + 1);
  const drawn = stackCrowds(items);
  expect(drawn).toHaveLength(1);
  const [stack] = drawn;
  expect(stack?.kind).toBe('stack');
  if (stack?.kind !== 'stack') return;
  expect(isStackId(stack.id)).toBe(true);
  expect(stack.events).toEqual(items);
  expect(stack).toMatchObject({
    group: 'signature',
    type: 'signature',
    drawnAs: 'range',
    start: ALL_DAY.start,
    end: ALL_DAY.end,
    dateLabel: items[0]?.dateLabel,
  });
});

test('only events of the same lane, kind, start and end share a stack', () => {
  const crowd = signatures(HANDFUL + 1);
  const otherLane = timelineItem({
    ...ALL_DAY,
    id: 'other-lane',
    group: 'ceremony',
  });
  const apart = [
    timelineItem({
      ...ALL_DAY,
      id: 'two-days',
      group: 'signature',
      type: 'signature',
      kind: 'uncertain',
      end: new Date(2025, 9, 27),
    }),
    timelineItem({
      id: 'timed',
      group: 'signature',
      type: 'signature',
      start: ALL_DAY.start,
    }),
  ];
  const drawn = stackCrowds([otherLane, ...crowd, ...apart]);
  expect(drawn.map((item) => item.kind)).toEqual([
    'range',
    'stack',
    'uncertain',
    'point',
  ]);
  expect(drawn.map((item) => item.id)).toEqual([
    'other-lane',
    expect.stringMatching(/^stack:/),
    'two-days',
    'timed',
  ]);
});

test('a stack of mixed types (lanes by country) has no type of its own', () => {
  const mixed = signatures(HANDFUL + 1, { group: 'AZ' }).map((item, index) =>
    index === 0 ? { ...item, type: 'agreement' as const } : item,
  );
  const [stack] = stackCrowds(mixed);
  expect(stack).toMatchObject({ kind: 'stack', type: null });
});

test('every event is drawn exactly once, in its order, whatever the crowds', () => {
  const item = fc
    .record({
      group: fc.constantFrom('signature', 'ceremony'),
      day: fc.integer({ min: 24, max: 26 }),
      kind: fc.constantFrom('point' as const, 'range' as const),
    })
    .map(({ group, day, kind }) => ({ group, day, kind }));
  fc.assert(
    fc.property(fc.array(item, { maxLength: 40 }), (specs) => {
      const items = specs.map((spec, index) =>
        timelineItem({
          id: `e${String(index)}`,
          group: spec.group,
          kind: spec.kind,
          start: new Date(2025, 9, spec.day),
          end: spec.kind === 'range' ? new Date(2025, 9, spec.day + 1) : null,
        }),
      );
      const drawn = stackCrowds(items);
      const ids = drawnEventIds(drawn);
      expect([...ids].sort()).toEqual(items.map((each) => each.id).sort());
      for (const each of drawn) {
        if (each.kind === 'stack') {
          expect(each.events.length).toBeGreaterThan(HANDFUL);
        }
      }
    }),
  );
});

test('the real data: 25 October in Hanoi is one stack of that day’s signatures; smaller days are drawn one by one', () => {
  const slice = {
    window: null,
    total: events.length,
    items: events,
    clusters: [],
    extent: null,
  };
  const drawn = toDrawnItems(slice, 'type');
  expect(drawnEventIds(drawn).sort()).toEqual(
    events.map((event) => event.id).sort(),
  );
  const signedOn = (day: string) =>
    events.filter(
      (event) =>
        event.type === 'signature' &&
        event.start === day &&
        event.end === null &&
        event.dateUncertain !== true,
    );
  const stacks = drawn.filter((item) => item.kind === 'stack');
  expect(stacks).toHaveLength(1);
  const [stack] = stacks;
  expect(stack?.events.map((event) => event.id).sort()).toEqual(
    signedOn('2025-10-25')
      .map((event) => event.id)
      .sort(),
  );
  expect(stack?.events.length).toBeGreaterThan(HANDFUL);
  const the26th = signedOn('2025-10-26');
  expect(the26th.length).toBeGreaterThan(0);
  expect(the26th.length).toBeLessThanOrEqual(HANDFUL);
  const drawnAlone = new Set(drawn.map((item) => item.id));
  for (const event of the26th) expect(drawnAlone.has(event.id)).toBe(true);
});

test('the legend names the types drawn, those inside a stack included, in the lanes order', () => {
  const items = [
    ...stackCrowds([
      ...signatures(HANDFUL + 1),
      timelineItem({
        id: 'vienna',
        group: 'signature',
        type: 'statement',
        ...ALL_DAY,
      }),
    ]),
    timelineItem({ id: 'meeting' }),
    toClusterItem({
      lane: 'decision',
      start: '2026-01-01T00:00:00Z',
      end: '2026-02-01T00:00:00Z',
      count: 40,
    }),
  ];
  expect(items.some((item) => item.kind === 'stack')).toBe(true);
  // A cluster's events are counted, not known: its lane says nothing of them.
  expect(drawnTypes(items)).toEqual([
    'bilateral-meeting',
    'signature',
    'statement',
  ]);
});
