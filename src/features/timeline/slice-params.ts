import { toEventFilterParams } from '@/api/events';
import type { TimelineParams } from '@/api/timeline';
import { FOCAL_PARTY } from '@/domain/counterpart';
import type { Filters } from '@/domain/filters';
import type { LaneMode } from '@/domain/view-state';

import type { FetchPlan } from './fetch-window';

/**
 * At most this many events drawn as items; more become clusters. vis-timeline
 * spends 0.4–2.5 ms on each item, more as they stack: with 300, a country
 * toggle at 10,000 events took a median 188 ms, with 150 it takes 79 ms
 * (`npm run bench`). The window is twice the view, so about 75 are in view.
 */
export const MAX_DRAWN = 150;
/**
 * What to ask `GET /api/timeline` for: the view's filters, its lanes, and
 * the planned window and buckets.
 */
export function toTimelineParams(
  filters: Filters,
  lanes: LaneMode,
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
    ...(lanes === 'type'
      ? { lane: 'type' }
      : { lane: 'counterpart', focal: FOCAL_PARTY }),
  };
}
