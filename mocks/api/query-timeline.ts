import type {
  InstantSpan,
  TimelineLane,
  TimelineSlice,
} from '../../src/domain/event';
import { counterpartOf } from '../../src/domain/counterpart';
import { countBuckets } from './buckets';
import { type EventIndex, type IndexedEvent, toSummary } from './event-index';
import { baseMatcher, facetMatcher } from './matching';
import type { TimelineQuery, Window } from './timeline-params';

/** The lane an event is drawn in, as the client's `laneOf` names it. */
function laneOf(
  entry: IndexedEvent,
  lane: TimelineLane,
  focal: string,
): string {
  return lane === 'type'
    ? entry.detail.type
    : counterpartOf(entry.parties, focal);
}

function toSpan(window: Window): InstantSpan {
  return {
    start: new Date(window.start).toISOString(),
    end: new Date(window.end).toISOString(),
  };
}

/**
 * `GET /api/timeline`: the matching events that overlap the window (all of
 * them when no window is given), as events when there are at most `max`,
 * otherwise as counts per bucket and lane; and the extent of every match.
 */
export function queryTimeline(
  index: EventIndex,
  query: TimelineQuery,
): TimelineSlice {
  const passesBase = baseMatcher(query);
  const misses = facetMatcher(index, query);
  const { window } = query;
  let first = Infinity;
  let last = -Infinity;
  const shown: IndexedEvent[] = [];
  index.entries.forEach((entry, position) => {
    if ((passesBase && !passesBase(entry)) || misses(position) !== 0) return;
    first = Math.min(first, entry.startInstant);
    last = Math.max(last, entry.lastInstant);
    const overlaps =
      window === null ||
      (entry.lastInstant >= window.start && entry.startInstant <= window.end);
    if (overlaps) shown.push(entry);
  });
  const extent = first <= last ? { start: first, end: last } : null;
  const span = window ?? extent;
  const isClustered = shown.length > query.max;
  return {
    window: span ? toSpan(span) : null,
    total: shown.length,
    items: isClustered ? [] : shown.map((entry) => toSummary(entry.detail)),
    clusters:
      isClustered && span
        ? countBuckets(
            shown.map((entry) => ({
              lane: laneOf(entry, query.lane, query.focal),
              at: entry.startInstant,
            })),
            span,
            query.buckets,
            query.max,
          ).map(({ lane, start, end, count }) => ({
            lane,
            count,
            ...toSpan({ start, end }),
          }))
        : [],
    extent: extent ? toSpan(extent) : null,
  };
}
