import { toEventFilterParams } from '@/api/events';
import type { TimelineParams } from '@/api/timeline';
import type { Filters } from '@/domain/filters';

import type { FetchPlan } from './fetch-window';
import { FOCAL_PARTY } from './to-timeline-items';

/**
 * At most this many items drawn: vis-timeline spends 0.4–2.5 ms on each, so
 * a few hundred keep a redraw within a frame or two.
 */
export const MAX_DRAWN = 300;
/**
 * What to ask `GET /api/timeline` for: the view's filters, its lanes, and
 * the planned window and buckets.
 */
export function toTimelineParams(
  filters: Filters,
  plan: FetchPlan,
): TimelineParams {
  return {
    ...toEventFilterParams(filters),
    ...(plan.window
      ? {
          window: {
            start: new Date(plan.window.start).toISOString(),
            end: new Date(plan.window.end).toISOString(),
          },
        }
      : {}),
    buckets: plan.buckets,
    max: MAX_DRAWN,
    ...(filters.lanes === 'type'
      ? { lane: 'type' }
      : { lane: 'counterpart', focal: FOCAL_PARTY }),
  };
}
