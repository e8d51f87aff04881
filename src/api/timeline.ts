import type { InstantSpan, TimelineLane } from '@/domain/event';

import { type EventListParams, toEventSearchParams } from './events';
import { fetchJson } from './http';

/** The query of `GET /api/timeline` (docs/api.md). */
export type TimelineParams = Omit<EventListParams, 'limit'> & {
  /** Omitted: the whole span of the matching events. */
  window?: InstantSpan;
  /** At most this many events; more come back as counts per bucket. */
  max: number;
  buckets: number;
  lane: TimelineLane;
  /** With `lane: 'counterpart'`, the party whose other side is the lane. */
  focal?: string;
};

export function toTimelineSearchParams(
  params: TimelineParams,
): URLSearchParams {
  const { window, max, buckets, lane, focal, ...filters } = params;
  const search = toEventSearchParams(filters);
  if (window) {
    search.set('start', window.start);
    search.set('end', window.end);
  }
  search.set('max', String(max));
  search.set('buckets', String(buckets));
  search.set('lane', lane);
  if (focal !== undefined) search.set('focal', focal);
  return search;
}

export function getTimeline(params: TimelineParams, signal?: AbortSignal) {
  return fetchJson(
    `/api/timeline?${toTimelineSearchParams(params).toString()}`,
    (schemas) => schemas.timelineSliceSchema,
    signal,
  );
}
