import type { QueryClient } from '@tanstack/react-query';

import { eventQueries, partyQueries } from '@/api/event-queries';
import { toEventListParams } from '@/api/events';
import { DEFAULT_VIEW_STATE } from '@/domain/view-state';
import { OVERVIEW } from '@/features/timeline/fetch-window';
import { toTimelineParams } from '@/features/timeline/slice-params';

/** Enough to learn how many events there are in all. */
export const COUNT_ALL = { limit: 1 };

/**
 * Asks for what the dashboard shows first at `/`: the first page of events,
 * how many there are in all, the parties, and the timeline's overview. The
 * build answers them ahead of time (src/prerender.tsx), so the first view
 * needs no request; test/app/first-view.test.tsx checks that they are what
 * the dashboard asks for.
 */
export async function fetchFirstView(queryClient: QueryClient): Promise<void> {
  const { filters, lanes } = DEFAULT_VIEW_STATE;
  await Promise.all([
    queryClient.query(eventQueries.list(toEventListParams(filters))),
    queryClient.query(eventQueries.list(COUNT_ALL)),
    queryClient.query(partyQueries.list()),
    queryClient.query(
      eventQueries.timeline(toTimelineParams(filters, lanes, OVERVIEW)),
    ),
  ]);
}
