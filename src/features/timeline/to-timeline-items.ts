/**
 * Pure mapping from API events to what the timeline draws. Dates are placed
 * on the viewer's calendar: a timed event at its instant, a day at the middle
 * of that calendar day (so it sits on the right day in any time zone), a
 * multi-day event over its whole days, and a month-precision event (or one
 * whose date the sources do not settle) as a visibly uncertain range over
 * the days it may fall on.
 */
import type { TFunction } from 'i18next';

import {
  type Cluster,
  EVENT_TYPES,
  type EventSummary,
  type EventType,
  type TimelineSlice,
  type Verification,
} from '@/domain/event';
import type { LaneMode } from '@/domain/view-state';
import { counterpartOf } from '@/domain/counterpart';
import { formatEventDate } from '@/domain/format-when';
import { isOneOf } from '@/domain/is-one-of';
import {
  addDays,
  type CalendarDay,
  calendarSpan,
  type ParsedWhen,
  parseWhen,
} from '@/domain/when';

import { stackCrowds, type StackItemModel } from './stacks';

export type TimelineItemKind = 'point' | 'range' | 'uncertain';

export type TimelineItemModel = {
  id: string;
  /** The lane: the event's type, or its counterpart's party code. */
  group: string;
  type: EventType;
  kind: TimelineItemKind;
  start: Date;
  end: Date | null;
  /** The text drawn on the timeline (drawn-label.ts). */
  label: string;
  /** The event's whole title, for its hint, its name and its stack's list. */
  title: string;
  /** The date in the event's own time zone, as precise as the sources. */
  dateLabel: string;
  city: string;
  verification: Verification;
};

/** Many events in one time bucket of one lane, drawn as their count. */
export type ClusterItemModel = {
  id: string;
  group: string;
  kind: 'cluster';
  start: Date;
  end: Date;
  count: number;
};

/** Anything the timeline draws: an event, a stack or a cluster of events. */
export type DrawnItem = TimelineItemModel | StackItemModel | ClusterItemModel;

export type TimelineGroupModel = {
  id: string;
  label: string;
  order: number;
};

function localMidnight(day: CalendarDay): Date {
  return new Date(day.year, day.month - 1, day.day);
}

function startOf(when: ParsedWhen): Date {
  return when.precision === 'minute'
    ? new Date(when.instant)
    : localMidnight(calendarSpan(when).first);
}

function endOf(when: ParsedWhen): Date {
  return when.precision === 'minute'
    ? new Date(when.instant)
    : localMidnight(addDays(calendarSpan(when).last, 1));
}

/**
 * A range on the viewer's calendar. A day start and a timed end can cross
 * over there (the end's instant falls on the viewer's previous day); the
 * range then ends where it starts rather than before.
 */
function rangeOf(
  start: ParsedWhen,
  end: ParsedWhen,
): { start: Date; end: Date } {
  const from = startOf(start);
  const to = endOf(end);
  return { start: from, end: to < from ? from : to };
}

export function laneOf(event: EventSummary, mode: LaneMode): string {
  return mode === 'type' ? event.type : counterpartOf(event.parties);
}

/** How an event's date reads: English unless the caller words it. */
export type DateOf = (event: EventSummary) => string;

const englishDate: DateOf = (event) => formatEventDate(event);

/** What an event's item says on the timeline: its title unless told. */
export type LabelOf = (event: EventSummary) => string;

const titleOf: LabelOf = (event) => event.title;

/** The timeline item of one event; null when its dates cannot be read. */
export function toTimelineItem(
  event: EventSummary,
  mode: LaneMode = 'type',
  dateOf: DateOf = englishDate,
  labelOf: LabelOf = titleOf,
): TimelineItemModel | null {
  const start = parseWhen(event.start);
  const end = event.end === null ? null : parseWhen(event.end);
  if (!start || (event.end !== null && !end)) return null;
  const base = {
    id: event.id,
    group: laneOf(event, mode),
    type: event.type,
    label: labelOf(event),
    title: event.title,
    dateLabel: dateOf(event),
    city: event.place.city,
    verification: event.verification,
  };
  const isUncertain =
    start.precision === 'month' ||
    end?.precision === 'month' ||
    event.dateUncertain === true;
  if (isUncertain) {
    return {
      ...base,
      kind: 'uncertain',
      ...rangeOf(start, end ?? start),
    };
  }
  if (end) {
    return { ...base, kind: 'range', ...rangeOf(start, end) };
  }
  const point =
    start.precision === 'minute'
      ? new Date(start.instant)
      : new Date(start.day.year, start.day.month - 1, start.day.day, 12);
  return { ...base, kind: 'point', start: point, end: null };
}

export function toTimelineItems(
  events: EventSummary[],
  mode: LaneMode = 'type',
  dateOf: DateOf = englishDate,
  labelOf: LabelOf = titleOf,
): TimelineItemModel[] {
  return events.flatMap(
    (event) => toTimelineItem(event, mode, dateOf, labelOf) ?? [],
  );
}

export function toClusterItem(cluster: Cluster): ClusterItemModel {
  const start = new Date(cluster.start);
  return {
    id: `cluster:${cluster.lane}:${String(start.getTime())}`,
    group: cluster.lane,
    kind: 'cluster',
    start,
    end: new Date(cluster.end),
    count: cluster.count,
  };
}

/**
 * What to draw of a slice: its events (a crowd of one lane at one place as
 * one stack), or else its clusters.
 */
export function toDrawnItems(
  slice: TimelineSlice,
  mode: LaneMode,
  dateOf: DateOf = englishDate,
  labelOf: LabelOf = titleOf,
): DrawnItem[] {
  return [
    ...stackCrowds(toTimelineItems(slice.items, mode, dateOf, labelOf)),
    ...slice.clusters.map(toClusterItem),
  ];
}

/** The types drawn, in the lanes' order (a cluster's are not known). */
export function drawnTypes(items: readonly DrawnItem[]): EventType[] {
  const present = new Set(
    items.flatMap((item) => {
      if (item.kind === 'cluster') return [];
      if (item.kind === 'stack') return item.events.map((event) => event.type);
      return [item.type];
    }),
  );
  return EVENT_TYPES.filter((type) => present.has(type));
}

/** Names a lane: an event type in the interface's words, a party by `nameOf`. */
export function laneNamer(
  mode: LaneMode,
  t: TFunction,
  nameOf: (code: string) => string,
): (id: string) => string {
  if (mode === 'counterpart') return nameOf;
  return (id) => (isOneOf(EVENT_TYPES, id) ? t(`timeline.lane.${id}`) : id);
}

/**
 * The lanes present: by type in a fixed order, or by counterpart in the
 * order of their names (`nameOf` names a lane either way).
 */
export function toLanes(
  laneIds: readonly string[],
  mode: LaneMode,
  nameOf: (id: string) => string,
): TimelineGroupModel[] {
  const present = new Set(laneIds);
  if (mode === 'type') {
    return EVENT_TYPES.flatMap((type, order) =>
      present.has(type) ? [{ id: type, label: nameOf(type), order }] : [],
    );
  }
  const codes = [...present];
  return codes
    .map((code) => ({ id: code, label: nameOf(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'))
    .map((lane, order) => ({ ...lane, order }));
}
