/**
 * The whole view a reader sees, which a link, a reload and Back/Forward give
 * back: the filters, the timeline's window, how its lanes are cut, timeline
 * or table, and the language; and its URL, both ways. Parsing never fails: a
 * value that cannot be used is dropped and reported, so a bad link still
 * opens a working page and says what it ignored.
 */
import { EVENT_TYPES, VERIFICATIONS } from './event';
import { type Filters, MAX_QUERY_LENGTH, NO_FILTERS } from './filters';
import { isOneOf } from './is-one-of';
import { type Language, LANGUAGES } from './language';
import { parseWhen } from './when';

/** Lanes by event type, or by the other side (counterpart.ts). */
export const LANE_MODES = ['type', 'counterpart'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export const VIEW_MODES = ['timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** The timeline's visible window, in ms since the epoch; start < end. */
export type TimeWindow = { start: number; end: number };

export type ViewState = {
  filters: Filters;
  /** What the timeline shows; null fits it to the events. */
  window: TimeWindow | null;
  lanes: LaneMode;
  /** The drawn timeline (with the table under it), or the table alone. */
  view: ViewMode;
  /** The interface language chosen; null leaves it to the browser's. */
  lang: Language | null;
};

export const DEFAULT_VIEW_STATE: ViewState = {
  filters: NO_FILTERS,
  window: null,
  lanes: 'type',
  view: 'timeline',
  lang: null,
};

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
  'not-a-window',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export type DroppedParam = {
  parameter: string;
  value: string;
  reason: DropReason;
};

export type ParsedViewState = { state: ViewState; dropped: DroppedParam[] };

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
  values: readonly NonNullable<ViewState[K]>[],
  dropped: DroppedParam[],
): ViewState[K] {
  const value = single(params, name, dropped);
  if (value === null) return DEFAULT_VIEW_STATE[name];
  if (isOneOf(values, value)) return value;
  dropped.push({
    parameter: name,
    value,
    reason: `no-such-${name}`,
  });
  return DEFAULT_VIEW_STATE[name];
}

/** An instant of a window in the URL: UTC to the minute, "2025-10-25T02:00Z". */
const WINDOW_EDGE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const MINUTE = 60_000;

function formatEdge(ms: number): string {
  const minute = Math.round(ms / MINUTE) * MINUTE;
  return `${new Date(minute).toISOString().slice(0, 16)}Z`;
}

function parseEdge(text: string): number | null {
  if (!WINDOW_EDGE.test(text)) return null;
  const ms = Date.parse(text);
  // Date.parse rolls "02-30" over to March: a real instant says itself back.
  return Number.isFinite(ms) && formatEdge(ms) === text ? ms : null;
}

/** `window=START/END`, both edges to the minute, START before END. */
function windowParam(
  params: URLSearchParams,
  dropped: DroppedParam[],
): TimeWindow | null {
  const value = single(params, 'window', dropped)?.trim() ?? null;
  if (value === null || value === '') return null;
  const [start, end, ...rest] = value.split('/').map(parseEdge);
  if (start == null || end == null || rest.length > 0 || start >= end) {
    dropped.push({ parameter: 'window', value, reason: 'not-a-window' });
    return null;
  }
  return { start, end };
}

/** A window as the URL says it (to the minute), and as it reads back. */
export function roundWindow(window: TimeWindow): TimeWindow {
  const start = Math.round(window.start / MINUTE) * MINUTE;
  const end = Math.round(window.end / MINUTE) * MINUTE;
  return { start, end: Math.max(end, start + MINUTE) };
}

export function parseViewState(search: string): ParsedViewState {
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
  const window = windowParam(params, dropped);
  const lanes = choice(params, 'lanes', LANE_MODES, dropped);
  const view = choice(params, 'view', VIEW_MODES, dropped);
  const lang = choice(params, 'lang', LANGUAGES, dropped);
  return {
    state: {
      filters: { party, type, verification, from, to, q },
      window,
      lanes,
      view,
      lang,
    },
    dropped,
  };
}

/** The canonical search string: sorted, defaults left out, "" for none. */
export function serializeViewState(state: ViewState): string {
  const { filters } = state;
  const params = new URLSearchParams();
  for (const name of ['party', 'type', 'verification'] as const) {
    for (const value of uniqueSorted(filters[name])) params.append(name, value);
  }
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.q !== '') params.set('q', filters.q);
  for (const name of ['lanes', 'view'] as const) {
    if (state[name] !== DEFAULT_VIEW_STATE[name]) params.set(name, state[name]);
  }
  if (state.lang !== null) params.set('lang', state.lang);
  // Its ":" and "/" are left as they are, which a query may hold (RFC 3986).
  const window = state.window === null ? null : roundWindow(state.window);
  const search = [
    params.toString(),
    window === null
      ? ''
      : `window=${formatEdge(window.start)}/${formatEdge(window.end)}`,
  ]
    .filter((part) => part !== '')
    .join('&');
  return search ? `?${search}` : '';
}
