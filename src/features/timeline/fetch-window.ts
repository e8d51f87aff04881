/**
 * Which slice of the timeline to ask the API for, as the user pans and
 * zooms. A bucket is about 48 px wide on screen, so that a cluster's count
 * fits in it; its width is a power of two of minutes, and a window's edges
 * fall on a grid of 8 buckets, so that nearby views ask the same question
 * (one cache entry, the same cluster ids).
 */
import type { Cluster, TimelineSlice } from '@/domain/event';

/** Instants in ms: what was fetched. */
export type Span = { start: number; end: number };

/** What is visible: instants in ms, and the drawing's width in px. */
export type View = Span & { widthPx: number };

/** A window and its buckets; no window: the whole span of the matches. */
export type FetchPlan = { window: Span | null; buckets: number };

/** What a slice already answers: where (null: all time), and how finely. */
export type Coverage = {
  window: Span | null;
  /** The widest bucket drawn; 0 when the slice holds the events themselves. */
  bucketMs: number;
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** About the width of a cluster with a count of four digits. */
export const BUCKET_PX = 48;
const BUCKETS_PER_STEP = 8;
/** The API's limit on buckets. */
const MAX_BUCKETS = 1000;

/** The bucket width for a view: a power of two of minutes near BUCKET_PX. */
export function bucketMsFor(view: View): number {
  const msPerPx = (view.end - view.start) / Math.max(view.widthPx, 1);
  const minutes = Math.max((msPerPx * BUCKET_PX) / MINUTE, 1);
  return 2 ** Math.round(Math.log2(minutes)) * MINUTE;
}

/**
 * The first question: every match, in as many buckets as fit the dates of a
 * wide screen's timeline (about 800 px). It does not depend on the panel's
 * width, so the build can answer it ahead of time (src/prerender.tsx); a
 * narrower view whose clusters then do not fit asks again (needsFetch).
 */
export const OVERVIEW: FetchPlan = { window: null, buckets: 16 };

/**
 * The window to fetch for a view: half its width again on each side (a
 * little panning needs no request), and at least a day, since a day's event
 * is drawn on the viewer's calendar but matched on its own zone's (up to a
 * day apart); its edges on the bucket grid.
 */
export function planFetch(view: View): FetchPlan {
  const margin = Math.max((view.end - view.start) / 2, DAY);
  const bucket = bucketMsFor(view);
  const step = bucket * BUCKETS_PER_STEP;
  let start = Math.floor((view.start - margin) / step) * step;
  let end = Math.ceil((view.end + margin) / step) * step;
  const excess = (end - start) / bucket - MAX_BUCKETS;
  if (excess > 0) {
    // Only a view thousands of buckets wide: keep it, drop some margin.
    const trim = Math.ceil(excess / 2) * bucket;
    start += trim;
    end -= trim;
  }
  return {
    window: { start, end },
    buckets: Math.round((end - start) / bucket),
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
 * Clusters may be this much wider than wanted (zooming in two steps asks
 * nothing: the counts hold, drawn wider), or this much narrower (zooming out
 * asks at once, before the counts no longer fit).
 */
const COARSEST = 4;
const FINEST = 0.6;

/**
 * True when a view needs a new slice: it leaves the fetched window, or the
 * slice's clusters are too coarse or too fine for it.
 */
export function needsFetch(coverage: Coverage, view: View): boolean {
  const { window, bucketMs } = coverage;
  if (window && (view.start < window.start || view.end > window.end)) {
    return true;
  }
  if (bucketMs === 0) return false;
  const ratio = bucketMs / bucketMsFor(view);
  return ratio > COARSEST || ratio < FINEST;
}
