import { TIMELINE_LANES, type TimelineLane } from '../../src/domain/event';
import { isOneOf } from '../../src/domain/is-one-of';
import {
  type EventFilter,
  fail,
  parseCount,
  parseEventFilter,
  parseInstant,
  quote,
  type Step,
} from './event-params';

/** The instants [start, end] a timeline window covers, in ms. */
export type Window = { start: number; end: number };

export type TimelineQuery = EventFilter & {
  /** null: the whole span of the matching events. */
  window: Window | null;
  max: number;
  buckets: number;
  lane: TimelineLane;
  /** With `lane=counterpart`, the party whose other side makes the lane. */
  focal: string;
};

export const DEFAULT_MAX = 500;
export const MAX_MAX = 1000;
export const DEFAULT_BUCKETS = 50;
export const MAX_BUCKETS = 1000;
/**
 * The dashboard follows Vietnam's diplomacy: without `focal`, a counterpart
 * lane is the first party other than Vietnam, as the client draws it.
 */
export const DEFAULT_FOCAL = 'VN';

function parseEdge(
  parameter: string,
  value: string | null,
): Step<number | null> {
  if (value === null) return { ok: true, value: null };
  const instant = parseInstant(value);
  if (instant) return { ok: true, value: instant.instant };
  return fail(
    parameter,
    `${parameter} ${quote(value)} is not a date-time with an offset (YYYY-MM-DDThh:mm:ss+hh:mm or Z).`,
  );
}

function parseWindow(search: URLSearchParams): Step<Window | null> {
  const start = parseEdge('start', search.get('start'));
  if (!start.ok) return start;
  const end = parseEdge('end', search.get('end'));
  if (!end.ok) return end;
  if (start.value === null && end.value === null) {
    return { ok: true, value: null };
  }
  if (start.value === null || end.value === null) {
    const missing = start.value === null ? 'start' : 'end';
    return fail(missing, `${missing} is missing; give start and end.`);
  }
  if (start.value >= end.value) {
    return fail('start', 'start must be before end.');
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}

function parseLane(value: string | null): Step<TimelineLane> {
  if (value === null) return { ok: true, value: 'type' };
  if (isOneOf(TIMELINE_LANES, value)) return { ok: true, value };
  return fail(
    'lane',
    `lane ${quote(value)} is not a lane; expected one of ${TIMELINE_LANES.join(', ')}.`,
  );
}

/** Reads the query of `GET /api/timeline`; the first problem found wins. */
export function parseTimelineParams(
  search: URLSearchParams,
): Step<TimelineQuery> {
  const filter = parseEventFilter(search, [
    'start',
    'end',
    'max',
    'buckets',
    'lane',
    'focal',
  ]);
  if (!filter.ok) return filter;
  const window = parseWindow(search);
  if (!window.ok) return window;
  const max = parseCount('max', search.get('max'), DEFAULT_MAX, MAX_MAX);
  if (!max.ok) return max;
  const buckets = parseCount(
    'buckets',
    search.get('buckets'),
    DEFAULT_BUCKETS,
    MAX_BUCKETS,
  );
  if (!buckets.ok) return buckets;
  const lane = parseLane(search.get('lane'));
  if (!lane.ok) return lane;
  return {
    ok: true,
    value: {
      ...filter.value,
      window: window.value,
      max: max.value,
      buckets: buckets.value,
      lane: lane.value,
      focal: search.get('focal') ?? DEFAULT_FOCAL,
    },
  };
}
