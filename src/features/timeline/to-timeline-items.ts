/**
 * Pure mapping from API events to what the timeline draws. Dates are placed
 * on the viewer's calendar: a timed event at its instant, a day at the middle
 * of that calendar day (so it sits on the right day in any time zone), a
 * multi-day event over its whole days, and a month-precision event as a
 * visibly uncertain range over the month.
 */
import {
  EVENT_TYPES,
  type EventSummary,
  type EventType,
  type Verification,
} from '@/domain/event';
import { formatEventDate } from '@/domain/format-when';
import {
  addDays,
  type CalendarDay,
  calendarSpan,
  type ParsedWhen,
  parseWhen,
} from '@/domain/when';

export type TimelineItemKind = 'point' | 'range' | 'uncertain';

export type TimelineItemModel = {
  id: string;
  group: EventType;
  kind: TimelineItemKind;
  start: Date;
  end: Date | null;
  label: string;
  /** The date in the event's own time zone, as precise as the sources. */
  dateLabel: string;
  city: string;
  verification: Verification;
};

export type TimelineGroupModel = {
  id: EventType;
  label: string;
  order: number;
};

export const LANE_LABELS: Record<EventType, string> = {
  adoption: 'UN adoption',
  'state-visit': 'State visits',
  agreement: 'Agreements',
  ceremony: 'Ceremonies',
  'bilateral-meeting': 'Bilateral meetings',
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

/** The timeline item of one event; null when its dates cannot be read. */
export function toTimelineItem(event: EventSummary): TimelineItemModel | null {
  const start = parseWhen(event.start);
  const end = event.end === null ? null : parseWhen(event.end);
  if (!start || (event.end !== null && !end)) return null;
  const base = {
    id: event.id,
    group: event.type,
    label: event.title,
    dateLabel: formatEventDate(event),
    city: event.place.city,
    verification: event.verification,
  };
  const isUncertain = start.precision === 'month' || end?.precision === 'month';
  if (isUncertain) {
    return {
      ...base,
      kind: 'uncertain',
      start: startOf(start),
      end: endOf(end ?? start),
    };
  }
  if (end) {
    return { ...base, kind: 'range', start: startOf(start), end: endOf(end) };
  }
  const point =
    start.precision === 'minute'
      ? new Date(start.instant)
      : new Date(start.day.year, start.day.month - 1, start.day.day, 12);
  return { ...base, kind: 'point', start: point, end: null };
}

export function toTimelineItems(events: EventSummary[]): TimelineItemModel[] {
  return events.flatMap((event) => toTimelineItem(event) ?? []);
}

/** One lane per event type present, in a fixed order. */
export function toTypeLanes(events: EventSummary[]): TimelineGroupModel[] {
  const present = new Set(events.map((event) => event.type));
  return EVENT_TYPES.flatMap((type, order) =>
    present.has(type) ? [{ id: type, label: LANE_LABELS[type], order }] : [],
  );
}
