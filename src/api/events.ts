import type { EventType, Verification } from '@/domain/event';
import type { Filters } from '@/domain/filters';

import { fetchJson } from './http';

/** The filters of `GET /api/events`; an empty list means "any". */
export type EventListParams = {
  party?: string[];
  type?: EventType[];
  verification?: Verification[];
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
};

/**
 * The table's page: a hundred rows read well and keep the page light (every
 * element makes vis-timeline's layouts slower); Export takes every match.
 */
export const PAGE_LIMIT = 100;

/** Which events a view is about (how lanes are cut is not the API's business). */
export function toEventFilterParams(
  filters: Filters,
): Omit<EventListParams, 'limit'> {
  return {
    party: filters.party,
    type: filters.type,
    verification: filters.verification,
    ...(filters.from === null ? {} : { from: filters.from }),
    ...(filters.to === null ? {} : { to: filters.to }),
    ...(filters.q === '' ? {} : { q: filters.q }),
  };
}

/** The first page of a view's events, for the table. */
export function toEventListParams(filters: Filters): EventListParams {
  return { ...toEventFilterParams(filters), limit: PAGE_LIMIT };
}

export function toEventSearchParams(params: EventListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['party', 'type', 'verification'] as const) {
    for (const value of params[key] ?? []) search.append(key, value);
  }
  for (const key of ['from', 'to', 'q', 'cursor'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.limit !== undefined) search.set('limit', String(params.limit));
  return search;
}

export function getEvents(params: EventListParams, signal?: AbortSignal) {
  const query = toEventSearchParams(params).toString();
  return fetchJson(
    `/api/events${query ? `?${query}` : ''}`,
    (schemas) => schemas.eventPageSchema,
    signal,
  );
}

export function getEvent(id: string, signal?: AbortSignal) {
  return fetchJson(
    `/api/events/${encodeURIComponent(id)}`,
    (schemas) => schemas.eventDetailSchema,
    signal,
  );
}

export function getParties(signal?: AbortSignal) {
  return fetchJson(
    '/api/parties',
    (schemas) => schemas.partiesResponseSchema,
    signal,
  );
}
