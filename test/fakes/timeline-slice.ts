import type { TimelineSlice } from '@/domain/event';

/** A slice of `GET /api/timeline`: empty but for what a test gives. */
export function buildSlice(overrides: Partial<TimelineSlice>): TimelineSlice {
  return {
    window: null,
    total: 0,
    items: [],
    clusters: [],
    extent: null,
    ...overrides,
  };
}
