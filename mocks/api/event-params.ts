import {
  EVENT_TYPES,
  VERIFICATIONS,
  type ApiErrorBody,
  type EventType,
  type Verification,
} from '../../src/domain/event';
import { isOneOf } from '../../src/domain/is-one-of';
import { formatCalendarDay, parseWhen } from '../../src/domain/when';

/**
 * A `from`/`to` bound: a calendar date compares with an event's local calendar
 * days, an instant with its instants. `day` is the bound's own local date (for
 * an instant, the date as written in its offset).
 */
export type Bound =
  | { kind: 'day'; day: string }
  | { kind: 'instant'; day: string; instant: number };

/** The filters both `GET /api/events` and `GET /api/timeline` take. */
export type EventFilter = {
  party: string[];
  type: EventType[];
  verification: Verification[];
  from: Bound | null;
  to: Bound | null;
  q: string;
};

export type EventQuery = EventFilter & { limit: number; offset: number };

export type ParseResult =
  { ok: true; params: EventQuery } | { ok: false; error: ApiErrorBody };

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 1000;

const FILTER_SINGLE_VALUED = ['from', 'to', 'q'] as const;
const REPEATABLE = ['party', 'type', 'verification'] as const;
const CURSOR_PREFIX = 'o:';
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const FRACTIONAL_SECONDS =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d{1,9})(Z|[+-]\d{2}:\d{2})$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type Step<T> =
  { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function invalid(parameter: string, message: string): ApiErrorBody {
  return { error: { code: 'invalid_parameter', message, parameter } };
}

export function fail<T>(parameter: string, message: string): Step<T> {
  return { ok: false, error: invalid(parameter, message) };
}

/** Quotes a value for a message, cut short so garbage cannot flood it. */
export function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(cut);
}

export function encodeCursor(offset: number): string {
  return btoa(`${CURSOR_PREFIX}${offset}`)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The offset a cursor stands for; null unless this API could have issued it. */
export function decodeCursor(cursor: string): number | null {
  if (!BASE64URL.test(cursor)) return null;
  let decoded: string;
  try {
    decoded = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const match = /^o:([1-9]\d{0,14})$/.exec(decoded);
  if (!match) return null;
  const offset = Number(match[1]);
  // Only the canonical spelling counts: atob tolerates stray padding bits.
  return encodeCursor(offset) === cursor ? offset : null;
}

export function parseInstant(
  value: string,
): { day: string; instant: number } | null {
  const fraction = FRACTIONAL_SECONDS.exec(value);
  const whole = fraction ? `${fraction[1] ?? ''}${fraction[3] ?? ''}` : value;
  const parsed = parseWhen(whole);
  if (parsed?.precision !== 'minute') return null;
  const millis = fraction
    ? Math.floor(Number(`0.${fraction[2] ?? '0'}`) * 1000)
    : 0;
  return {
    day: formatCalendarDay(parsed.day),
    instant: parsed.instant + millis,
  };
}

export function parseBound(parameter: string, value: string): Step<Bound> {
  if (LOCAL_DATE_TIME.test(value)) {
    return fail(
      parameter,
      `${parameter} ${quote(value)} is a date-time without an offset; add Z or ±hh:mm so it names one instant.`,
    );
  }
  const parsed = parseWhen(value);
  if (parsed?.precision === 'day') {
    return {
      ok: true,
      value: { kind: 'day', day: formatCalendarDay(parsed.day) },
    };
  }
  const instant = parseInstant(value);
  if (instant) return { ok: true, value: { kind: 'instant', ...instant } };
  return fail(
    parameter,
    `${parameter} ${quote(value)} is not a calendar date (YYYY-MM-DD) or a date-time with an offset (YYYY-MM-DDThh:mm:ss+hh:mm or Z).`,
  );
}

/** Whether `from` lies after `to`; a day and an instant compare by date. */
export function isAfter(from: Bound, to: Bound): boolean {
  return from.kind === 'instant' && to.kind === 'instant'
    ? from.instant > to.instant
    : from.day > to.day;
}

function parseEnum<T extends string>(
  parameter: string,
  values: string[],
  allowed: readonly T[],
  noun: string,
): Step<T[]> {
  const result: T[] = [];
  for (const value of values) {
    if (!isOneOf(allowed, value)) {
      return fail(
        parameter,
        `${parameter} ${quote(value)} is not ${noun}; expected one of ${allowed.join(', ')}.`,
      );
    }
    if (!result.includes(value)) result.push(value);
  }
  return { ok: true, value: result };
}

/** A whole number from 1 to `max`, or `fallback` when the parameter is absent. */
export function parseCount(
  parameter: string,
  value: string | null,
  fallback: number,
  max: number,
): Step<number> {
  if (value === null) return { ok: true, value: fallback };
  const count = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (count >= 1 && count <= max) return { ok: true, value: count };
  return fail(
    parameter,
    `${parameter} ${quote(value)} is not a whole number from 1 to ${String(max)}.`,
  );
}

function parseOffset(cursor: string | undefined): Step<number> {
  if (cursor === undefined) return { ok: true, value: 0 };
  const offset = decodeCursor(cursor);
  if (offset !== null) return { ok: true, value: offset };
  return fail(
    'cursor',
    `cursor ${quote(cursor)} was not issued by this API; pass the nextCursor of a previous page.`,
  );
}

function findRepeated(
  search: URLSearchParams,
  singleValued: readonly string[],
): ApiErrorBody | null {
  for (const name of singleValued) {
    const count = search.getAll(name).length;
    if (count > 1) {
      return invalid(name, `${name} is given ${count} times; give it once.`);
    }
  }
  return null;
}

function findEmpty(
  search: URLSearchParams,
  names: readonly string[],
): ApiErrorBody | null {
  for (const name of names) {
    if (search.getAll(name).some((value) => value.trim() === '')) {
      return invalid(
        name,
        `${name} is empty; give it a value or leave it out.`,
      );
    }
  }
  return null;
}

function parseOptionalBound(
  parameter: string,
  value: string | null,
): Step<Bound | null> {
  return value === null
    ? { ok: true, value: null }
    : parseBound(parameter, value);
}

/**
 * Reads the filters of an endpoint whose other single-valued parameters are
 * `ownSingleValued`; the first problem found wins.
 */
export function parseEventFilter(
  search: URLSearchParams,
  ownSingleValued: readonly string[],
): Step<EventFilter> {
  const singleValued = [...FILTER_SINGLE_VALUED, ...ownSingleValued];
  const shapeError =
    findRepeated(search, singleValued) ??
    findEmpty(search, [...REPEATABLE, ...singleValued]);
  if (shapeError) return { ok: false, error: shapeError };

  const type = parseEnum(
    'type',
    search.getAll('type'),
    EVENT_TYPES,
    'an event type',
  );
  if (!type.ok) return type;
  const verification = parseEnum(
    'verification',
    search.getAll('verification'),
    VERIFICATIONS,
    'a verification state',
  );
  if (!verification.ok) return verification;
  const from = parseOptionalBound('from', search.get('from'));
  if (!from.ok) return from;
  const to = parseOptionalBound('to', search.get('to'));
  if (!to.ok) return to;
  if (from.value && to.value && isAfter(from.value, to.value)) {
    return fail(
      'from',
      `from ${quote(search.get('from') ?? '')} is after to ${quote(search.get('to') ?? '')}.`,
    );
  }
  return {
    ok: true,
    value: {
      party: [...new Set(search.getAll('party'))],
      type: type.value,
      verification: verification.value,
      from: from.value,
      to: to.value,
      q: search.get('q')?.trim() ?? '',
    },
  };
}

/** Reads the query of `GET /api/events`; the first problem found wins. */
export function parseEventParams(search: URLSearchParams): ParseResult {
  const filter = parseEventFilter(search, ['limit', 'cursor']);
  if (!filter.ok) return filter;
  const limit = parseCount(
    'limit',
    search.get('limit'),
    DEFAULT_LIMIT,
    MAX_LIMIT,
  );
  if (!limit.ok) return limit;
  const offset = parseOffset(search.get('cursor') ?? undefined);
  if (!offset.ok) return offset;
  return {
    ok: true,
    params: { ...filter.value, limit: limit.value, offset: offset.value },
  };
}

/**
 * A cursor is only issued while matches remain, so one at or past the total is
 * stale or forged. Checked after the query because only it knows the total.
 */
export function checkCursorInRange(
  query: EventQuery,
  total: number,
): ApiErrorBody | null {
  if (query.offset === 0 || query.offset < total) return null;
  return invalid(
    'cursor',
    `cursor points past the end of the ${total} matching events; start again without a cursor.`,
  );
}
