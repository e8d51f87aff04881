/**
 * Which slice of the timeline to ask the API for, as the user pans and
 * zooms. Windows are quantized, so that nearby views ask the same question
 * (one cache entry, the same cluster ids): the window's width rounds up to a
 * power of two of minutes, its edges to a quarter of that, and buckets are a
 * 32nd of it, 16 to 32 of them across the visible width.
 */
import { type Cluster, type TimelineSlice } from '@/domain/event';

/** Instants in ms: what is visible, or what was fetched. */
export type Span = { start: number; end: number };

export type FetchPlan = { window: Span; buckets: number };

/** What a slice already answers: where (null: all time), and how finely. */
export type Coverage = {
  window: Span | null;
  /** The widest bucket drawn; 0 when the slice holds the events themselves. */
  bucketMs: number;
};

const MINUTE = 60_000;
const BUCKETS_PER_SCALE = 32;
const EDGE_STEPS_PER_SCALE = 4;

/** The smallest power-of-two number of minutes at least `width` wide. */
function scaleOf(width: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(width, MINUTE) / MINUTE)) * MINUTE;
}

/** The bucket width wanted for a visible span. */
export function bucketMsFor(visible: Span): number {
  return scaleOf(visible.end - visible.start) / BUCKETS_PER_SCALE;
}

/**
 * The window to fetch for a visible span: half its width again on each
 * side (panning a little needs no request), edges on a quarter-scale grid.
 */
export function planFetch(visible: Span): FetchPlan {
  const width = visible.end - visible.start;
  const step = scaleOf(width) / EDGE_STEPS_PER_SCALE;
  const start = Math.floor((visible.start - width / 2) / step) * step;
  const end = Math.ceil((visible.end + width / 2) / step) * step;
  return {
    window: { start, end },
    buckets: Math.round((end - start) / bucketMsFor(visible)),
  };
}

function spanMs(span: { start: string; end: string }): Span {
  return { start: Date.parse(span.start), end: Date.parse(span.end) };
}

function widthOf(cluster: Cluster): number {
  return Date.parse(cluster.end) - Date.parse(cluster.start);
}

/**
 * What a slice covers. Asked without a window and answered with the events
 * themselves, it holds every match: nothing more to fetch until the filters
 * change.
 */
export function coverageOf(
  slice: TimelineSlice,
  askedWindow: boolean,
): Coverage {
  return {
    window: askedWindow && slice.window ? spanMs(slice.window) : null,
    bucketMs: Math.max(0, ...slice.clusters.map(widthOf)),
  };
}

/**
 * True when the visible span needs a new slice: it leaves the fetched
 * window, or the slice's buckets are over twice as wide as wanted here.
 */
export function needsFetch(coverage: Coverage, visible: Span): boolean {
  const { window } = coverage;
  if (window && (visible.start < window.start || visible.end > window.end)) {
    return true;
  }
  return coverage.bucketMs > 2 * bucketMsFor(visible);
}
