/**
 * The view's state in the URL's search params, both ways. Parsing never
 * fails: a value that cannot be used is dropped and reported, so a bad link
 * still opens a working page and says what it ignored.
 */
import { EVENT_TYPES, VERIFICATIONS } from '@/domain/event';
import {
  DEFAULT_FILTERS,
  type Filters,
  LANE_MODES,
  MAX_QUERY_LENGTH,
  VIEW_MODES,
} from '@/domain/filters';
import { isOneOf } from '@/domain/is-one-of';
import { LANGUAGES } from '@/domain/language';
import { parseWhen } from '@/domain/when';

/** Why a value was dropped: a code the notice words in the reader's language. */
export const DROP_REASONS = [
  'repeated',
  'not-party-code',
  'no-such-type',
  'no-such-verification',
  'not-a-date',
  'range-reversed',
  'query-too-long',
  'no-such-lanes',
  'no-such-view',
  'no-such-lang',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export type DroppedParam = {
  parameter: string;
  value: string;
  reason: DropReason;
};

export type ParsedFilters = { filters: Filters; dropped: DroppedParam[] };

const PARTY_CODE = /^[A-Z][A-Z0-9-]{1,31}$/;

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseWhen(value) !== null;
}

function uniqueSorted<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

function collect<T extends string>(
  params: URLSearchParams,
  name: string,
  accept: (value: string) => T | null,
  reason: DropReason,
  dropped: DroppedParam[],
): T[] {
  const accepted: T[] = [];
  for (const value of params.getAll(name)) {
    const result = accept(value.trim());
    if (result === null) dropped.push({ parameter: name, value, reason });
    else accepted.push(result);
  }
  return uniqueSorted(accepted);
}

function single(
  params: URLSearchParams,
  name: string,
  dropped: DroppedParam[],
): string | null {
  const [first, ...rest] = params.getAll(name);
  for (const value of rest) {
    dropped.push({
      parameter: name,
      value,
      reason: 'repeated',
    });
  }
  return first ?? null;
}

function dateParam(
  params: URLSearchParams,
  name: 'from' | 'to',
  dropped: DroppedParam[],
): string | null {
  const value = single(params, name, dropped)?.trim() ?? null;
  if (value === null || value === '') return null;
  if (isCalendarDate(value)) return value;
  dropped.push({
    parameter: name,
    value,
    reason: 'not-a-date',
  });
  return null;
}

function choice<K extends 'lanes' | 'view' | 'lang'>(
  params: URLSearchParams,
  name: K,
  values: readonly NonNullable<Filters[K]>[],
  dropped: DroppedParam[],
): Filters[K] {
  const value = single(params, name, dropped);
  if (value === null) return DEFAULT_FILTERS[name];
  if (isOneOf(values, value)) return value;
  dropped.push({
    parameter: name,
    value,
    reason: `no-such-${name}`,
  });
  return DEFAULT_FILTERS[name];
}

export function parseFilters(search: string): ParsedFilters {
  const params = new URLSearchParams(search);
  const dropped: DroppedParam[] = [];
  const party = collect(
    params,
    'party',
    (value) => {
      const code = value.toUpperCase();
      return PARTY_CODE.test(code) ? code : null;
    },
    'not-party-code',
    dropped,
  );
  const type = collect(
    params,
    'type',
    (value) => (isOneOf(EVENT_TYPES, value) ? value : null),
    'no-such-type',
    dropped,
  );
  const verification = collect(
    params,
    'verification',
    (value) => (isOneOf(VERIFICATIONS, value) ? value : null),
    'no-such-verification',
    dropped,
  );
  let from = dateParam(params, 'from', dropped);
  let to = dateParam(params, 'to', dropped);
  if (from !== null && to !== null && from > to) {
    dropped.push({
      parameter: 'from',
      value: `${from} → ${to}`,
      reason: 'range-reversed',
    });
    from = null;
    to = null;
  }
  let q = single(params, 'q', dropped)?.trim() ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    dropped.push({
      parameter: 'q',
      value: `${q.slice(0, 40)}…`,
      reason: 'query-too-long',
    });
    q = '';
  }
  const lanes = choice(params, 'lanes', LANE_MODES, dropped);
  const view = choice(params, 'view', VIEW_MODES, dropped);
  const lang = choice(params, 'lang', LANGUAGES, dropped);
  return {
    filters: { party, type, verification, from, to, q, lanes, view, lang },
    dropped,
  };
}

/** The canonical search string: sorted, defaults left out, "" for none. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const name of ['party', 'type', 'verification'] as const) {
    for (const value of uniqueSorted(filters[name])) params.append(name, value);
  }
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.q !== '') params.set('q', filters.q);
  for (const name of ['lanes', 'view'] as const) {
    if (filters[name] !== DEFAULT_FILTERS[name])
      params.set(name, filters[name]);
  }
  if (filters.lang !== null) params.set('lang', filters.lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}
