/**
 * A signing day reads as one thing: when more than a handful of events of one
 * lane are drawn at the very same place on the timeline (the 65 signatures of
 * 25 October 2025, each a whole-day event), vis-timeline would stack them in
 * as many rows. They are drawn instead as one stack item that carries their
 * count and opens into the list of them.
 */
import type { EventType } from '@/domain/event';

import type { TimelineItemKind, TimelineItemModel } from './to-timeline-items';

/** The most events of one lane drawn one by one at the same place. */
export const HANDFUL = 5;

/** More than a handful of events of one lane drawn at one place. */
export type StackItemModel = {
  id: string;
  group: string;
  kind: 'stack';
  /** How its events would be drawn one by one: all alike. */
  drawnAs: TimelineItemKind;
  /** Their type when they share one (they do in lanes by type). */
  type: EventType | null;
  start: Date;
  end: Date | null;
  /** The events behind it, in the order they came. */
  events: TimelineItemModel[];
  /** The date of its first event, in that event's own words. */
  dateLabel: string;
};

const STACK_PREFIX = 'stack:';

export function isStackId(id: string): boolean {
  return id.startsWith(STACK_PREFIX);
}

function placeOf(item: TimelineItemModel): string {
  return [
    item.group,
    item.kind,
    String(item.start.getTime()),
    item.end === null ? '' : String(item.end.getTime()),
  ].join(':');
}

function toStack(
  key: string,
  first: TimelineItemModel,
  events: TimelineItemModel[],
): StackItemModel {
  const type = events.every((event) => event.type === first.type)
    ? first.type
    : null;
  return {
    id: `${STACK_PREFIX}${key}`,
    group: first.group,
    kind: 'stack',
    drawnAs: first.kind,
    type,
    start: first.start,
    end: first.end,
    events,
    dateLabel: first.dateLabel,
  };
}

/**
 * The items as drawn: events alone or in small numbers at their place as
 * they are, and more than `handful` of one lane at one place (the same lane,
 * kind, start and end) as one stack where the first of them was. Every event
 * is drawn once, alone or in its stack.
 */
export function stackCrowds(
  items: readonly TimelineItemModel[],
  handful = HANDFUL,
): (TimelineItemModel | StackItemModel)[] {
  const byPlace = new Map<string, TimelineItemModel[]>();
  for (const item of items) {
    const key = placeOf(item);
    const crowd = byPlace.get(key);
    if (crowd) crowd.push(item);
    else byPlace.set(key, [item]);
  }
  return items.flatMap((item): (TimelineItemModel | StackItemModel)[] => {
    const key = placeOf(item);
    const crowd = byPlace.get(key) ?? [item];
    if (crowd.length <= handful) return [item];
    return crowd[0] === item ? [toStack(key, item, crowd)] : [];
  });
}
